// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;

/**
 * Rows of containers standing side by side in the diagram's order, for a diagram whose flow runs
 * from one container to the next (a user journey from service to service): ELK lays out each
 * container's contents and puts the containers in rows, without the edges of that flow, which
 * would set the containers one after another, a drawing as long as the flow. Afterwards each
 * top-level container is made just big enough for its contents under its heading, the containers
 * of a row are put in the diagram's order, top-aligned, a gap apart, the rows one below another,
 * and every edge between two top-level nodes is drawn again: to a node in the same row, through the
 * gap before the target's container into its side; to a node in a row below, through the gap
 * below the source's row into its top.
 */
public final class ContainerRows {

    /** The gap between two containers of a row: room for an edge and its arrowhead. */
    static final double GAP = 48;
    /** The gap between two rows. */
    static final double ROW_GAP = 56;
    private static final double PAD = 16;
    /** The gap above a node put below the flow in its container (room for its badge). */
    private static final double BESIDE_GAP = 24;
    /** How far apart the edges leaving a row run through the gap below it. */
    private static final double STAGGER = 8;

    private ContainerRows() {
    }

    /**
     * @param edge an edge
     * @param flow the edge mappings of the flow between containers
     * @return whether the edge is of the flow and joins nodes in two different top-level containers
     */
    static boolean between(DiagramEdge edge, Set<String> flow) {
        return flow.contains(edge.mappingId()) && top(edge.source()) != top(edge.target())
                && (edge.source().parent() != null || edge.target().parent() != null);
    }

    private static DiagramNode top(DiagramNode node) {
        DiagramNode n = node;
        while (n.parent() != null) {
            n = n.parent();
        }
        return n;
    }

    /**
     * Arranges the top-level nodes of a laid-out diagram in rows and draws the edges between them.
     *
     * @param diagram a diagram ELK laid out without the flow's edges between containers
     */
    public static void arrange(Diagram diagram, Set<String> flow) {
        List<DiagramNode> tops = diagram.nodes().stream().filter(n -> n.bounds() != null).toList();
        if (tops.isEmpty()) {
            return;
        }
        Map<DiagramNode, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < tops.size(); i++) {
            order.put(tops.get(i), Integer.valueOf(i));
            besideBelow(diagram, tops.get(i), flow);
            fitAround(diagram, tops.get(i));
        }
        List<List<DiagramNode>> rows = rows(tops);
        double left = tops.stream().mapToDouble(n -> n.bounds().x()).min().orElse(0);
        double top = tops.stream().mapToDouble(n -> n.bounds().y()).min().orElse(0);
        double widest = 0;
        for (List<DiagramNode> row : rows) {
            row.sort(Comparator.comparing(order::get));
            widest = Math.max(widest, width(row));
        }
        Map<DiagramNode, Integer> rowOf = new IdentityHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<DiagramNode> row = rows.get(r);
            // A row narrower than the widest is centred under it.
            double x = left + (widest - width(row)) / 2;
            double height = 0;
            for (DiagramNode node : row) {
                move(diagram, node, x - node.bounds().x(), top - node.bounds().y());
                x = node.bounds().right() + GAP;
                height = Math.max(height, node.bounds().height());
                rowOf.put(node, Integer.valueOf(r));
            }
            top += height + ROW_GAP;
        }
        route(diagram, rows, rowOf);
    }

    /** The top-level nodes in rows: a node is in the row of the nodes beside which ELK put it. */
    private static List<List<DiagramNode>> rows(List<DiagramNode> tops) {
        List<DiagramNode> byTop = new ArrayList<>(tops);
        byTop.sort(Comparator.comparingDouble(n -> n.bounds().y()));
        List<List<DiagramNode>> rows = new ArrayList<>();
        double bottom = -Double.MAX_VALUE;
        for (DiagramNode node : byTop) {
            if (rows.isEmpty() || node.bounds().y() >= bottom) {
                rows.add(new ArrayList<>());
                bottom = node.bounds().bottom();
            } else {
                bottom = Math.max(bottom, node.bounds().bottom());
            }
            rows.get(rows.size() - 1).add(node);
        }
        return rows;
    }

    private static double width(List<DiagramNode> row) {
        return row.stream().mapToDouble(n -> n.bounds().width()).sum() + GAP * (row.size() - 1);
    }

    /**
     * Puts what stands beside the flow in a container (a service's owner: a node neither linked to
     * another node of the container nor an end of the flow) below the flow's nodes, one under
     * another: the flow comes into the container's first node and leaves its last by their sides.
     */
    private static void besideBelow(Diagram diagram, DiagramNode container, Set<String> flow) {
        Set<DiagramNode> inFlow = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (DiagramEdge edge : diagram.edges()) {
            boolean within = edge.source().parent() == container && edge.target().parent() == container && edge.source() != edge.target();
            if (within || flow.contains(edge.mappingId())) {
                inFlow.add(edge.source());
                inFlow.add(edge.target());
            }
        }
        List<DiagramNode> flowNodes = container.children().stream().filter(n -> n.bounds() != null && inFlow.contains(n)).toList();
        if (flowNodes.isEmpty()) {
            return;
        }
        double left = flowNodes.stream().mapToDouble(n -> n.bounds().x()).min().orElseThrow();
        double bottom = flowNodes.stream().mapToDouble(n -> n.bounds().bottom()).max().orElseThrow();
        boolean linked = diagram.edges().stream().anyMatch(e -> e.source().parent() == container && e.target().parent() == container);
        if (!linked) {
            // Nothing is linked within the container (whose journey it is): its nodes one under another, the flow's
            // ends first, so that the flow leaves each by its side.
            bottom = flowNodes.stream().mapToDouble(n -> n.bounds().y()).min().orElseThrow() - BESIDE_GAP;
        }
        List<DiagramNode> stacked = new ArrayList<>(linked ? List.of() : flowNodes);
        container.children().stream().filter(n -> n.bounds() != null && !inFlow.contains(n)).forEach(stacked::add);
        for (DiagramNode child : stacked) {
            bottom += BESIDE_GAP;
            move(diagram, child, left - child.bounds().x(), bottom - child.bounds().y());
            bottom = child.bounds().bottom();
        }
    }

    /** Makes a container just big enough for its contents under its heading, its top left where it was. */
    private static void fitAround(Diagram diagram, DiagramNode container) {
        if (container.children().isEmpty()) {
            return;
        }
        Bounds contents = Bounds.around(container.children());
        if (contents == null) {
            return;
        }
        Bounds b = container.bounds();
        double header = TextMetrics.headerHeight(container) + 10;
        double dx = b.x() + PAD - contents.x();
        double dy = b.y() + header - contents.y();
        move(diagram, container.children(), dx, dy);
        double width = Math.max(contents.width() + 2 * PAD, TextMetrics.minContainerWidth(container));
        container.setBounds(new Bounds(b.x(), b.y(), width, header + contents.height() + PAD));
    }

    /** Moves a node with everything in it, and the edges that run within it. */
    private static void move(Diagram diagram, DiagramNode node, double dx, double dy) {
        move(diagram, List.of(node), dx, dy);
    }

    /** Moves nodes with everything in them, and the edges that run among them. */
    private static void move(Diagram diagram, List<DiagramNode> nodes, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return;
        }
        List<DiagramNode> moved = new ArrayList<>();
        nodes.forEach(node -> collect(node, moved));
        Set<DiagramNode> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(moved);
        for (DiagramNode n : moved) {
            if (n.bounds() != null) {
                n.setBounds(n.bounds().translate(dx, dy));
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            if (inside.contains(edge.source()) && inside.contains(edge.target())) {
                edge.setRoute(edge.route().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList());
                if (edge.labelPosition() != null) {
                    edge.setLabelPosition(new Point(edge.labelPosition().x() + dx, edge.labelPosition().y() + dy));
                }
            }
        }
    }

    private static void collect(DiagramNode node, List<DiagramNode> into) {
        into.add(node);
        for (DiagramNode child : node.children()) {
            collect(child, into);
        }
    }

    /** Draws every edge between two top-level nodes again. */
    private static void route(Diagram diagram, List<List<DiagramNode>> rows, Map<DiagramNode, Integer> rowOf) {
        int[] leaving = new int[rows.size()];
        Map<DiagramNode, List<DiagramEdge>> arriving = new IdentityHashMap<>();
        for (DiagramEdge edge : diagram.edges()) {
            DiagramNode from = top(edge.source());
            DiagramNode to = top(edge.target());
            if (from != to && rowOf.containsKey(from) && rowOf.containsKey(to) && rowOf.get(to).intValue() > rowOf.get(from).intValue()) {
                arriving.computeIfAbsent(edge.target(), t -> new ArrayList<>()).add(edge);
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            DiagramNode from = top(edge.source());
            DiagramNode to = top(edge.target());
            Bounds s = edge.source().bounds();
            Bounds t = edge.target().bounds();
            if (from == to || s == null || t == null || !rowOf.containsKey(from) || !rowOf.containsKey(to)) {
                continue;
            }
            int sourceRow = rowOf.get(from).intValue();
            int targetRow = rowOf.get(to).intValue();
            List<Point> route;
            double rowBottom = rows.get(sourceRow).stream().mapToDouble(n -> n.bounds().bottom()).max().orElseThrow();
            if (sourceRow == targetRow && to.bounds().x() > from.bounds().right()) {
                route = beside(diagram, edge, rows.get(sourceRow), rowBottom + ROW_GAP / 2 - STAGGER * leaving[sourceRow]++ + STAGGER);
            } else if (targetRow > sourceRow) {
                double y = rowBottom + ROW_GAP / 2 - STAGGER * leaving[sourceRow]++ + STAGGER;
                double sx = s.center().x();
                // The edges coming down into a node spread along its top, in the order of where they come from.
                List<DiagramEdge> into = arriving.get(edge.target());
                into.sort(Comparator.comparingDouble(e -> e.source().bounds().center().x()));
                double tx = t.x() + t.width() * (into.indexOf(edge) + 1) / (into.size() + 1);
                route = List.of(new Point(sx, s.bottom()), new Point(sx, y), new Point(tx, y), new Point(tx, t.y()));
            } else {
                route = org.throughline.layout.api.DiagramLayout.straightRoute(s, t);
            }
            edge.setRoute(simplified(route));
            edge.setLabelPosition(null);
        }
    }

    /**
     * A route from a node to one in a container further along the same row: out of the source's
     * side when nothing stands between it and its container's side, else out of its bottom and
     * below its container; then through the gap before the target's container, into the target's side.
     */
    private static List<Point> beside(Diagram diagram, DiagramEdge edge, List<DiagramNode> row, double below) {
        DiagramNode from = top(edge.source());
        DiagramNode to = top(edge.target());
        Bounds s = edge.source().bounds();
        Bounds t = edge.target().bounds();
        double exitX = from.bounds().right() + GAP / 2;
        double gapX = to.bounds().x() - GAP / 2;
        double ty = t.center().y();
        List<Point> route = new ArrayList<>();
        double sy = s.center().y();
        Bounds toSide = new Bounds(s.right(), sy - 1, from.bounds().right() - s.right(), 2);
        if (clear(diagram, toSide, edge.source())) {
            route.add(new Point(s.right(), sy));
            route.add(new Point(exitX, sy));
        } else {
            double under = from.bounds().bottom() + GAP / 3;
            route.add(new Point(s.center().x(), s.bottom()));
            route.add(new Point(s.center().x(), under));
            route.add(new Point(exitX, under));
        }
        if (row.indexOf(to) - row.indexOf(from) > 1) {
            // Containers stand between the two: the edge runs below the row to the gap before the target's.
            route.add(new Point(exitX, below));
            route.add(new Point(gapX, below));
        }
        route.add(new Point(gapX, ty));
        route.add(new Point(t.x(), ty));
        return route;
    }

    /** Whether no node but the given one, and no container, lies across the rectangle. */
    private static boolean clear(Diagram diagram, Bounds area, DiagramNode except) {
        for (DiagramNode node : diagram.allNodes()) {
            if (node != except && node.children().isEmpty() && node.bounds() != null && node.bounds().overlaps(area, 0)) {
                return false;
            }
        }
        return true;
    }

    /** The route without points in line with their neighbours, nor repeated ones. */
    private static List<Point> simplified(List<Point> route) {
        List<Point> result = new ArrayList<>();
        for (Point p : route) {
            if (!result.isEmpty() && result.get(result.size() - 1).equals(p)) {
                continue;
            }
            if (result.size() >= 2) {
                Point a = result.get(result.size() - 2);
                Point b = result.get(result.size() - 1);
                if (a.x() == b.x() && b.x() == p.x() || a.y() == b.y() && b.y() == p.y()) {
                    result.remove(result.size() - 1);
                }
            }
            result.add(p);
        }
        return result;
    }
}
