// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.api;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IActionBars;

/**
 * Optional interface of a page added to a model editor with
 * {@link ModelEditorContext#addPage(String, org.eclipse.ui.IEditorPart)}.
 * <p>
 * Undo, Redo and Save are always the editor's (one command stack). The other global actions
 * (Delete, Cut, Copy, Paste, Select All, Rename) belong to the active page: when a page becomes
 * active the editor clears them and calls {@link #activateGlobalActions(IActionBars)}.
 *
 * @since 0.1
 */
public interface ModelEditorPage {

    /**
     * The page became the active page: set its global action handlers on the editor's action
     * bars (they were cleared) with {@link IActionBars#setGlobalActionHandler}; the editor
     * calls {@link IActionBars#updateActionBars()} afterwards.
     *
     * @param actionBars the editor's action bars
     */
    default void activateGlobalActions(IActionBars actionBars) {
        // no actions of its own
    }

    /**
     * Shows elements of the model in this page, if it can (for example, selects their nodes).
     *
     * @param elements model elements
     * @return whether the page showed at least one of them; when not, the editor shows them in
     *         the model tree
     */
    default boolean reveal(Collection<? extends EObject> elements) {
        return false;
    }

    /**
     * Shows the whole of what the page holds, as far as it can (a diagram: zoomed to fit its
     * window, now or as soon as the window has its size). The model editor asks it when a model is
     * first opened for a new user on a chosen page.
     *
     * @since 0.2
     */
    default void showWhole() {
        // a page that always shows all it holds
    }
}
