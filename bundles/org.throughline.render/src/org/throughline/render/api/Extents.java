// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.api;

import java.util.Collection;
import java.util.List;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.render.api.Drawing.Anchor;

/**
 * Where drawing commands lie: the rectangle holding shapes by their bounds, paths by their points
 * and texts by the widths {@link TextMetrics} gives them, in the commands' own coordinates. A
 * backend asks it what a drawing covers (whether to draw it at all, where a panel goes), a test
 * what it overlaps.
 */
public final class Extents {

    private Extents() {
    }

    /**
     * @param drawings drawing commands
     * @return the rectangle that holds them, texts by their estimated width; (0, 0, 0, 0) when they draw nothing
     */
    public static Bounds of(Collection<? extends Drawing> drawings) {
        double[] box = empty();
        drawings.forEach(d -> include(d, box));
        return box[0] > box[2] ? new Bounds(0, 0, 0, 0) : new Bounds(box[0], box[1], box[2] - box[0], box[3] - box[1]);
    }

    /**
     * @param route a polyline
     * @return the rectangle that holds it
     */
    public static Bounds ofRoute(List<Point> route) {
        double[] box = empty();
        route.forEach(p -> grow(box, p.x(), p.y(), p.x(), p.y()));
        return new Bounds(box[0], box[1], box[2] - box[0], box[3] - box[1]);
    }

    private static double[] empty() {
        return new double[] { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
    }

    /** Grows box (left, top, right, bottom) to hold a drawing. */
    private static void include(Drawing drawing, double[] box) {
        switch (drawing) {
            case Drawing.Rectangle r -> grow(box, r.x(), r.y(), r.x() + r.width(), r.y() + r.height());
            case Drawing.Ellipse e -> grow(box, e.x(), e.y(), e.x() + e.width(), e.y() + e.height());
            case Drawing.Path p -> {
                for (Drawing.Segment segment : p.segments()) {
                    switch (segment) {
                        case Drawing.MoveTo m -> grow(box, m.x(), m.y(), m.x(), m.y());
                        case Drawing.LineTo l -> grow(box, l.x(), l.y(), l.x(), l.y());
                        case Drawing.QuadTo q -> {
                            grow(box, q.cx(), q.cy(), q.cx(), q.cy());
                            grow(box, q.x(), q.y(), q.x(), q.y());
                        }
                    }
                }
            }
            case Drawing.Text t -> {
                double width = 0;
                for (String line : t.lines()) {
                    width = Math.max(width, TextMetrics.width(line, t.font().size(), t.font().bold()));
                }
                double left = t.anchor() == Anchor.MIDDLE ? t.x() - width / 2 : t.x();
                double bottom = t.y() + (t.lines().size() - 1) * t.lineHeight() + t.font().size();
                grow(box, left, t.y() - t.font().size(), left + width, bottom);
            }
            case Drawing.Group g -> g.content().forEach(child -> include(child, box));
        }
    }

    private static void grow(double[] box, double left, double top, double right, double bottom) {
        box[0] = Math.min(box[0], left);
        box[1] = Math.min(box[1], top);
        box[2] = Math.max(box[2], right);
        box[3] = Math.max(box[3], bottom);
    }
}
