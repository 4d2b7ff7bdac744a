// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import org.eclipse.swt.SWT;
import org.throughline.diagram.api.Point;
import org.throughline.viewpoint.CreateNodeTool;

/**
 * The canvas with a node creation tool chosen: a click creates the tool's element where the user
 * clicked (snapped to the grid), inside the container there; then the tool is put down, unless
 * Shift was held.
 */
final class NodeCreationInteraction extends CanvasInteraction {

    private final DiagramViewer viewer;
    private final CreateNodeTool tool;

    NodeCreationInteraction(DiagramViewer viewer, CreateNodeTool tool) {
        this.viewer = viewer;
        this.tool = tool;
    }

    @Override
    void mouseDown(Point at, int x, int y, int stateMask) {
        viewer.createNode(tool, new Point(viewer.snap(at.x()), viewer.snap(at.y())));
        if ((stateMask & SWT.SHIFT) == 0) {
            viewer.setTool(null);
        }
    }
}
