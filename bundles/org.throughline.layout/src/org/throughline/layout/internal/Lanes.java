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

/**
 * Draws lanes around the nodes ELK placed lane after lane: bands across the whole diagram, in
 * order, each with a header for its label (on the left of horizontal lanes, on top of vertical
 * ones). An empty lane still gets a band, thick enough to draw a node into; the bands are long
 * enough to draw in even when the diagram is empty.
 */
public final class Lanes {

    /** The width of the header of a horizontal lane (the height of a vertical lane's). */
    public static final double HEADER = org.throughline.layout.api.DiagramLayout.LANE_HEADER;
    /** The thickness of an empty lane: room for a node to be drawn into it. */
    private static final double EMPTY = 100;
    /** The least length of the bands beyond their headers, so that even an empty diagram has room to draw in. */
    private static final double ROOM = 720;
    private static final double PAD = 14;

    private Lanes() {
    }

    /**
     * After a full layout: makes room for the lane headers and sets the lanes' bounds.
     *
     * @param diagram    a diagram whose lane children ELK placed
     * @param horizontal whether lanes are horizontal bands (the diagram flows downwards)
     */
    public static void arrange(Diagram diagram, boolean horizontal) {
        List<DiagramNode> lanes = topLanes(diagram);
        if (lanes.isEmpty()) {
            return;
        }
        // Make room for the headers.
        shift(diagram, horizontal ? HEADER : 0, horizontal ? 0 : HEADER, null);
        // Empty lanes: open a gap where they belong, pushing later content along.
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).children().isEmpty()) {
                double at = start(lanes, i, horizontal);
                shift(diagram, horizontal ? 0 : EMPTY, horizontal ? EMPTY : 0, at);
            }
        }
        setBands(diagram, lanes, horizontal);
    }

    /**
     * After placing new nodes: grows lanes so that they hold their children again.
     *
     * @param diagram    a diagram
     * @param horizontal whether lanes are horizontal bands
     */
    public static void fitAround(Diagram diagram, boolean horizontal) {
        for (DiagramNode node : reversed(diagram.allNodes())) {
            if (node.kind() == NodeKind.NODE || node.children().isEmpty()) {
                continue;
            }
            Bounds b = node.bounds();
            for (DiagramNode child : node.children()) {
                Bounds c = child.bounds();
                if (c == null) {
                    continue;
                }
                if (b == null) {
                    b = c;
                }
                double x = Math.min(b.x(), c.x() - PAD);
                double y = Math.min(b.y(), c.y() - PAD);
                b = new Bounds(x, y, Math.max(b.right(), c.right() + PAD) - x, Math.max(b.bottom(), c.bottom() + PAD) - y);
            }
            node.setBounds(b);
        }
    }

    private static List<DiagramNode> reversed(List<DiagramNode> nodes) {
        List<DiagramNode> result = new ArrayList<>(nodes);
        java.util.Collections.reverse(result);
        return result;
    }

    private static List<DiagramNode> topLanes(Diagram diagram) {
        List<DiagramNode> lanes = new ArrayList<>();
        for (DiagramNode node : diagram.nodes()) {
            if (node.kind() == NodeKind.LANE) {
                lanes.add(node);
            }
        }
        return lanes;
    }

    /** Where the band of lane i begins along the flow: after the content of the lanes before it. */
    private static double start(List<DiagramNode> lanes, int index, boolean horizontal) {
        double end = 0;
        for (int i = 0; i < index; i++) {
            for (DiagramNode child : lanes.get(i).children()) {
                end = Math.max(end, horizontal ? child.bounds().bottom() : child.bounds().right());
            }
        }
        return end + 1;
    }

    private static void setBands(Diagram diagram, List<DiagramNode> lanes, boolean horizontal) {
        double[] from = new double[lanes.size()];
        double[] to = new double[lanes.size()];
        double cross = 0;
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() == NodeKind.NODE && node.bounds() != null) {
                cross = Math.max(cross, horizontal ? node.bounds().right() : node.bounds().bottom());
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            for (Point p : edge.route()) {
                cross = Math.max(cross, horizontal ? p.x() : p.y());
            }
        }
        double previousEnd = 20;
        for (int i = 0; i < lanes.size(); i++) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (DiagramNode child : lanes.get(i).children()) {
                lo = Math.min(lo, horizontal ? child.bounds().y() : child.bounds().x());
                hi = Math.max(hi, horizontal ? child.bounds().bottom() : child.bounds().right());
            }
            if (lo == Double.MAX_VALUE) {
                lo = previousEnd + PAD;
                hi = lo + EMPTY - 2 * PAD;
            }
            from[i] = lo - PAD;
            to[i] = hi + PAD;
            previousEnd = hi;
        }
        // Adjacent bands meet half-way between their contents.
        for (int i = 0; i + 1 < lanes.size(); i++) {
            double middle = (to[i] + from[i + 1]) / 2;
            to[i] = middle;
            from[i + 1] = middle;
        }
        double start = 4;
        double end = Math.max(cross + 24, start + HEADER + ROOM);
        for (int i = 0; i < lanes.size(); i++) {
            lanes.get(i).setBounds(horizontal ? new Bounds(start, from[i], end - start, to[i] - from[i])
                    : new Bounds(from[i], start, to[i] - from[i], end - start));
        }
    }

    /** Moves every node and edge point at or beyond {@code at} (all when null) along the axis. */
    private static void shift(Diagram diagram, double dx, double dy, Double at) {
        boolean vertical = dy != 0;
        for (DiagramNode node : diagram.allNodes()) {
            Bounds b = node.bounds();
            if (b != null && (at == null || (vertical ? b.y() : b.x()) >= at)) {
                node.setBounds(b.translate(dx, dy));
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            List<Point> moved = new ArrayList<>();
            for (Point p : edge.route()) {
                moved.add(at == null || (vertical ? p.y() : p.x()) >= at ? new Point(p.x() + dx, p.y() + dy) : p);
            }
            edge.setRoute(moved);
            Point label = edge.labelPosition();
            if (label != null && (at == null || (vertical ? label.y() : label.x()) >= at)) {
                edge.setLabelPosition(new Point(label.x() + dx, label.y() + dy));
            }
        }
    }
}
