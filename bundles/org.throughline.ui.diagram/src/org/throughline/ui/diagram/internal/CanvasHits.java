// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.function.Supplier;

import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.DiagramHits;

/**
 * What the mouse is over on the canvas: nodes and edges (through the headless
 * {@link DiagramHits}, with a tolerance of a few pixels at any zoom for thin lines) and the resize
 * handles of a selected node.
 */
final class CanvasHits {

    /** How far from a line a click still hits it, in pixels. */
    private static final double LINE_TOLERANCE = 4;

    private final Supplier<Diagram> diagram;
    private final Viewport viewport;

    CanvasHits(Supplier<Diagram> diagram, Viewport viewport) {
        this.diagram = diagram;
        this.viewport = viewport;
    }

    /** @return the topmost plain node at a diagram point, else the innermost container or lane, else {@code null} */
    DiagramNode nodeAt(Point p) {
        return DiagramHits.nodeAt(diagram.get(), p);
    }

    /** @return the edge passing within a few pixels of a diagram point, or {@code null} */
    DiagramEdge edgeAt(Point p) {
        return DiagramHits.edgeAt(diagram.get(), p, LINE_TOLERANCE / viewport.zoom());
    }

    /**
     * @param node the single selected node, or {@code null}
     * @param x    canvas x
     * @param y    canvas y
     * @return which of its corner handles (0-3: top left, top right, bottom left, bottom right) is there, or -1
     */
    int handleAt(DiagramNode node, int x, int y) {
        if (node == null || node.kind() == NodeKind.LANE || node.bounds() == null) {
            return -1;
        }
        int[][] corners = OverlayPainter.corners(viewport.toScreen(node.bounds()));
        for (int i = 0; i < corners.length; i++) {
            if (Math.abs(corners[i][0] - x) <= OverlayPainter.HANDLE && Math.abs(corners[i][1] - y) <= OverlayPainter.HANDLE) {
                return i;
            }
        }
        return -1;
    }
}
