// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.throughline.ui.editor.api.ModelEditorPage;

/**
 * Binds the workbench's global actions to the active model editor: Undo and Redo to its command
 * stack for every page, the others (Delete, Cut, Copy, Paste, Select All, Rename) to the active
 * page.
 */
public final class ModelEditorActionBarContributor extends MultiPageEditorActionBarContributor {

    private static final String[] PAGE_ACTIONS = { ActionFactory.DELETE.getId(), ActionFactory.CUT.getId(),
        ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.RENAME.getId() };

    private ModelEditor editor;

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof ModelEditor modelEditor ? modelEditor : null;
        super.setActiveEditor(part);
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        IActionBars bars = getActionBars();
        if (bars == null) {
            return;
        }
        for (String id : PAGE_ACTIONS) {
            bars.setGlobalActionHandler(id, null);
        }
        if (editor != null && editor.actions() != null) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.actions().undo());
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.actions().redo());
        }
        if (activeEditor instanceof ModelEditorPage page) {
            page.activateGlobalActions(bars);
        }
        bars.updateActionBars();
    }
}
