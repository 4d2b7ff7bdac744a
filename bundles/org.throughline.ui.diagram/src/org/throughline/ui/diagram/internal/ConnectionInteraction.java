// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.viewpoint.CreateEdgeTool;

/**
 * The canvas with a connection tool chosen. A click on a node the tool can start at starts a
 * connection; a dashed rubber band then follows the pointer, framing the node under it green where
 * the connection may end and red where not; a click on a node the tool can end at ends it (a click
 * on the background, on the source again, or Escape cancels it). Dragging from the source and
 * releasing over the target does the same in one gesture. A single click never joins a node to
 * itself. After a connection is made the tool is put down, unless Shift was held.
 */
final class ConnectionInteraction extends CanvasInteraction {

    /** How far the pointer must move with the button down for a press to be a drag, in pixels. */
    private static final int DRAG_THRESHOLD = 4;

    private final DiagramViewer viewer;
    private final CreateEdgeTool tool;
    private DiagramNode source;
    private Point pointer;
    private boolean pressed;
    private boolean dragged;
    private int pressX;
    private int pressY;

    ConnectionInteraction(DiagramViewer viewer, CreateEdgeTool tool) {
        this.viewer = viewer;
        this.tool = tool;
    }

    /** @return the node the connection under way starts at, or {@code null} when none is under way */
    DiagramNode source() {
        return source;
    }

    @Override
    void mouseDown(Point at, int x, int y, int stateMask) {
        DiagramNode node = viewer.hits().nodeAt(at);
        if (source != null) {
            end(node, stateMask);
            return;
        }
        if (node == null || !DiagramSession.canStartAt(tool, node)) {
            viewer.refuse(Messages.viewer_noSource);
            return;
        }
        source = node;
        pointer = at;
        pressed = true;
        dragged = false;
        pressX = x;
        pressY = y;
        viewer.connectionChanged();
    }

    @Override
    void mouseMove(Point at, int x, int y) {
        if (source == null) {
            return;
        }
        pointer = at;
        if (pressed && (Math.abs(x - pressX) > DRAG_THRESHOLD || Math.abs(y - pressY) > DRAG_THRESHOLD)) {
            dragged = true;
        }
        viewer.redraw();
    }

    @Override
    void mouseUp(Point at, int stateMask) {
        if (source == null || !pressed) {
            return;
        }
        pressed = false;
        DiagramNode node = viewer.hits().nodeAt(at);
        if (dragged && node != null && node != source) {
            end(node, stateMask);
        }
        // Else the press was a click on the source: the connection waits for a second click.
    }

    @Override
    boolean enter(DiagramNode selected, int stateMask) {
        if (source != null) {
            end(selected, stateMask);
        } else if (selected == null || !DiagramSession.canStartAt(tool, selected)) {
            viewer.refuse(Messages.viewer_noSource);
        } else {
            source = selected;
            pointer = selected.bounds().center();
            viewer.connectionChanged();
        }
        return true;
    }

    @Override
    void pointAt(DiagramNode node) {
        if (source != null && node.bounds() != null) {
            pointer = node.bounds().center();
            viewer.redraw();
        }
    }

    private void end(DiagramNode target, int stateMask) {
        if (target == null || target == source) {
            cancel();
            return;
        }
        if (!DiagramSession.canEndAt(tool, target)) {
            viewer.refuse(Messages.viewer_cannotConnect);
            return;
        }
        DiagramNode from = source;
        cancel();
        viewer.createEdge(tool, from, target);
        if ((stateMask & SWT.SHIFT) == 0) {
            viewer.setTool(null);
        }
    }

    @Override
    boolean cancel() {
        boolean underWay = source != null;
        source = null;
        pointer = null;
        pressed = false;
        dragged = false;
        viewer.connectionChanged();
        return underWay;
    }

    @Override
    void paintFeedback(GC gc) {
        if (source == null || pointer == null || source.bounds() == null) {
            return;
        }
        DiagramNode target = viewer.hits().nodeAt(pointer);
        boolean acceptable = target != null && target != source && DiagramSession.canEndAt(tool, target);
        viewer.overlay().paintRubberBand(gc, source, pointer, target, acceptable);
    }
}
