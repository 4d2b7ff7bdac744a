// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;
import org.throughline.ui.editor.internal.Messages;

/**
 * The form of a model element in the Properties view: one row per property its item provider
 * offers, in the metamodel's order, each with the widget its kind wants — a line of text, several
 * lines for descriptions and evidence, a choice with its meaning in words for an enumeration, a
 * check box, a picker with search for a reference, a list with a chooser for several. Every change
 * is one named command on the editor's stack, so the Edit menu undoes it.
 */
public final class FormSection extends AbstractPropertySection {

    /** Text attributes written as paragraphs rather than a line. */
    private static final Set<String> PARAGRAPHS = Set.of("description", "evidence", "rationale", "note", "notes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "assumptions", "assumption", "summary", "comment", "mitigation", "reason", "scope", "statement"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final int PARAGRAPH_LINES = 4;

    private Composite body;
    private TabbedPropertySheetPage page;
    private EObject element;
    private EClass shape;
    private ItemPropertySource source;
    private AdapterFactoryEditingDomain domain;
    private final List<Field> fields = new ArrayList<>();

    /** One row of the form. */
    interface Field {
        /** Shows the element's current value (a field being typed in keeps its text). */
        void read();
    }

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
        super.createControls(parent, tabbedPage);
        this.page = tabbedPage;
        body = getWidgetFactory().createComposite(parent);
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 10;
        layout.verticalSpacing = 4;
        layout.marginWidth = 8;
        body.setLayout(layout);
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        IEditingDomainProvider provider = part == null ? null : part.getAdapter(IEditingDomainProvider.class);
        if (!(first instanceof EObject object) || provider == null
                || !(provider.getEditingDomain() instanceof AdapterFactoryEditingDomain editingDomain)) {
            return;
        }
        Object itemSource = editingDomain.getAdapterFactory().adapt(object, IItemPropertySource.class);
        if (!(itemSource instanceof IItemPropertySource items)) {
            return;
        }
        element = object;
        domain = editingDomain;
        source = new ItemPropertySource(object, items, editingDomain);
        if (object.eClass() != shape) {
            shape = object.eClass();
            build(items);
        }
    }

    @Override
    public void refresh() {
        if (element != null) {
            fields.forEach(Field::read);
        }
    }

    /** @return the form's body (for tests) */
    public Composite body() {
        return body;
    }

    /** Makes the rows for the element's kind: done again only when a different kind is shown. */
    private void build(IItemPropertySource items) {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        fields.clear();
        for (IItemPropertyDescriptor descriptor : items.getPropertyDescriptors(element)) {
            if (!(descriptor.getFeature(element) instanceof EStructuralFeature feature) || "id".equals(feature.getName()) //$NON-NLS-1$
                    || feature.isDerived() || feature instanceof EAttribute a && a.isMany()
                    || feature instanceof EReference r && r.isContainment()) {
                continue;
            }
            Label label = getWidgetFactory().createLabel(body, descriptor.getDisplayName(element) + ':');
            label.setToolTipText(descriptor.getDescription(element));
            boolean paragraph = feature instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class
                    && PARAGRAPHS.contains(feature.getName());
            label.setLayoutData(new GridData(SWT.FILL, paragraph ? SWT.TOP : SWT.CENTER, false, false));
            fields.add(field(descriptor, feature, paragraph));
        }
        body.layout(true, true);
        if (page != null) {
            page.resizeScrolledComposite();
        }
    }

    private Field field(IItemPropertyDescriptor descriptor, EStructuralFeature feature, boolean paragraph) {
        boolean editable = descriptor.canSetProperty(element);
        Object id = descriptor.getId(element);
        if (feature instanceof EReference reference) {
            return reference.isMany() ? new ManyReferenceField(descriptor, id, editable) : new ReferenceField(descriptor, id, editable);
        }
        EAttribute attribute = (EAttribute) feature;
        if (attribute.getEAttributeType() instanceof EEnum type) {
            return new ChoiceField(attribute, type, id, editable);
        }
        Class<?> instance = attribute.getEAttributeType().getInstanceClass();
        if (instance == Boolean.class || instance == boolean.class) {
            return new CheckField(attribute, id, editable);
        }
        return new TextField(attribute, id, editable, paragraph);
    }

    private TabbedPropertySheetWidgetFactory factory() {
        return getWidgetFactory();
    }

    private void commit(Object id, Object value) {
        if (source != null) {
            source.setPropertyValue(id, value);
        }
    }

    /** A note under a field (a meaning, or why a value was refused), spanning the value column. */
    private Label note() {
        factory().createLabel(body, ""); //$NON-NLS-1$
        Label note = factory().createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        note.setLayoutData(data);
        note.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        return note;
    }

    /** A line or paragraph of text, a number or a date: checked, then set on Enter or on leaving it. */
    private final class TextField implements Field {
        private final EAttribute attribute;
        private final Text text;
        private final Label problem;
        private boolean typed;

        TextField(EAttribute attribute, Object id, boolean editable, boolean paragraph) {
            this.attribute = attribute;
            int style = paragraph ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
            text = factory().createText(body, "", style | (editable ? 0 : SWT.READ_ONLY)); //$NON-NLS-1$
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 200;
            if (paragraph) {
                data.heightHint = text.getLineHeight() * PARAGRAPH_LINES;
            }
            text.setLayoutData(data);
            text.setData("feature", attribute.getName()); //$NON-NLS-1$
            problem = attribute.getEAttributeType().getInstanceClass() == String.class ? null : note();
            text.addModifyListener(e -> typed = true);
            text.addListener(SWT.FocusOut, e -> set(id));
            if (!paragraph) {
                text.addListener(SWT.DefaultSelection, e -> set(id));
            }
            typed = false;
        }

        private void set(Object id) {
            if (!typed || text.isDisposed()) {
                return;
            }
            String why = TextValueCellEditor.problem(attribute, text.getText());
            if (problem != null) {
                problem.setText(why == null ? "" : why); //$NON-NLS-1$
                body.layout(true, true);
            }
            if (why == null) {
                typed = false;
                commit(id, TextValueCellEditor.convert(attribute, text.getText()));
            }
        }

        @Override
        public void read() {
            if (text.isDisposed() || typed && text.isFocusControl()) {
                return;
            }
            String value = ValueText.ofAttribute(attribute, element.eGet(attribute));
            if (!value.equals(text.getText())) {
                text.setText(value);
            }
            typed = false;
            if (problem != null) {
                problem.setText(""); //$NON-NLS-1$
            }
        }
    }

    /** An enumeration: its values in words, the chosen one's meaning underneath. */
    private final class ChoiceField implements Field {
        private final EAttribute attribute;
        private final EEnum type;
        private final Combo combo;
        private final Label meaning;
        private final List<Enumerator> values = new ArrayList<>();

        ChoiceField(EAttribute attribute, EEnum type, Object id, boolean editable) {
            this.attribute = attribute;
            this.type = type;
            combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            factory().adapt(combo);
            combo.setData("feature", attribute.getName()); //$NON-NLS-1$
            type.getELiterals().forEach(literal -> values.add(literal.getInstance()));
            for (Enumerator value : values) {
                combo.add(value == null ? "" : Meanings.words(value)); //$NON-NLS-1$
            }
            combo.setEnabled(editable);
            combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            meaning = note();
            combo.addListener(SWT.Selection, e -> {
                int index = combo.getSelectionIndex();
                if (index >= 0) {
                    commit(id, values.get(index));
                }
            });
        }

        @Override
        public void read() {
            Object value = element.eGet(attribute);
            int index = values.indexOf(value);
            if (index >= 0) {
                combo.select(index);
            } else {
                combo.deselectAll();
            }
            meaning.setText(Meanings.of(type, value instanceof Enumerator e ? e : null).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
            body.layout(true, true);
        }
    }

    /** A yes-or-no property. */
    private final class CheckField implements Field {
        private final EAttribute attribute;
        private final Button box;

        CheckField(EAttribute attribute, Object id, boolean editable) {
            this.attribute = attribute;
            box = factory().createButton(body, "", SWT.CHECK); //$NON-NLS-1$
            box.setData("feature", attribute.getName()); //$NON-NLS-1$
            box.setEnabled(editable);
            box.addListener(SWT.Selection, e -> commit(id, Boolean.valueOf(box.getSelection())));
        }

        @Override
        public void read() {
            box.setSelection(Boolean.TRUE.equals(element.eGet(attribute)));
        }
    }

    /** One element: picked from a list, or typed with matching names proposed as one types. */
    private final class ReferenceField implements Field {
        private final IItemPropertyDescriptor descriptor;
        private final ReferencePicker picker;

        ReferenceField(IItemPropertyDescriptor descriptor, Object id, boolean editable) {
            this.descriptor = descriptor;
            EReference reference = (EReference) descriptor.getFeature(element);
            picker = new ReferencePicker(body, domain.getAdapterFactory(), !reference.isRequired(), value -> commit(id,
                    value == null ? ReferenceChooserDialog.NONE : value));
            factory().adapt(picker.combo());
            picker.combo().setData("feature", reference.getName()); //$NON-NLS-1$
            picker.combo().setEnabled(editable);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 200;
            picker.combo().setLayoutData(data);
            picker.setProblemLabel(note());
        }

        @Override
        public void read() {
            Collection<?> choices = descriptor.getChoiceOfValues(element);
            picker.show(choices == null ? List.of() : choices, element.eGet((EStructuralFeature) descriptor.getFeature(element)));
        }
    }

    /** Several elements: listed, chosen in a dialog. */
    private final class ManyReferenceField implements Field {
        private final IItemPropertyDescriptor descriptor;
        private final Label values;

        ManyReferenceField(IItemPropertyDescriptor descriptor, Object id, boolean editable) {
            this.descriptor = descriptor;
            Composite row = factory().createComposite(body);
            GridLayout layout = new GridLayout(2, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            row.setLayout(layout);
            row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            values = factory().createLabel(row, "", SWT.WRAP); //$NON-NLS-1$
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 160;
            values.setLayoutData(data);
            Button choose = factory().createButton(row, Messages.form_choose, SWT.PUSH);
            choose.setEnabled(editable);
            choose.setData("feature", ((EReference) descriptor.getFeature(element)).getName()); //$NON-NLS-1$
            choose.addListener(SWT.Selection, e -> {
                Collection<?> choices = descriptor.getChoiceOfValues(element);
                Object current = element.eGet((EStructuralFeature) descriptor.getFeature(element));
                List<Object> chosen = new ArrayList<>(current instanceof Collection<?> c ? c : List.of());
                ReferenceChooserDialog dialog = new ReferenceChooserDialog(body.getShell(), domain.getAdapterFactory(),
                        descriptor.getDisplayName(element), choices == null ? List.of() : choices, chosen, true);
                if (dialog.open() == Window.OK) {
                    commit(id, dialog.chosen());
                }
            });
        }

        @Override
        public void read() {
            Object current = element.eGet((EStructuralFeature) descriptor.getFeature(element));
            String text = ValueText.of(domain.getAdapterFactory(), current);
            values.setText(text.isEmpty() ? Messages.form_none : text.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
