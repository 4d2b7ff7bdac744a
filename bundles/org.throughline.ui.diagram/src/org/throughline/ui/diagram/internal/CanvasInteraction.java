// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;

/**
 * What the mouse does on the diagram canvas while one kind of tool is chosen: selecting, moving and
 * resizing ({@link SelectInteraction}), creating a node ({@link NodeCreationInteraction}) or
 * drawing a connection ({@link ConnectionInteraction}). The viewer hands each mouse event of the
 * left button to the interaction of the tool chosen, in diagram coordinates, and the keys that
 * stand for the mouse (Enter, the arrows, Tab) so that every gesture can be made from the keyboard.
 */
abstract class CanvasInteraction {

    /**
     * The left button went down.
     *
     * @param at        where, in diagram coordinates
     * @param x         where, in canvas pixels
     * @param y         where, in canvas pixels
     * @param stateMask the modifier keys held
     */
    void mouseDown(Point at, int x, int y, int stateMask) {
        // Nothing by default.
    }

    /**
     * The mouse moved, with or without a button down.
     *
     * @param at where, in diagram coordinates
     * @param x  where, in canvas pixels
     * @param y  where, in canvas pixels
     */
    void mouseMove(Point at, int x, int y) {
        // Nothing by default.
    }

    /**
     * The left button came up.
     *
     * @param at        where, in diagram coordinates
     * @param stateMask the modifier keys held
     */
    void mouseUp(Point at, int stateMask) {
        // Nothing by default.
    }

    /**
     * Escape was pressed.
     *
     * @return whether the interaction had something under way that it has now cancelled
     */
    boolean cancel() {
        return false;
    }

    /**
     * Enter was pressed on the canvas: the keyboard's click.
     *
     * @param selected  the single node selected, or {@code null}
     * @param stateMask the modifier keys held
     * @return whether the interaction did something with it
     */
    boolean enter(DiagramNode selected, int stateMask) {
        return false;
    }

    /**
     * An arrow key was pressed.
     *
     * @param dx horizontal step, in diagram units
     * @param dy vertical step, in diagram units
     * @return whether the interaction used it (else it moves the selection)
     */
    boolean arrow(double dx, double dy) {
        return false;
    }

    /** @param node the node selected from the keyboard (Tab), which a connection under way now points at */
    void pointAt(DiagramNode node) {
        // Nothing by default.
    }

    /** @return where the nodes being dragged are drawn meanwhile, or an empty map */
    Map<DiagramNode, Bounds> preview() {
        return Map.of();
    }

    /** Paints over the diagram what the interaction has under way (marquee, rubber band). */
    void paintFeedback(GC gc) {
        // Nothing by default.
    }
}
