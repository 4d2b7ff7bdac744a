// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;

/** Places new nodes among nodes that keep their place, and routes edges simply between them. */
public final class Placement {

    private static final double GAP = 24;

    private Placement() {
    }

    /**
     * Where a new node goes: where a fresh layout put it, moved as its kept neighbours moved
     * between that layout and their kept places (or, with no kept neighbour, as all kept nodes did).
     *
     * @param diagram a diagram
     * @param node    a new node
     * @param fresh   the bounds a fresh layout gave every node
     * @param kept    the bounds of the nodes that keep their place
     * @return the new node's bounds, before clearing overlaps
     */
    public static Bounds nearNeighbours(Diagram diagram, DiagramNode node, Map<DiagramNode, Bounds> fresh, Map<DiagramNode, Bounds> kept) {
        List<DiagramNode> neighbours = new ArrayList<>();
        for (DiagramEdge edge : diagram.edges()) {
            if (edge.source() == node && kept.containsKey(edge.target())) {
                neighbours.add(edge.target());
            } else if (edge.target() == node && kept.containsKey(edge.source())) {
                neighbours.add(edge.source());
            }
        }
        if (node.parent() != null) {
            for (DiagramNode sibling : node.parent().children()) {
                if (kept.containsKey(sibling) && neighbours.isEmpty()) {
                    neighbours.add(sibling);
                }
            }
        }
        if (neighbours.isEmpty()) {
            for (Map.Entry<DiagramNode, Bounds> entry : kept.entrySet()) {
                if (entry.getKey().kind() == NodeKind.NODE) {
                    neighbours.add(entry.getKey());
                }
            }
        }
        double dx = 0;
        double dy = 0;
        int n = 0;
        for (DiagramNode neighbour : neighbours) {
            Bounds was = fresh.get(neighbour);
            Bounds is = kept.get(neighbour);
            if (was != null && is != null) {
                dx += is.x() - was.x();
                dy += is.y() - was.y();
                n++;
            }
        }
        Bounds own = fresh.get(node);
        return n == 0 ? own : own.translate(dx / n, dy / n);
    }

    /**
     * @param diagram    a diagram
     * @param node       the node being placed
     * @param target     where it would go
     * @param horizontal whether the diagram flows downwards (the node is then pushed right)
     * @return the nearest bounds from there, across the flow, that overlap no other placed node
     */
    public static Bounds clear(Diagram diagram, DiagramNode node, Bounds target, boolean horizontal) {
        Bounds result = target;
        for (int attempt = 0; attempt < 1000; attempt++) {
            DiagramNode blocker = null;
            for (DiagramNode other : diagram.allNodes()) {
                if (other != node && other.kind() == NodeKind.NODE && other.bounds() != null && other.bounds().overlaps(result, GAP / 2)) {
                    blocker = other;
                    break;
                }
            }
            if (blocker == null) {
                return result;
            }
            result = horizontal ? new Bounds(blocker.bounds().right() + GAP, result.y(), result.width(), result.height())
                    : new Bounds(result.x(), blocker.bounds().bottom() + GAP, result.width(), result.height());
        }
        return result;
    }

    /**
     * A simple orthogonal route between two nodes: out of the source's side that faces the
     * target, one bend pair half-way, into the target.
     *
     * @param source     the source's bounds
     * @param target     the target's bounds
     * @param horizontal whether the diagram flows downwards
     * @return the route, end points included
     */
    public static List<Point> orthogonal(Bounds source, Bounds target, boolean horizontal) {
        Point s = source.center();
        Point t = target.center();
        if (horizontal) {
            boolean down = t.y() >= s.y();
            Point start = new Point(s.x(), down ? source.bottom() : source.y());
            Point end = new Point(t.x(), down ? target.y() : target.bottom());
            double middle = (start.y() + end.y()) / 2;
            return List.of(start, new Point(start.x(), middle), new Point(end.x(), middle), end);
        }
        boolean right = t.x() >= s.x();
        Point start = new Point(right ? source.right() : source.x(), s.y());
        Point end = new Point(right ? target.x() : target.right(), t.y());
        double middle = (start.x() + end.x()) / 2;
        return List.of(start, new Point(middle, start.y()), new Point(middle, end.y()), end);
    }
}
