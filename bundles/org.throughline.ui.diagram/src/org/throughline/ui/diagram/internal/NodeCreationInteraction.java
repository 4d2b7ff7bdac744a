// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.viewpoint.CreateNodeTool;

/**
 * The canvas with a node creation tool chosen: a click creates the tool's element where the user
 * clicked (snapped to the grid), inside the container there; then the tool is put down, unless
 * Shift was held. From the keyboard: a cross marks where the element will go (first in the middle
 * of the window), the arrows move it and Enter creates the element there.
 */
final class NodeCreationInteraction extends CanvasInteraction {

    private final DiagramViewer viewer;
    private final CreateNodeTool tool;
    private Point spot;

    NodeCreationInteraction(DiagramViewer viewer, CreateNodeTool tool) {
        this.viewer = viewer;
        this.tool = tool;
    }

    @Override
    void mouseDown(Point at, int x, int y, int stateMask) {
        create(at, stateMask);
    }

    private void create(Point at, int stateMask) {
        viewer.createNode(tool, new Point(viewer.snap(at.x()), viewer.snap(at.y())));
        if ((stateMask & SWT.SHIFT) == 0) {
            viewer.setTool(null);
        }
    }

    /** @return where Enter creates the element, in diagram coordinates */
    Point spot() {
        if (spot == null) {
            Bounds view = viewer.visibleArea();
            spot = new Point(viewer.snap(view.center().x()), viewer.snap(view.center().y()));
        }
        return spot;
    }

    @Override
    boolean enter(DiagramNode selected, int stateMask) {
        create(spot(), stateMask);
        return true;
    }

    @Override
    boolean arrow(double dx, double dy) {
        Point at = spot();
        spot = new Point(at.x() + dx, at.y() + dy);
        viewer.redraw();
        return true;
    }

    @Override
    void paintFeedback(GC gc) {
        org.eclipse.swt.graphics.Point at = viewer.toScreen(spot());
        viewer.overlay().paintSpot(gc, at.x, at.y);
    }
}
