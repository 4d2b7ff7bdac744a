// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.internal;

import java.util.ArrayList;
import java.util.List;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.viewpoint.LayoutDirection;

/**
 * Places new nodes among nodes that keep their place, and routes edges simply between them, without
 * running ELK again: a refresh of a big diagram must stay fast.
 */
public final class Placement {

    private static final double GAP = 24;
    private static final double LAYER_GAP = 56;

    private Placement() {
    }

    /**
     * Where a new node goes among nodes that keep their place, without laying the diagram out
     * again: in the row of its kept siblings (so in its lane or container), across the flow from
     * its kept neighbours (the nodes it has edges with) or else after its siblings; a node with
     * neither goes below everything. {@link #clear} then moves it off any node it would cover.
     *
     * @param diagram    a diagram
     * @param node       a new node
     * @param horizontal whether the diagram flows downwards (lanes are horizontal bands)
     * @return its bounds, before clearing overlaps
     */
    public static Bounds beside(Diagram diagram, DiagramNode node, boolean horizontal) {
        Bounds size = TextMetrics.preferredSize(node);
        List<Bounds> siblings = new ArrayList<>();
        if (node.parent() != null) {
            for (DiagramNode sibling : node.parent().children()) {
                if (sibling != node && sibling.bounds() != null) {
                    siblings.add(sibling.bounds());
                }
            }
        }
        Bounds neighbour = null;
        // Whether the neighbour comes first along the flow: a source does, unless the flow runs upwards.
        boolean up = diagram.description().getDirection() == LayoutDirection.UP;
        boolean neighbourBefore = !up;
        for (DiagramEdge edge : diagram.edges()) {
            if (edge.target() == node && edge.source() != node && edge.source().bounds() != null) {
                neighbour = edge.source().bounds();
                break;
            }
            if (edge.source() == node && edge.target() != node && edge.target().bounds() != null) {
                neighbour = edge.target().bounds();
                neighbourBefore = up;
                break;
            }
        }
        // Along the flow: the row of its siblings, else after (or before) its neighbour, else after everything.
        double along;
        if (!siblings.isEmpty()) {
            along = horizontal ? siblings.get(0).y() : siblings.get(0).x();
        } else if (node.parent() != null && node.parent().bounds() != null) {
            Bounds p = node.parent().bounds();
            along = horizontal ? p.y() + TextMetrics.headerHeight(node.parent()) + 10 : p.x() + 16;
        } else if (neighbour != null) {
            double length = horizontal ? size.height() : size.width();
            along = horizontal ? (neighbourBefore ? neighbour.bottom() + LAYER_GAP : neighbour.y() - LAYER_GAP - length)
                    : (neighbourBefore ? neighbour.right() + LAYER_GAP : neighbour.x() - LAYER_GAP - length);
        } else {
            along = extent(diagram, horizontal) + LAYER_GAP;
        }
        // Across the flow: under (or beside) its neighbour, else after its siblings, else at the start.
        double across;
        if (neighbour != null) {
            across = horizontal ? neighbour.x() : neighbour.y();
        } else if (!siblings.isEmpty()) {
            double end = 0;
            for (Bounds b : siblings) {
                end = Math.max(end, horizontal ? b.right() : b.bottom());
            }
            across = end + GAP;
        } else if (node.parent() != null && node.parent().bounds() != null) {
            Bounds p = node.parent().bounds();
            across = horizontal ? p.x() + 16 : p.y() + TextMetrics.headerHeight(node.parent()) + 10;
        } else {
            across = 20;
        }
        if (node.parent() != null && node.parent().kind() == NodeKind.LANE && horizontal) {
            across = Math.max(across, node.parent().bounds() == null ? 0 : node.parent().bounds().x() + DiagramLayout.LANE_HEADER + GAP);
        }
        return horizontal ? new Bounds(across, along, size.width(), size.height()) : new Bounds(along, across, size.width(), size.height());
    }

    /** The end of the drawing along the flow. */
    private static double extent(Diagram diagram, boolean horizontal) {
        double end = 0;
        for (DiagramNode node : diagram.allNodes()) {
            if (node.bounds() != null) {
                end = Math.max(end, horizontal ? node.bounds().bottom() : node.bounds().right());
            }
        }
        return end;
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
