// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;

/**
 * Keeps two or more edges between the same pair of nodes apart: where their routes would lie on
 * top of each other (the same points, either way round, or a stretch of line in common), each is
 * shifted sideways by a spacing,
 * its ends sliding along the border they leave and enter by, so that each can be seen and clicked.
 */
public final class ParallelEdges {

    /** How far apart parallel edges are drawn, in diagram units. */
    public static final double SPACING = 12;

    private ParallelEdges() {
    }

    /**
     * Separates the edges of a laid-out diagram that would overlap.
     *
     * @param edges  the diagram's edges
     * @param routes the route of each edge now (changed in place for the edges it separates)
     * @param bounds the bounds of each node now
     */
    public static void separate(List<DiagramEdge> edges, Map<DiagramEdge, List<Point>> routes, Function<DiagramNode, Bounds> bounds) {
        Map<List<String>, List<DiagramEdge>> pairs = new LinkedHashMap<>();
        for (DiagramEdge edge : edges) {
            if (edge.source() == edge.target() || routes.getOrDefault(edge, List.of()).size() < 2) {
                continue;
            }
            String a = edge.source().key();
            String b = edge.target().key();
            List<String> pair = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
            pairs.computeIfAbsent(pair, p -> new ArrayList<>()).add(edge);
        }
        for (List<DiagramEdge> group : pairs.values()) {
            if (group.size() > 1 && overlapping(group, routes)) {
                spread(group, routes, bounds);
            }
        }
    }

    /** Whether two of the edges have the same route, either way round, or share a stretch of line. */
    private static boolean overlapping(List<DiagramEdge> group, Map<DiagramEdge, List<Point>> routes) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                List<Point> a = routes.get(group.get(i));
                List<Point> b = routes.get(group.get(j));
                List<Point> reversed = new ArrayList<>(b);
                Collections.reverse(reversed);
                if (same(a, b) || same(a, reversed) || shareAStretch(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param a a route
     * @param b another
     * @return whether a horizontal or vertical segment of one lies on one of the other for more than a few units
     */
    public static boolean shareAStretch(List<Point> a, List<Point> b) {
        for (int i = 0; i + 1 < a.size(); i++) {
            for (int j = 0; j + 1 < b.size(); j++) {
                if (onOneLine(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onOneLine(Point a1, Point a2, Point b1, Point b2) {
        double slack = 0.5;
        boolean vertical = Math.abs(a1.x() - a2.x()) < slack && Math.abs(b1.x() - b2.x()) < slack && Math.abs(a1.x() - b1.x()) < slack;
        boolean horizontal = Math.abs(a1.y() - a2.y()) < slack && Math.abs(b1.y() - b2.y()) < slack && Math.abs(a1.y() - b1.y()) < slack;
        if (vertical) {
            return shared(a1.y(), a2.y(), b1.y(), b2.y()) > 2;
        }
        return horizontal && shared(a1.x(), a2.x(), b1.x(), b2.x()) > 2;
    }

    /** How long the two intervals overlap. */
    private static double shared(double a1, double a2, double b1, double b2) {
        return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
    }

    private static boolean same(List<Point> a, List<Point> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i).x() - b.get(i).x()) > 0.5 || Math.abs(a.get(i).y() - b.get(i).y()) > 0.5) {
                return false;
            }
        }
        return true;
    }

    private static void spread(List<DiagramEdge> group, Map<DiagramEdge, List<Point>> routes, Function<DiagramNode, Bounds> bounds) {
        List<List<Point>> placed = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            DiagramEdge edge = group.get(i);
            // Centred on the shared route: -s/2 and +s/2 for two; -s, 0 and +s for three.
            double offset = (i - (group.size() - 1) / 2.0) * SPACING;
            List<Point> route = routes.get(edge);
            List<Point> shifted = shifted(edge, route, offset, bounds);
            // An edge spread before lies where this one's share of the spread would put it: one more step along.
            for (int step = 1; step <= group.size() && clashes(shifted, placed); step++) {
                shifted = shifted(edge, route, offset + step * SPACING, bounds);
            }
            placed.add(shifted);
            routes.put(edge, shifted);
        }
    }

    private static List<Point> shifted(DiagramEdge edge, List<Point> route, double offset, Function<DiagramNode, Bounds> bounds) {
        // Bends move across the way the route runs and against the way it jogs, so that two routes with one jog stay
        // side by side rather than cross where the jog is longer than the spacing.
        double dx = route.get(route.size() - 1).x() - route.get(0).x();
        double dy = route.get(route.size() - 1).y() - route.get(0).y();
        double bendX = Math.abs(dy) < 0.5 ? 0 : offset;
        double bendY = Math.abs(dx) < 0.5 ? 0 : Math.abs(dy) < 0.5 ? offset : -offset * Math.signum(dx) * Math.signum(dy);
        List<Point> shifted = new ArrayList<>(route.size());
        for (int k = 0; k < route.size(); k++) {
            Point p = route.get(k);
            if (k == 0 || k == route.size() - 1) {
                Bounds box = bounds.apply(k == 0 ? edge.source() : edge.target());
                shifted.add(alongBorder(p, box, offset));
            } else {
                shifted.add(new Point(p.x() + bendX, p.y() + bendY));
            }
        }
        return shifted;
    }

    private static boolean clashes(List<Point> route, List<List<Point>> others) {
        for (List<Point> other : others) {
            List<Point> reversed = new ArrayList<>(other);
            Collections.reverse(reversed);
            if (same(route, other) || same(route, reversed) || shareAStretch(route, other)) {
                return true;
            }
        }
        return false;
    }

    /** Slides an end of an edge along the border of its node: sideways on the top or bottom, up or down on the left or right. */
    private static Point alongBorder(Point p, Bounds box, double offset) {
        if (box == null) {
            return new Point(p.x() + offset, p.y() + offset);
        }
        boolean topOrBottom = Math.abs(p.y() - box.y()) < 0.5 || Math.abs(p.y() - box.bottom()) < 0.5;
        if (topOrBottom) {
            return new Point(Math.max(box.x(), Math.min(box.right(), p.x() + offset)), p.y());
        }
        return new Point(p.x(), Math.max(box.y(), Math.min(box.bottom(), p.y() + offset)));
    }
}
