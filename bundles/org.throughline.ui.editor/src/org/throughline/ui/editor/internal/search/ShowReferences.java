// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.search;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.ModelEditor;

/** Show References: the elements that refer to one element, to go to any of them. */
public final class ShowReferences {

    private ShowReferences() {
    }

    /**
     * @param editor  the editor of the element
     * @param element the element
     * @return the rows: each referrer and the reference's name
     */
    public static List<ResultsDialog.Row> rows(ModelEditor editor, EObject element) {
        return ElementSearch.referencesTo(element).stream()
                .map(r -> new ResultsDialog.Row(r.referrer(), r.feature().getName(), editor)).toList();
    }

    /**
     * Opens the list of references.
     *
     * @param shell   the parent shell
     * @param editor  the editor of the element
     * @param element the element
     */
    public static void open(Shell shell, ModelEditor editor, EObject element) {
        List<ResultsDialog.Row> rows = rows(editor, element);
        org.throughline.ui.editor.internal.provider.ItemLabelProvider labels =
                new org.throughline.ui.editor.internal.provider.ItemLabelProvider(editor.adapterFactory());
        String label = labels.getText(element);
        labels.dispose();
        String heading = rows.isEmpty() ? NLS.bind(Messages.references_none, label)
                : NLS.bind(Messages.references_heading, rows.size(), label);
        new ResultsDialog(shell, Messages.references_title, heading, rows).open();
    }
}
