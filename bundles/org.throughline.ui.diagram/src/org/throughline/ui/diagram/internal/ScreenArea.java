// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Point;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Extents;

/**
 * The part of the screen a paint of the canvas draws, and whether an element of the diagram may
 * show in it: what cannot is skipped before it is drawn (on a large diagram at 100 %, nearly
 * everything). Screen point = diagram point × zoom + (dx, dy).
 *
 * @param zoom the zoom factor
 * @param dx   the horizontal offset in screen pixels
 * @param dy   the vertical offset in screen pixels
 * @param clip the screen rectangle drawn, or {@code null} for all
 */
record ScreenArea(double zoom, double dx, double dy, Rectangle clip) {

    /** Room around an element for what is drawn outside its bounds (badges, arrowheads, strokes), in diagram pixels. */
    static final double SLACK = 16;
    /** Room around an edge's route for its label and arrowheads, when deciding whether to draw it at all. */
    private static final double LABEL_ROOM = 400;

    /**
     * Whether an edge may show in the clip, judged from its route and label position alone, before
     * its drawing is made: on a large diagram seen at 100 %, most edges are far outside the window.
     */
    boolean near(List<Point> route, Point label) {
        if (clip == null) {
            return true;
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Point p : route) {
            left = Math.min(left, p.x());
            top = Math.min(top, p.y());
            right = Math.max(right, p.x());
            bottom = Math.max(bottom, p.y());
        }
        if (label != null) {
            left = Math.min(left, label.x());
            top = Math.min(top, label.y());
            right = Math.max(right, label.x());
            bottom = Math.max(bottom, label.y());
        }
        return visible(left - LABEL_ROOM, top - LABEL_ROOM, right + LABEL_ROOM, bottom + LABEL_ROOM);
    }

    /**
     * Whether a route passes through the clip, a segment at a time: at 100 % on a large diagram,
     * the long edges between distant nodes span the window without crossing it, and each was
     * drawn (stroked whole by the graphics system) because its bounding box held the window.
     */
    boolean crosses(List<Point> route) {
        if (clip == null) {
            return true;
        }
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            if (visible(Math.min(a.x(), b.x()) - SLACK, Math.min(a.y(), b.y()) - SLACK, Math.max(a.x(), b.x()) + SLACK,
                    Math.max(a.y(), b.y()) + SLACK)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a drawing, with room for what its commands' extents leave out, may show in the clip. */
    boolean visible(Group group) {
        if (clip == null) {
            return true;
        }
        Bounds box = Extents.of(List.of(group));
        return (box.width() > 0 || box.height() > 0)
                && visible(box.x() - SLACK, box.y() - SLACK, box.right() + SLACK, box.bottom() + SLACK);
    }

    /** Whether a rectangle in diagram coordinates meets the clip. */
    boolean visible(double left, double top, double right, double bottom) {
        return clip == null
                || sx(left) < clip.x + clip.width && sx(right) > clip.x && sy(top) < clip.y + clip.height && sy(bottom) > clip.y;
    }

    private int sx(double x) {
        return (int) Math.round(x * zoom + dx);
    }

    private int sy(double y) {
        return (int) Math.round(y * zoom + dy);
    }
}
