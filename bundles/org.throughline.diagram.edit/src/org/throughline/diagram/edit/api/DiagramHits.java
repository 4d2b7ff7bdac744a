// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

import java.util.List;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;

/**
 * What is at a point of a diagram, in diagram coordinates: the hit-testing behind clicks on the
 * canvas and behind a tool run at a point headless. Later nodes are drawn above earlier ones, so
 * the search runs from the last.
 */
public final class DiagramHits {

    private DiagramHits() {
    }

    /**
     * @param diagram a laid-out diagram
     * @param p       a diagram point
     * @return the topmost plain node there, else the innermost container or lane, else {@code null}
     */
    public static DiagramNode nodeAt(Diagram diagram, Point p) {
        List<DiagramNode> all = diagram.allNodes();
        for (int i = all.size() - 1; i >= 0; i--) {
            DiagramNode node = all.get(i);
            if (node.kind() == NodeKind.NODE && contains(node.bounds(), p)) {
                return node;
            }
        }
        return containerAt(diagram, p);
    }

    /**
     * @param diagram a laid-out diagram
     * @param p       a diagram point
     * @return the innermost container or lane there, or {@code null}
     */
    public static DiagramNode containerAt(Diagram diagram, Point p) {
        List<DiagramNode> all = diagram.allNodes();
        for (int i = all.size() - 1; i >= 0; i--) {
            DiagramNode node = all.get(i);
            if (node.kind() != NodeKind.NODE && contains(node.bounds(), p)) {
                return node;
            }
        }
        return null;
    }

    /**
     * @param diagram   a laid-out diagram
     * @param p         a diagram point
     * @param tolerance how far from the line a point still hits it, in diagram units
     * @return the first edge whose route passes within the tolerance of the point, or {@code null}
     */
    public static DiagramEdge edgeAt(Diagram diagram, Point p, double tolerance) {
        for (DiagramEdge edge : diagram.edges()) {
            List<Point> route = edge.route();
            for (int i = 0; i + 1 < route.size(); i++) {
                if (distance(p, route.get(i), route.get(i + 1)) <= tolerance) {
                    return edge;
                }
            }
        }
        return null;
    }

    /**
     * @param inner a rectangle
     * @param outer another
     * @return whether the first lies wholly within the second
     */
    public static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.right() <= outer.right() && inner.bottom() <= outer.bottom();
    }

    /**
     * @param a a corner
     * @param b the opposite corner
     * @return the rectangle between two points, in whichever order
     */
    public static Bounds rectangle(Point a, Point b) {
        return new Bounds(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    private static double distance(Point p, Point a, Point b) {
        double vx = b.x() - a.x();
        double vy = b.y() - a.y();
        double length = vx * vx + vy * vy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * vx + (p.y() - a.y()) * vy) / length));
        return Math.hypot(p.x() - (a.x() + t * vx), p.y() - (a.y() + t * vy));
    }

    private static boolean contains(Bounds b, Point p) {
        return b != null && p.x() >= b.x() && p.x() <= b.right() && p.y() >= b.y() && p.y() <= b.bottom();
    }
}
