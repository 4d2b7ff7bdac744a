// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.provider.ItemLabelProvider;

/** Chooses the target(s) of a reference among the elements it may point to, with a filter by name. */
public final class ReferenceChooserDialog extends Dialog {

    /** The value of a single reference cleared in the dialog. */
    static final Object NONE = new Object();

    private static final int CLEAR_ID = IDialogConstants.CLIENT_ID + 1;

    private final AdapterFactory adapterFactory;
    private final String title;
    private final List<Object> choices;
    private final boolean many;
    private final List<Object> chosen;
    private ItemLabelProvider labels;
    private TableViewer table;

    /**
     * @param shell          the parent shell
     * @param adapterFactory labels and icons
     * @param title          what is chosen (the reference's name)
     * @param choices        the elements that may be chosen
     * @param current        the current targets
     * @param many           whether several may be chosen
     */
    public ReferenceChooserDialog(Shell shell, AdapterFactory adapterFactory, String title, Collection<?> choices,
            List<Object> current, boolean many) {
        super(shell);
        this.adapterFactory = adapterFactory;
        this.title = title;
        this.choices = new ArrayList<>(choices.stream().filter(Objects::nonNull).toList());
        this.many = many;
        this.chosen = new ArrayList<>(current);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.bind(Messages.chooser_title, title));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.NONE).setText(many ? Messages.chooser_many : Messages.chooser_one);
        Text filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.chooser_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        labels = new ItemLabelProvider(adapterFactory);
        int style = SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION;
        table = many ? CheckboxTableViewer.newCheckList(area, style) : new TableViewer(area, style | SWT.SINGLE);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setLabelProvider(labels);
        table.setInput(choices);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 320).applyTo(table.getControl());
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String text = filter.getText().strip().toLowerCase(Locale.ROOT);
                return text.isEmpty() || labels.getText(element).toLowerCase(Locale.ROOT).contains(text);
            }
        });
        filter.addModifyListener(event -> table.refresh());
        if (table instanceof CheckboxTableViewer checks) {
            checks.setCheckedElements(chosen.toArray());
            checks.addCheckStateListener(event -> {
                if (event.getChecked()) {
                    chosen.add(event.getElement());
                } else {
                    chosen.remove(event.getElement());
                }
            });
        } else {
            if (!chosen.isEmpty()) {
                table.setSelection(new StructuredSelection(chosen.get(0)), true);
            }
            table.addSelectionChangedListener(event -> {
                chosen.clear();
                chosen.addAll(table.getStructuredSelection().toList());
            });
            table.addDoubleClickListener(event -> okPressed());
        }
        filter.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, CLEAR_ID, Messages.chooser_clear, false);
        super.createButtonsForButtonBar(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == CLEAR_ID) {
            chosen.clear();
            okPressed();
            return;
        }
        super.buttonPressed(buttonId);
    }

    /** @return the chosen targets, in the order chosen */
    public List<Object> chosen() {
        return List.copyOf(chosen);
    }

    @Override
    public boolean close() {
        if (labels != null) {
            labels.dispose();
        }
        return super.close();
    }
}
