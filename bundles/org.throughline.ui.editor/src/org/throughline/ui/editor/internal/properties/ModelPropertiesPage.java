// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.throughline.ui.editor.internal.ModelEditor;

/**
 * The Properties view's page for a model editor: tabs of forms for the selected element (its own
 * form, a Trajectory for an indicator, All properties), contributed to
 * {@value #CONTRIBUTOR_ID}; refreshed after every command, with the editor's Undo and Redo.
 */
public final class ModelPropertiesPage extends TabbedPropertySheetPage {

    /** The contributor id under which tabs and sections are contributed. */
    public static final String CONTRIBUTOR_ID = "org.throughline.ui.editor.properties"; //$NON-NLS-1$

    private final ModelEditor editor;
    private final CommandStackListener refresher = this::commandStackChanged;

    /** @param editor the model editor */
    public ModelPropertiesPage(ModelEditor editor) {
        super(editor);
        this.editor = editor;
        editor.editingDomain().getCommandStack().addCommandStackListener(refresher);
    }

    private void commandStackChanged(EventObject event) {
        Control control = getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed() && getCurrentTab() != null) {
                refresh();
            }
        });
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.actions().undo());
        actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.actions().redo());
    }

    @Override
    public void dispose() {
        editor.editingDomain().getCommandStack().removeCommandStackListener(refresher);
        super.dispose();
    }
}
