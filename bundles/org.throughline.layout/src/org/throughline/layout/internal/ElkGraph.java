// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.api.LayoutAlgorithms;
import org.throughline.viewpoint.LayoutDirection;

/**
 * A diagram as an ELK graph, and ELK's result read back. Plain nodes and containers become ELK
 * nodes (containers with their children: hierarchical layout); lanes do not: their children go
 * into the lane's parent graph, lane after lane, and the lanes are drawn around their children
 * afterwards. Between two lanes an invisible separator node, which every node of the upper lane
 * points to and which points to every node of the lower one, keeps each lane in layers of its own
 * (ELK's own partitioning does the same, but in ELK 0.12 it iterates nodes by identity hash, and
 * the same diagram came out differently from one run to the next); cycles are broken by the
 * nodes' order, so that links running back up the tiers are the ones reversed, never a separator's.
 * <p>
 * An edge between two nodes of the same lane would push its target into a layer of its own, a
 * lane into several rows, the drawing wide and tall: instead its ends both point to an invisible
 * tie node in the layer after the lane (before it, for the last lane), so that the lane stays one
 * row and crossing minimisation keeps the two ends near each other; the edge is drawn along the
 * two routes ELK gives the tie's edges, a bracket below (above) the row.
 */
public final class ElkGraph {

    /** Past this many nodes, ELK is set for speed rather than compactness. */
    public static final int LARGE = 300;

    private final Diagram diagram;
    private final ElkNode root;
    private final Map<DiagramNode, ElkNode> nodes = new LinkedHashMap<>();
    private final Map<DiagramEdge, ElkEdge> edges = new LinkedHashMap<>();
    private final Map<ElkNode, DiagramNode> back = new IdentityHashMap<>();
    /** The lane each lane member is in, and the lanes with members in order. */
    private final Map<DiagramNode, DiagramNode> laneOf = new IdentityHashMap<>();
    private final List<DiagramNode> lanes = new ArrayList<>();
    /** Edges within one lane, by the two ELK edges that tie their source and their target. */
    private final Map<DiagramEdge, ElkEdge[]> ties = new LinkedHashMap<>();
    /** Edges given to ELK from their target to their source. */
    private final java.util.Set<DiagramEdge> reversed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Whether the viewpoint's algorithm is ELK's layered one, which lays out containers and lanes in one run. */
    private final boolean layered;
    /** The edge mappings whose edges between containers are drawn after the layout (see {@link ContainerRows}). */
    private final java.util.Set<String> flow;
    /** Where ELK puts edge labels: in the middle (the default), or at an end (the viewpoint's {@code edgeLabels.placement}). */
    private final EdgeLabelPlacement labelPlacement;

    private ElkGraph(Diagram diagram) {
        this.diagram = diagram;
        this.root = ElkGraphUtil.createGraph();
        this.layered = LayoutAlgorithms.isLayered(diagram.description());
        this.flow = LayoutAlgorithms.flowBetweenContainers(diagram.description());
        this.labelPlacement = LayoutAlgorithms.edgeLabelPlacement(diagram.description());
    }

    /** Registers ELK's algorithms once, without ELK's Eclipse plugin registry. */
    public static void registerAlgorithms() {
        LayoutAlgorithms.register();
    }

    /**
     * @param diagram a diagram
     * @return its ELK graph, with sizes and options set, not yet laid out
     */
    public static ElkGraph build(Diagram diagram) {
        registerAlgorithms();
        ElkGraph graph = new ElkGraph(diagram);
        graph.configure(graph.root, true);
        graph.addNodes(diagram.nodes(), graph.root);
        for (DiagramEdge edge : diagram.edges()) {
            graph.addEdge(edge);
        }
        return graph;
    }

    /** @return the ELK graph's root */
    public ElkNode root() {
        return root;
    }

    /** Runs ELK on the graph. */
    public void layout() {
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }

    private void configure(ElkNode graph, boolean top) {
        if (!layered) {
            // Another of ELK's algorithms, as the viewpoint names it; each container is laid out on its own.
            graph.setProperty(CoreOptions.ALGORITHM, LayoutAlgorithms.algorithm(diagram.description()).getId());
            graph.setProperty(CoreOptions.DIRECTION, direction());
            graph.setProperty(CoreOptions.PADDING, new ElkPadding(20));
            graph.setProperty(CoreOptions.SPACING_NODE_NODE, Double.valueOf(28));
            LayoutAlgorithms.applyOptions(graph, diagram.description());
            return;
        }
        if (top) {
            graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
            // Containers are laid out with their contents in one run.
            graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
            graph.setProperty(CoreOptions.DIRECTION, direction());
            graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
            graph.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        }
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, Double.valueOf(28));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, Double.valueOf(56));
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, Double.valueOf(18));
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, Double.valueOf(10));
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, Double.valueOf(16));
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, Double.valueOf(4));
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, Double.valueOf(40));
        // The viewpoint's own options last, so that they win over these defaults.
        LayoutAlgorithms.applyOptions(graph, diagram.description());
        if (top && diagram.allNodes().size() > LARGE) {
            // Network simplex gives compacter drawings but grows much faster than linearly, and its node placement
            // recurses once per node (a stack overflow at 5,000): past a few hundred nodes, whatever the viewpoint
            // asks, longest-path layering, ELK's default node placement and lighter crossing minimisation.
            graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
            graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
            graph.setProperty(LayeredOptions.THOROUGHNESS, Integer.valueOf(2));
            // ELK's orthogonal router weighs every pair of the routes between two layers, and a lane is one
            // layer of hundreds of nodes with thousands of links below it: at 5,000 nodes routing took over
            // 90 s of the layout. Straight segments between layers (polylines) take a fraction of a second.
            graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
            // ELK widens the space between two layers with its polylines' slope; at 10 between edges the
            // 1,000-node benchmark chain came out 72 % taller than with orthogonal routes, at 3.5 as tall.
            graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, Double.valueOf(3.5));
        }
    }

    private Direction direction() {
        return switch (diagram.description().getDirection()) {
            case RIGHT -> Direction.RIGHT;
            case UP -> Direction.UP;
            default -> Direction.DOWN;
        };
    }

    private void addNodes(List<DiagramNode> diagramNodes, ElkNode parent) {
        List<ElkNode> previousLane = null;
        for (DiagramNode node : diagramNodes) {
            if (node.kind() == NodeKind.LANE && (node.parent() == null || node.parent().kind() != NodeKind.LANE)) {
                if (node.children().isEmpty()) {
                    continue;
                }
                ElkNode separator = null;
                if (previousLane != null && layered) {
                    separator = ElkGraphUtil.createNode(parent);
                    separator.setDimensions(1, 1);
                    for (ElkNode member : previousLane) {
                        ElkGraphUtil.createSimpleEdge(member, separator);
                    }
                }
                List<ElkNode> lane = new ArrayList<>();
                lanes.add(node);
                for (DiagramNode child : node.children()) {
                    laneOf.put(child, node);
                    ElkNode elk = addNode(child, parent);
                    lane.add(elk);
                    if (separator != null) {
                        ElkGraphUtil.createSimpleEdge(separator, elk);
                    }
                }
                parent.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
                previousLane = lane;
            } else {
                addNode(node, parent);
            }
        }
    }

    private ElkNode addNode(DiagramNode node, ElkNode parent) {
        ElkNode elk = ElkGraphUtil.createNode(parent);
        nodes.put(node, elk);
        back.put(elk, node);
        if (node.children().isEmpty() || node.kind() == NodeKind.NODE) {
            Bounds size = node.kind() == NodeKind.NODE ? TextMetrics.preferredSize(node)
                    : new Bounds(0, 0, TextMetrics.minContainerWidth(node), TextMetrics.headerHeight(node) + 30);
            elk.setDimensions(size.width(), size.height());
        } else {
            configure(elk, false);
            // The label goes where edges do not leave: at the top, or at the bottom when edges run upwards.
            double header = TextMetrics.headerHeight(node) + 10;
            boolean up = diagram.description().getDirection() == LayoutDirection.UP;
            elk.setProperty(CoreOptions.PADDING, up ? new ElkPadding(16, 16, header, 16) : new ElkPadding(header, 16, 16, 16));
            // Never narrower than its label was wrapped for, however narrow its contents.
            elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(TextMetrics.minContainerWidth(node), header + 30));
            addNodes(node.children(), elk);
        }
        return elk;
    }

    private void addEdge(DiagramEdge edge) {
        ElkNode source = nodes.get(edge.source());
        ElkNode target = nodes.get(edge.target());
        if (source == null || target == null || ContainerRows.between(edge, flow)) {
            return;
        }
        DiagramNode lane = laneOf.get(edge.source());
        DiagramNode targetLane = laneOf.get(edge.target());
        if (layered && lane != null && lane == targetLane && source != target) {
            tie(edge, source, target, lane);
            return;
        }
        // An edge running back up the lanes (a data and reporting link) is laid out as if it ran down
        // and drawn the other way: ELK would route it around its ends, a loop across the drawing.
        boolean upwards = layered && lane != null && targetLane != null && lanes.indexOf(lane) > lanes.indexOf(targetLane);
        if (upwards) {
            reversed.add(edge);
        }
        ElkEdge elk = upwards ? ElkGraphUtil.createSimpleEdge(target, source) : ElkGraphUtil.createSimpleEdge(source, target);
        ElkGraphUtil.updateContainment(elk);
        if (!edge.label().isEmpty()) {
            ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
            // The size it is drawn at (whole pixels wide, which is what ELK was given before).
            Bounds size = EdgeLabels.size(edge);
            label.setDimensions(Math.ceil(size.width()), size.height());
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, labelPlacement);
        }
        edges.put(edge, elk);
    }

    /** Ties the two ends of an edge within a lane through an invisible node next to the lane. */
    private void tie(DiagramEdge edge, ElkNode source, ElkNode target, DiagramNode lane) {
        ElkNode parent = source.getParent();
        ElkNode tie = ElkGraphUtil.createNode(parent);
        tie.setDimensions(1, 1);
        boolean before = lanes.size() > 1 && lane == lanes.get(lanes.size() - 1);
        if (before) {
            // First among the lane's nodes in the model's order, which breaks cycles: its edges are never reversed.
            int first = Math.min(parent.getChildren().indexOf(source), parent.getChildren().indexOf(target));
            parent.getChildren().move(first, tie);
            ties.put(edge, new ElkEdge[] { ElkGraphUtil.createSimpleEdge(tie, source), ElkGraphUtil.createSimpleEdge(tie, target) });
        } else {
            ties.put(edge, new ElkEdge[] { ElkGraphUtil.createSimpleEdge(source, tie), ElkGraphUtil.createSimpleEdge(target, tie) });
        }
    }

    /**
     * @return ELK's bounds of every node, in absolute coordinates, by node
     */
    public Map<DiagramNode, Bounds> nodeBounds() {
        Map<DiagramNode, Bounds> result = new LinkedHashMap<>();
        Map<ElkNode, Point> offsets = new HashMap<>();
        for (Map.Entry<DiagramNode, ElkNode> entry : nodes.entrySet()) {
            ElkNode elk = entry.getValue();
            Point offset = offset(elk.getParent(), offsets);
            result.put(entry.getKey(), new Bounds(offset.x() + elk.getX(), offset.y() + elk.getY(), elk.getWidth(), elk.getHeight()));
        }
        return result;
    }

    /**
     * @return ELK's route of every edge, in absolute coordinates, by edge
     */
    public Map<DiagramEdge, List<Point>> edgeRoutes() {
        Map<DiagramEdge, List<Point>> result = new LinkedHashMap<>();
        Map<ElkNode, Point> offsets = new HashMap<>();
        for (Map.Entry<DiagramEdge, ElkEdge> entry : edges.entrySet()) {
            List<Point> route = route(entry.getValue(), offsets);
            result.put(entry.getKey(), reversed.contains(entry.getKey()) ? route.reversed() : route);
        }
        for (Map.Entry<DiagramEdge, ElkEdge[]> entry : ties.entrySet()) {
            // From the source to the tie, then from the tie to the target: each tie edge's route, one of them reversed.
            ElkEdge[] pair = entry.getValue();
            boolean before = pair[0].getSources().get(0) == pair[1].getSources().get(0);
            List<Point> toTie = route(pair[0], offsets);
            List<Point> fromTie = route(pair[1], offsets);
            if (before) {
                toTie = toTie.reversed();
            } else {
                fromTie = fromTie.reversed();
            }
            List<Point> route = new ArrayList<>(toTie.subList(0, Math.max(0, toTie.size() - 1)));
            route.addAll(fromTie.subList(Math.min(1, fromTie.size()), fromTie.size()));
            result.put(entry.getKey(), orthogonal(route));
        }
        return result;
    }

    private static List<Point> route(ElkEdge elk, Map<ElkNode, Point> offsets) {
        Point offset = offset(elk.getContainingNode(), offsets);
        List<Point> route = new ArrayList<>();
        for (ElkEdgeSection section : elk.getSections()) {
            add(route, offset, section.getStartX(), section.getStartY());
            for (ElkBendPoint bend : section.getBendPoints()) {
                add(route, offset, bend.getX(), bend.getY());
            }
            add(route, offset, section.getEndX(), section.getEndY());
        }
        return route;
    }

    /**
     * @param points a route whose two halves met at a tie node, left out: the last point of one and
     *               the first of the other need not be in line
     * @return the route with a right-angled step where they are not, and without points in line with their neighbours
     */
    private static List<Point> orthogonal(List<Point> points) {
        List<Point> stepped = new ArrayList<>();
        for (Point p : points) {
            if (!stepped.isEmpty()) {
                Point last = stepped.get(stepped.size() - 1);
                if (last.x() != p.x() && last.y() != p.y()) {
                    stepped.add(new Point(p.x(), last.y()));
                }
            }
            if (stepped.isEmpty() || !stepped.get(stepped.size() - 1).equals(p)) {
                stepped.add(p);
            }
        }
        List<Point> result = new ArrayList<>();
        for (int i = 0; i < stepped.size(); i++) {
            Point p = stepped.get(i);
            if (i > 0 && i + 1 < stepped.size()) {
                Point a = result.get(result.size() - 1);
                Point b = stepped.get(i + 1);
                if (a.x() == p.x() && p.x() == b.x() || a.y() == p.y() && p.y() == b.y()) {
                    continue;
                }
            }
            result.add(p);
        }
        return result;
    }

    /**
     * @return the top-left corner of each edge's label, in absolute coordinates, by edge
     */
    public Map<DiagramEdge, Point> labelPositions() {
        Map<DiagramEdge, Point> result = new LinkedHashMap<>();
        Map<ElkNode, Point> offsets = new HashMap<>();
        for (Map.Entry<DiagramEdge, ElkEdge> entry : edges.entrySet()) {
            ElkEdge elk = entry.getValue();
            if (!elk.getLabels().isEmpty()) {
                ElkLabel label = elk.getLabels().get(0);
                Point offset = offset(elk.getContainingNode(), offsets);
                result.put(entry.getKey(), new Point(offset.x() + label.getX(), offset.y() + label.getY()));
            }
        }
        return result;
    }

    private static void add(List<Point> route, Point offset, double x, double y) {
        Point p = new Point(offset.x() + x, offset.y() + y);
        if (route.isEmpty() || !route.get(route.size() - 1).equals(p)) {
            route.add(p);
        }
    }

    private static Point offset(ElkNode node, Map<ElkNode, Point> cache) {
        if (node == null || node.getParent() == null) {
            return new Point(0, 0);
        }
        Point cached = cache.get(node);
        if (cached == null) {
            Point parent = offset(node.getParent(), cache);
            cached = new Point(parent.x() + node.getX(), parent.y() + node.getY());
            cache.put(node, cached);
        }
        return cached;
    }
}
