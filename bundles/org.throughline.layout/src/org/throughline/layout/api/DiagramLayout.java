// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.internal.ContainerRows;
import org.throughline.layout.internal.EdgeLabels;
import org.throughline.layout.internal.ElkGraph;
import org.throughline.layout.internal.Lanes;
import org.throughline.layout.internal.Placement;
import org.throughline.viewpoint.LayoutDirection;

/**
 * Lays diagrams out with ELK: by default with its layered algorithm (nodes in layers along the
 * diagram's direction, edges routed orthogonally (as polylines past {@link ElkGraph#LARGE} nodes,
 * for speed), containers laid out with their contents
 * (hierarchical layout) and lanes kept in order as bands across the diagram), or with the
 * algorithm and options the viewpoint names (see {@link LayoutAlgorithms}).
 * <p>
 * {@link Scope#ALL} lays out everything afresh. {@link Scope#NEW_ELEMENTS} keeps every node that
 * already has bounds where it is (what the user placed, what a refresh kept) and places only the
 * new ones, without running ELK again: in the row of their lane or container, next to the nodes
 * they are linked to, clear of the others; edges keep their routes unless an end moved, and new
 * ones get a simple orthogonal route.
 */
public final class DiagramLayout {

    /** What to lay out. */
    public enum Scope {
        /** Every node and edge, afresh. */
        ALL,
        /** Only the nodes without bounds, and the edges whose ends changed. */
        NEW_ELEMENTS
    }

    /** The width of the header, holding the label, of a lane across a downward diagram. */
    public static final double LANE_HEADER = 150;

    private DiagramLayout() {
    }

    /**
     * Lays out the whole diagram.
     *
     * @param diagram a diagram
     */
    public static void layout(Diagram diagram) {
        layout(diagram, Scope.ALL);
    }

    /**
     * @param diagram a diagram
     * @param scope   everything, or the new elements only
     */
    public static void layout(Diagram diagram, Scope scope) {
        List<DiagramNode> all = diagram.allNodes();
        boolean anyKept = all.stream().anyMatch(n -> n.kind() == NodeKind.NODE && n.bounds() != null);
        if (scope == Scope.NEW_ELEMENTS && anyKept) {
            boolean anyNew = all.stream().anyMatch(n -> n.bounds() == null)
                    || diagram.edges().stream().anyMatch(e -> e.route().isEmpty());
            if (anyNew) {
                layoutNewElements(diagram);
                separateParallelEdges(diagram);
            }
            separateLabels(diagram);
            return;
        }
        ElkGraph graph = ElkGraph.build(diagram);
        graph.layout();
        graph.nodeBounds().forEach(DiagramNode::setBounds);
        graph.edgeRoutes().forEach(DiagramEdge::setRoute);
        // An edge ELK gives no label place (one within a lane) has its label at the middle of its route.
        diagram.edges().forEach(edge -> edge.setLabelPosition(null));
        graph.labelPositions().forEach(DiagramEdge::setLabelPosition);
        Lanes.arrange(diagram, horizontal(diagram));
        boolean layered = LayoutAlgorithms.isLayered(diagram.description());
        java.util.Set<String> flow = LayoutAlgorithms.flowBetweenContainers(diagram.description());
        if (layered && !flow.isEmpty()) {
            ContainerRows.arrange(diagram, flow);
        }
        if (!layered) {
            onThePage(diagram);
        }
        for (DiagramEdge edge : diagram.edges()) {
            // Algorithms other than layered place nodes (some route edges, with jogs at the ports the
            // layered options ask for): their edges are drawn straight, centre to centre.
            if ((!layered || edge.route().isEmpty()) && edge.source().bounds() != null && edge.target().bounds() != null) {
                edge.setRoute(straightRoute(edge.source().bounds(), edge.target().bounds()));
            }
        }
        separateParallelEdges(diagram);
        separateLabels(diagram);
    }

    /**
     * Moves edge labels apart where they would lie on one another (label places are not kept in the
     * representations file: a diagram opened again places them again, the same way); past a few
     * hundred nodes, where the layout is set for speed, they stay at the middle of their routes.
     */
    private static void separateLabels(Diagram diagram) {
        if (diagram.allNodes().size() <= ElkGraph.LARGE) {
            EdgeLabels.separate(diagram);
        }
    }

    /** Moves everything right and down when an algorithm placed some of it left of or above the page's margin. */
    private static void onThePage(Diagram diagram) {
        double margin = 20;
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        for (DiagramNode node : diagram.allNodes()) {
            if (node.bounds() != null) {
                left = Math.min(left, node.bounds().x());
                top = Math.min(top, node.bounds().y());
            }
        }
        double dx = left < margin ? margin - left : 0;
        double dy = top < margin ? margin - top : 0;
        if (left == Double.MAX_VALUE || dx == 0 && dy == 0) {
            return;
        }
        for (DiagramNode node : diagram.allNodes()) {
            if (node.bounds() != null) {
                node.setBounds(node.bounds().translate(dx, dy));
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            edge.setRoute(edge.route().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList());
            if (edge.labelPosition() != null) {
                edge.setLabelPosition(new Point(edge.labelPosition().x() + dx, edge.labelPosition().y() + dy));
            }
        }
    }

    /**
     * @param source the source's bounds
     * @param target the target's bounds
     * @return a straight route from the source's border to the target's, on the line joining their centres
     */
    public static List<Point> straightRoute(Bounds source, Bounds target) {
        Point a = source.center();
        Point b = target.center();
        return List.of(border(source, b), border(target, a));
    }

    /** Where the line from a rectangle's centre towards a point leaves the rectangle. */
    private static Point border(Bounds box, Point toward) {
        Point c = box.center();
        double vx = toward.x() - c.x();
        double vy = toward.y() - c.y();
        if (vx == 0 && vy == 0) {
            return c;
        }
        double sx = vx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(vx);
        double sy = vy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(vy);
        double s = Math.min(sx, sy);
        return new Point(c.x() + vx * s, c.y() + vy * s);
    }

    /** Draws edges between the same two nodes apart where they would lie on top of each other. */
    private static void separateParallelEdges(Diagram diagram) {
        Map<DiagramEdge, List<Point>> routes = new LinkedHashMap<>();
        for (DiagramEdge edge : diagram.edges()) {
            routes.put(edge, edge.route());
        }
        ParallelEdges.separate(diagram.edges(), routes, DiagramNode::bounds);
        routes.forEach((edge, route) -> {
            if (route != edge.route()) {
                edge.setRoute(route);
                edge.setLabelPosition(null);
            }
        });
    }

    private static boolean horizontal(Diagram diagram) {
        return diagram.description().getDirection() != LayoutDirection.RIGHT;
    }

    private static void layoutNewElements(Diagram diagram) {
        boolean horizontal = horizontal(diagram);
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() == NodeKind.NODE && node.bounds() == null) {
                node.setBounds(Placement.clear(diagram, node, Placement.beside(diagram, node, horizontal), horizontal));
            }
        }
        Lanes.fitAround(diagram, horizontal);
        for (DiagramEdge edge : diagram.edges()) {
            if (edge.source().bounds() == null || edge.target().bounds() == null) {
                continue;
            }
            if (edge.route().isEmpty() || !attached(edge)) {
                edge.setRoute(Placement.orthogonal(edge.source().bounds(), edge.target().bounds(), horizontal));
                edge.setLabelPosition(null);
            }
        }
    }

    /** Whether an edge's route still starts at its source and ends at its target. */
    private static boolean attached(DiagramEdge edge) {
        List<Point> route = edge.route();
        return near(route.get(0), edge.source().bounds()) && near(route.get(route.size() - 1), edge.target().bounds());
    }

    private static boolean near(Point p, Bounds b) {
        double slack = 2;
        return b != null && p.x() >= b.x() - slack && p.x() <= b.right() + slack && p.y() >= b.y() - slack && p.y() <= b.bottom() + slack;
    }

    /**
     * @param edge an edge with a label and a route of two points at least
     * @return where its label is drawn: at its place, else centred on the middle of its route's longest segment
     */
    public static Bounds labelBox(DiagramEdge edge) {
        return EdgeLabels.box(edge);
    }

    /**
     * @param diagram a laid-out diagram
     * @return the rectangle holding all its nodes, edges and labels, from the origin
     */
    public static Bounds extent(Diagram diagram) {
        double right = 0;
        double bottom = 0;
        for (DiagramNode node : diagram.allNodes()) {
            if (node.bounds() != null) {
                right = Math.max(right, node.bounds().right());
                bottom = Math.max(bottom, node.bounds().bottom());
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            for (Point p : edge.route()) {
                right = Math.max(right, p.x());
                bottom = Math.max(bottom, p.y());
            }
            if (edge.labelPosition() != null) {
                right = Math.max(right, edge.labelPosition().x() + TextMetrics.width(edge.label(), edge.style().fontSize(),
                        edge.style().bold()));
            }
        }
        return new Bounds(0, 0, right, bottom);
    }
}
