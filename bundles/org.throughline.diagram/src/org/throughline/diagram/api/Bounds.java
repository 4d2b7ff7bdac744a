// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

/**
 * A rectangle in diagram coordinates (pixels, origin top left, y downwards).
 *
 * @param x      left
 * @param y      top
 * @param width  width
 * @param height height
 */
public record Bounds(double x, double y, double width, double height) {

    /** @return the right edge */
    public double right() {
        return x + width;
    }

    /** @return the bottom edge */
    public double bottom() {
        return y + height;
    }

    /** @return the centre */
    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /**
     * @param other a rectangle
     * @param gap   a margin kept between the two
     * @return whether the two overlap, or come closer than the margin
     */
    public boolean overlaps(Bounds other, double gap) {
        return x < other.right() + gap && other.x < right() + gap && y < other.bottom() + gap && other.y < bottom() + gap;
    }

    /**
     * @param dx horizontal offset
     * @param dy vertical offset
     * @return this rectangle moved
     */
    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    /**
     * @param nodes nodes, some perhaps not laid out yet
     * @return the smallest rectangle holding the bounds of those laid out, or {@code null} when none is
     */
    public static Bounds around(Iterable<DiagramNode> nodes) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DiagramNode node : nodes) {
            Bounds b = node.bounds();
            if (b != null) {
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.right());
                maxY = Math.max(maxY, b.bottom());
            }
        }
        return minX == Double.MAX_VALUE ? null : new Bounds(minX, minY, maxX - minX, maxY - minY);
    }
}
