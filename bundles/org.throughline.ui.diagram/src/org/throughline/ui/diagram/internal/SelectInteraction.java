// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.DiagramHits;
import org.throughline.diagram.edit.api.DiagramSession;

/**
 * The canvas with no creation tool chosen: a click selects (Shift or Ctrl adds or takes away), a
 * drag on the background or a lane draws a marquee that selects what lies wholly inside it, a drag
 * on a selected node moves the selection, a drag on a corner handle resizes the single selected
 * node. Moves and resizes snap to the grid and are one undoable command each, on release.
 */
final class SelectInteraction extends CanvasInteraction {

    /** The smallest width or height a resize leaves, in diagram units. */
    private static final double MIN_SIZE = 20;

    private enum Drag {
        NONE, MARQUEE, MOVE, RESIZE
    }

    private final DiagramViewer viewer;
    private Drag drag = Drag.NONE;
    private Point start;
    private Point now;
    private int corner;
    private Map<DiagramNode, Bounds> preview = Map.of();

    SelectInteraction(DiagramViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    void mouseDown(Point at, int x, int y, int stateMask) {
        start = at;
        now = at;
        DiagramSelection selection = viewer.selection();
        int handle = viewer.hits().handleAt(selection.singleNode(), x, y);
        if (handle >= 0) {
            corner = handle;
            drag = Drag.RESIZE;
            return;
        }
        boolean extend = (stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
        DiagramNode node = viewer.hits().nodeAt(at);
        DiagramEdge edge = node == null || node.kind() != NodeKind.NODE ? viewer.hits().edgeAt(at) : null;
        String key = edge != null ? edge.key() : node != null ? node.key() : null;
        if (key == null || node != null && node.kind() == NodeKind.LANE && edge == null && !extend) {
            // The background or a lane: the start of a marquee (a lane clicked is selected meanwhile).
            if (!extend) {
                selection.clear();
            }
            if (key != null) {
                selection.add(key);
            }
            drag = Drag.MARQUEE;
        } else {
            if (extend) {
                selection.toggle(key);
            } else if (!selection.contains(key)) {
                selection.clear();
                selection.add(key);
            }
            drag = edge == null ? Drag.MOVE : Drag.NONE;
        }
        viewer.redraw();
        selection.fire();
    }

    @Override
    void mouseMove(Point at, int x, int y) {
        if (drag == Drag.NONE || start == null) {
            return;
        }
        now = at;
        if (drag == Drag.MOVE) {
            preview = moved(at);
        } else if (drag == Drag.RESIZE) {
            preview = resized(at);
        }
        viewer.redraw();
    }

    private Map<DiagramNode, Bounds> moved(Point at) {
        Map<DiagramNode, Bounds> unmoved = DiagramSession.moved(viewer.selectedNodes(), 0, 0);
        if (unmoved.isEmpty()) {
            return Map.of();
        }
        // The first node moved snaps to the grid; the others keep their places relative to it.
        Bounds lead = unmoved.values().iterator().next();
        double dx = viewer.snap(lead.x() + at.x() - start.x()) - lead.x();
        double dy = viewer.snap(lead.y() + at.y() - start.y()) - lead.y();
        return DiagramSession.moved(viewer.selectedNodes(), dx, dy);
    }

    private Map<DiagramNode, Bounds> resized(Point at) {
        DiagramNode node = viewer.selection().singleNode();
        if (node == null) {
            return Map.of();
        }
        Bounds b = node.bounds();
        double left = b.x();
        double top = b.y();
        double right = b.right();
        double bottom = b.bottom();
        double x = viewer.snap(at.x());
        double y = viewer.snap(at.y());
        if (corner == 0 || corner == 2) {
            left = Math.min(x, right - MIN_SIZE);
        } else {
            right = Math.max(x, left + MIN_SIZE);
        }
        if (corner == 0 || corner == 1) {
            top = Math.min(y, bottom - MIN_SIZE);
        } else {
            bottom = Math.max(y, top + MIN_SIZE);
        }
        return Map.of(node, new Bounds(left, top, right - left, bottom - top));
    }

    @Override
    void mouseUp(Point at, int stateMask) {
        Drag finished = drag;
        drag = Drag.NONE;
        Map<DiagramNode, Bounds> changed = preview;
        preview = Map.of();
        if (finished == Drag.MOVE || finished == Drag.RESIZE) {
            boolean movedAtAll = changed.entrySet().stream().anyMatch(entry -> !entry.getValue().equals(entry.getKey().bounds()));
            if (movedAtAll && finished == Drag.MOVE) {
                viewer.session().place(new HashMap<>(changed));
            } else if (movedAtAll) {
                changed.forEach(viewer.session()::resize);
            }
        } else if (finished == Drag.MARQUEE && start != null) {
            selectInside(DiagramHits.rectangle(start, at));
        }
        start = null;
        now = null;
        viewer.redraw();
    }

    /** Adds what lies wholly inside the marquee to the selection (a mere click selects nothing more). */
    private void selectInside(Bounds area) {
        double zoom = viewer.zoom();
        if (area.width() <= 2 / zoom && area.height() <= 2 / zoom) {
            return;
        }
        DiagramSelection selection = viewer.selection();
        for (DiagramNode node : viewer.session().diagram().allNodes()) {
            if (node.bounds() != null && node.kind() != NodeKind.LANE && DiagramHits.inside(node.bounds(), area)) {
                selection.add(node.key());
            }
        }
        for (DiagramEdge edge : viewer.session().diagram().edges()) {
            if (!edge.route().isEmpty() && DiagramHits.inside(CanvasPainter.extent(edge.route()), area)) {
                selection.add(edge.key());
            }
        }
        selection.fire();
    }

    @Override
    boolean cancel() {
        boolean dragging = drag != Drag.NONE;
        drag = Drag.NONE;
        preview = Map.of();
        start = null;
        now = null;
        return dragging;
    }

    @Override
    Map<DiagramNode, Bounds> preview() {
        return preview;
    }

    @Override
    void paintFeedback(GC gc) {
        if (drag == Drag.MARQUEE && start != null && now != null) {
            viewer.overlay().paintMarquee(gc, DiagramHits.rectangle(start, now));
        }
    }
}
