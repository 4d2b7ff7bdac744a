// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.Routes;

/** Nodes being dragged where they are dragged to, and the edges that follow them: what the canvas paints during a drag. */
final class DragGeometry implements CanvasPainter.Geometry {

    private final Map<DiagramNode, Bounds> moving;
    private final Map<DiagramEdge, List<Point>> routes = new HashMap<>();

    /** @param moving where the dragged nodes are now */
    DragGeometry(Map<DiagramNode, Bounds> moving) {
        this.moving = moving;
    }

    @Override
    public Bounds bounds(DiagramNode node) {
        Bounds b = moving.get(node);
        return b != null ? b : node.bounds();
    }

    @Override
    public List<Point> route(DiagramEdge edge) {
        if (!moving.containsKey(edge.source()) && !moving.containsKey(edge.target())) {
            return edge.route();
        }
        return routes.computeIfAbsent(edge,
                e -> Routes.follow(e.route(), e.source().bounds(), bounds(e.source()), e.target().bounds(), bounds(e.target())));
    }

    @Override
    public Point labelPosition(DiagramEdge edge) {
        return moving.containsKey(edge.source()) || moving.containsKey(edge.target()) ? null : edge.labelPosition();
    }
}
