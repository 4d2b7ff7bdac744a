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
}
