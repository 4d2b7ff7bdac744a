// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A reference: the current target(s) as text, and a chooser dialog of the elements it may point to. */
final class ReferenceCellEditor extends DialogCellEditor {

    private final AdapterFactory adapterFactory;
    private final Collection<?> choices;
    private final boolean many;
    private final String title;

    ReferenceCellEditor(Composite parent, AdapterFactory adapterFactory, Collection<?> choices, boolean many, String title) {
        super(parent);
        this.adapterFactory = adapterFactory;
        this.choices = choices;
        this.many = many;
        this.title = title;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        List<Object> current = new ArrayList<>();
        Object value = getValue();
        if (value instanceof Collection<?> values) {
            current.addAll(values);
        } else if (value != null) {
            current.add(value);
        }
        ReferenceChooserDialog dialog = new ReferenceChooserDialog(cellEditorWindow.getShell(), adapterFactory, title,
                choices, current, many);
        if (dialog.open() != Window.OK) {
            return null;
        }
        List<Object> chosen = dialog.chosen();
        if (many) {
            return chosen;
        }
        // A single reference cleared in the dialog is unset.
        return chosen.isEmpty() ? ReferenceChooserDialog.NONE : chosen.get(0);
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            getDefaultLabel().setText(value == ReferenceChooserDialog.NONE ? "" : ValueText.of(adapterFactory, value)); //$NON-NLS-1$
        }
    }
}
