// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Rectangle;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;

/**
 * Paints what the canvas shows beside the diagram itself (which {@link CanvasPainter} draws): the
 * grid beneath it, and over it the selection with its resize handles, the marquee being dragged
 * and the rubber band of a connection being drawn.
 */
final class OverlayPainter {

    /** The size of a resize handle, in pixels. */
    static final int HANDLE = 7;
    private static final String SELECTION = "#1a73e8"; //$NON-NLS-1$

    private final CanvasPainter painter;
    private final Viewport viewport;

    OverlayPainter(CanvasPainter painter, Viewport viewport) {
        this.painter = painter;
        this.viewport = viewport;
    }

    /** Paints the grid lines in the clip, never closer than 8 pixels. */
    void paintGrid(GC gc, Rectangle clip, int gridSize) {
        double step = gridSize * viewport.zoom();
        while (step < 8) {
            step *= 2;
        }
        gc.setForeground(painter.colour("#e8ecef")); //$NON-NLS-1$
        gc.setLineAttributes(new LineAttributes(1));
        double ox = viewport.offsetX();
        double oy = viewport.offsetY();
        double first = ox + Math.ceil((clip.x - ox) / step) * step;
        for (double x = first; x < clip.x + clip.width; x += step) {
            gc.drawLine((int) x, clip.y, (int) x, clip.y + clip.height);
        }
        first = oy + Math.ceil((clip.y - oy) / step) * step;
        for (double y = first; y < clip.y + clip.height; y += step) {
            gc.drawLine(clip.x, (int) y, clip.x + clip.width, (int) y);
        }
    }

    /** Frames the selected nodes (with corner handles, lanes without) and highlights the selected edges. */
    void paintSelection(GC gc, Diagram diagram, CanvasPainter.Geometry geometry, Set<String> selection) {
        if (selection.isEmpty()) {
            return;
        }
        gc.setForeground(painter.colour(SELECTION));
        gc.setBackground(painter.colour(SELECTION));
        LineAttributes line = new LineAttributes(2);
        for (DiagramNode node : diagram.allNodes()) {
            Bounds b = geometry.bounds(node);
            if (b != null && selection.contains(node.key())) {
                gc.setLineAttributes(line);
                Rectangle r = viewport.toScreen(b);
                gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
                if (node.kind() != NodeKind.LANE) {
                    for (int[] corner : corners(r)) {
                        gc.fillRectangle(corner[0] - HANDLE / 2, corner[1] - HANDLE / 2, HANDLE, HANDLE);
                    }
                }
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            if (selection.contains(edge.key())) {
                gc.setLineAttributes(new LineAttributes((float) Math.max(3, edge.style().borderWidth() * viewport.zoom() + 3)));
                gc.setAlpha(110);
                gc.drawPolyline(screenPoints(geometry.route(edge)));
                gc.setAlpha(255);
            }
        }
    }

    private int[] screenPoints(List<Point> route) {
        int[] points = new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            org.eclipse.swt.graphics.Point p = viewport.toScreen(route.get(i));
            points[2 * i] = p.x;
            points[2 * i + 1] = p.y;
        }
        return points;
    }

    /** @return the centres of the four resize handles around a node's rectangle on the canvas */
    static int[][] corners(Rectangle r) {
        return new int[][] { { r.x - 3, r.y - 3 }, { r.x + r.width + 3, r.y - 3 }, { r.x - 3, r.y + r.height + 3 },
            { r.x + r.width + 3, r.y + r.height + 3 } };
    }

    /** Paints the translucent rectangle of a marquee selection. */
    void paintMarquee(GC gc, Bounds area) {
        Rectangle r = viewport.toScreen(area);
        gc.setBackground(painter.colour(SELECTION));
        gc.setAlpha(40);
        gc.fillRectangle(r);
        gc.setAlpha(255);
        gc.setForeground(painter.colour(SELECTION));
        gc.setLineAttributes(new LineAttributes(1));
        gc.drawRectangle(r);
    }

    /**
     * Paints the dashed line of a connection being drawn, from its source to the pointer, and
     * frames the node under the pointer green when the connection may end there, red when not.
     *
     * @param source    where the connection starts
     * @param pointer   where the pointer is, in diagram coordinates
     * @param target    the node under the pointer, or {@code null}
     * @param acceptable whether the connection may end at that node
     */
    /** Paints the cross that marks where Enter creates a node, at a canvas point. */
    void paintSpot(GC gc, int x, int y) {
        gc.setLineAttributes(new LineAttributes(2));
        gc.setForeground(painter.colour(SELECTION));
        gc.drawLine(x - 12, y, x + 12, y);
        gc.drawLine(x, y - 12, x, y + 12);
        gc.drawOval(x - 6, y - 6, 12, 12);
    }

    void paintRubberBand(GC gc, DiagramNode source, Point pointer, DiagramNode target, boolean acceptable) {
        org.eclipse.swt.graphics.Point from = viewport.toScreen(source.bounds().center());
        org.eclipse.swt.graphics.Point to = viewport.toScreen(pointer);
        LineAttributes dashed = new LineAttributes(2);
        dashed.style = SWT.LINE_DASH;
        gc.setLineAttributes(dashed);
        gc.setForeground(painter.colour(SELECTION));
        gc.drawLine(from.x, from.y, to.x, to.y);
        // Containers and lanes the tool does not join are not framed: they would frame half the diagram in red.
        if (target != null && target != source && (acceptable || target.kind() == NodeKind.NODE)) {
            gc.setForeground(painter.colour(acceptable ? "#1e8449" : "#c0392b")); //$NON-NLS-1$ //$NON-NLS-2$
            gc.setLineAttributes(new LineAttributes(2));
            Rectangle r = viewport.toScreen(target.bounds());
            gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
        }
    }
}
