// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.ModelEditor;

/** Edit > Find Elements: elements of every open model by name, type or property value, as you type. */
public final class FindElementsDialog extends ResultsDialog {

    private final List<ModelEditor> editors;
    private final List<EClass> types = new ArrayList<>();
    private Text query;
    private Combo type;
    private Button properties;
    private Label count;

    /**
     * @param shell   the parent shell
     * @param editors the open model editors, searched
     */
    public FindElementsDialog(Shell shell, List<ModelEditor> editors) {
        super(shell, Messages.find_title, Messages.find_heading, List.of());
        this.editors = editors;
        for (EClassifier classifier : ThroughlinePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && ThroughlinePackage.Literals.ELEMENT.isSuperTypeOf(eClass)) {
                types.add(eClass);
            }
        }
        types.sort((a, b) -> a.getName().compareTo(b.getName()));
    }

    @Override
    protected void createSearchControls(Composite area) {
        Composite bar = new Composite(area, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        query = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(Messages.find_query);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        type = new Combo(bar, SWT.READ_ONLY);
        type.add(Messages.find_anyType);
        types.forEach(t -> type.add(t.getName()));
        type.select(0);
        properties = new Button(bar, SWT.CHECK);
        properties.setText(Messages.find_properties);
        properties.setSelection(true);
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        query.addModifyListener(event -> search());
        type.addListener(SWT.Selection, event -> search());
        properties.addListener(SWT.Selection, event -> search());
        query.setFocus();
    }

    /**
     * Searches the open models (called as the user types; public for tests).
     *
     * @param text    what to look for
     * @param eClass  the type, or {@code null}
     * @param inValues whether property values count
     * @return the rows found
     */
    public static List<Row> search(List<ModelEditor> editors, String text, EClass eClass, boolean inValues) {
        List<Row> found = new ArrayList<>();
        for (ModelEditor editor : editors) {
            for (ElementSearch.Hit hit : ElementSearch.find(editor.model(), text, eClass, inValues)) {
                found.add(new Row(hit.element(), hit.why(), editor));
            }
        }
        return found;
    }

    private void search() {
        String text = query.getText();
        EClass eClass = type.getSelectionIndex() <= 0 ? null : types.get(type.getSelectionIndex() - 1);
        if (text.isBlank() && eClass == null) {
            setRows(List.of());
            count.setText(""); //$NON-NLS-1$
            return;
        }
        List<Row> found = search(editors, text, eClass, properties.getSelection());
        setRows(found);
        count.setText(NLS.bind(Messages.find_count, found.size(), editors.size()));
    }
}
