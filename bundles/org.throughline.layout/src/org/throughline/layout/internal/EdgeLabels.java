// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;

/**
 * Places edge labels where they do not lie on one another: each label, in the order of the edges,
 * stays where ELK (or the middle of its route) put it when that place is free, else moves to the
 * first free place along its own route (the middle of each of its segments, longest first, then a
 * quarter and three quarters along them), clear of the labels placed before it and of nodes. A
 * label with no free place on its route stays where it was.
 */
public final class EdgeLabels {

    /** The least room between two labels. */
    private static final double GAP = 2;

    private EdgeLabels() {
    }

    /**
     * @param edge an edge with a label
     * @return the size of its label as drawn (its text, padded)
     */
    public static Bounds size(DiagramEdge edge) {
        return new Bounds(0, 0, TextMetrics.width(edge.label(), edge.style().fontSize(), edge.style().bold()) + 6,
                TextMetrics.lineHeight(edge.style().fontSize()) + 2);
    }

    /**
     * @param edge an edge with a label and a route of two points at least
     * @return where its label is drawn: at its place, else centred on the middle of its route's longest segment
     */
    public static Bounds box(DiagramEdge edge) {
        Bounds size = size(edge);
        Point at = edge.labelPosition() != null ? edge.labelPosition() : along(longest(edge.route()), 0.5, size);
        return new Bounds(at.x(), at.y(), size.width(), size.height());
    }

    /** @param diagram a laid-out diagram whose edge labels are moved apart */
    public static void separate(Diagram diagram) {
        List<Bounds> nodes = new ArrayList<>();
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() == NodeKind.NODE && node.bounds() != null) {
                nodes.add(node.bounds());
            }
        }
        List<Bounds> placed = new ArrayList<>();
        for (DiagramEdge edge : diagram.edges()) {
            if (edge.label().isEmpty() || edge.route().size() < 2) {
                continue;
            }
            Bounds size = size(edge);
            List<Point> candidates = candidates(edge, size);
            Point chosen = null;
            for (Point at : candidates) {
                Bounds box = new Bounds(at.x(), at.y(), size.width(), size.height());
                if (free(box, placed, GAP) && free(box, nodes, -1)) {
                    chosen = at;
                    break;
                }
            }
            if (chosen != null && !chosen.equals(candidates.get(0))) {
                edge.setLabelPosition(chosen);
            } else {
                chosen = candidates.get(0);
            }
            placed.add(new Bounds(chosen.x(), chosen.y(), size.width(), size.height()));
        }
    }

    /** Where the label may go, top left corners, its own place first. */
    private static List<Point> candidates(DiagramEdge edge, Bounds size) {
        List<Point[]> segments = segments(edge.route());
        List<Point> result = new ArrayList<>();
        Bounds own = box(edge);
        result.add(new Point(own.x(), own.y()));
        for (double share : new double[] { 0.5, 0.25, 0.75 }) {
            for (Point[] segment : segments) {
                result.add(along(segment, share, size));
            }
        }
        return result;
    }

    /** The longest segment of a route (of equals, the earliest), found without sorting: it is asked at every paint. */
    private static Point[] longest(List<Point> route) {
        int at = 0;
        double longest = -1;
        for (int i = 0; i + 1 < route.size(); i++) {
            Point p = route.get(i);
            Point q = route.get(i + 1);
            double length = Math.abs(p.x() - q.x()) + Math.abs(p.y() - q.y());
            if (length > longest) {
                longest = length;
                at = i;
            }
        }
        return new Point[] { route.get(at), route.get(at + 1) };
    }

    /** The segments of a route, longest first (of equals, the earliest). */
    private static List<Point[]> segments(List<Point> route) {
        List<Point[]> segments = new ArrayList<>();
        for (int i = 0; i + 1 < route.size(); i++) {
            segments.add(new Point[] { route.get(i), route.get(i + 1) });
        }
        segments.sort(Comparator.comparingDouble((Point[] s) -> -(Math.abs(s[0].x() - s[1].x()) + Math.abs(s[0].y() - s[1].y()))));
        return segments;
    }

    /** The top left of a label centred on a point a share of the way along a segment. */
    private static Point along(Point[] segment, double share, Bounds size) {
        double x = segment[0].x() + (segment[1].x() - segment[0].x()) * share;
        double y = segment[0].y() + (segment[1].y() - segment[0].y()) * share;
        return new Point(x - size.width() / 2, y - size.height() / 2);
    }

    private static boolean free(Bounds box, List<Bounds> others, double gap) {
        for (Bounds other : others) {
            if (box.overlaps(other, gap)) {
                return false;
            }
        }
        return true;
    }
}
