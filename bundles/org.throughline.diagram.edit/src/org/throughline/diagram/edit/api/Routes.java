// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

import java.util.ArrayList;
import java.util.List;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Point;
import org.throughline.layout.api.DiagramLayout;

/**
 * Edge routes after the user moved a node: kept when both ends moved alike, else drawn straight.
 * The canvas uses them for the preview of a drag, a move command for the result.
 */
public final class Routes {

    private Routes() {
    }

    /**
     * @param route     the route as it was
     * @param oldSource the source's bounds as they were
     * @param newSource the source's bounds now
     * @param oldTarget the target's bounds as they were
     * @param newTarget the target's bounds now
     * @return the route following the moved ends
     */
    public static List<Point> follow(List<Point> route, Bounds oldSource, Bounds newSource, Bounds oldTarget, Bounds newTarget) {
        double sdx = newSource.x() - oldSource.x();
        double sdy = newSource.y() - oldSource.y();
        double tdx = newTarget.x() - oldTarget.x();
        double tdy = newTarget.y() - oldTarget.y();
        boolean sameSize = newSource.width() == oldSource.width() && newSource.height() == oldSource.height()
                && newTarget.width() == oldTarget.width() && newTarget.height() == oldTarget.height();
        if (sameSize && sdx == tdx && sdy == tdy && !route.isEmpty()) {
            List<Point> moved = new ArrayList<>(route.size());
            for (Point p : route) {
                moved.add(new Point(p.x() + sdx, p.y() + sdy));
            }
            return moved;
        }
        return straight(newSource, newTarget);
    }

    /**
     * @param source the source's bounds
     * @param target the target's bounds
     * @return a straight route from the source's border to the target's, on the line joining centres
     */
    public static List<Point> straight(Bounds source, Bounds target) {
        return DiagramLayout.straightRoute(source, target);
    }
}
