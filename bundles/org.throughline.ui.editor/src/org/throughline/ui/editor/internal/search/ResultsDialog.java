// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.search;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.provider.ItemLabelProvider;

/** A list of elements found (search hits or references); Go to, or a double-click, shows one in its editor. */
public class ResultsDialog extends Dialog {

    /** One row: the element, a detail column and the editor it is open in. */
    public record Row(EObject element, String detail, ModelEditor editor) {
    }

    private final String title;
    private final String heading;
    private List<Row> rows;
    private TableViewer table;
    private final java.util.Map<ModelEditor, ItemLabelProvider> labels = new java.util.HashMap<>();

    ResultsDialog(Shell shell, String title, String heading, List<Row> rows) {
        super(shell);
        this.title = title;
        this.heading = heading;
        this.rows = rows;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.WRAP).setText(heading);
        createSearchControls(area);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.results_element, 320, row -> label(row).getText(row.element()), row -> label(row).getImage(row.element()));
        column(Messages.results_detail, 160, Row::detail, row -> null);
        column(Messages.results_model, 200, row -> row.editor().getPartName(), row -> null);
        table.setInput(rows);
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 320).applyTo(table.getControl());
        table.addDoubleClickListener(event -> okPressed());
        return area;
    }

    /**
     * Adds controls above the list (a search bar).
     *
     * @param area the dialog area, a one-column grid
     */
    protected void createSearchControls(Composite area) {
        // a plain list of results
    }

    /** @param newRows the rows to show instead */
    protected void setRows(List<Row> newRows) {
        rows = newRows;
        if (table != null && !table.getControl().isDisposed()) {
            table.setInput(rows);
        }
    }

    /** @return the rows shown */
    List<Row> rows() {
        return rows;
    }

    private ItemLabelProvider label(Row row) {
        return labels.computeIfAbsent(row.editor(), editor -> new ItemLabelProvider(editor.adapterFactory()));
    }

    private void column(String name, int width, java.util.function.Function<Row, String> text,
            java.util.function.Function<Row, Image> image) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply((Row) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.results_goTo, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void okPressed() {
        Object chosen = table.getStructuredSelection().getFirstElement();
        if (chosen instanceof Row row) {
            row.editor().getSite().getPage().activate(row.editor());
            row.editor().select(List.of(row.element()));
        }
        super.okPressed();
    }

    @Override
    public boolean close() {
        labels.values().forEach(ItemLabelProvider::dispose);
        return super.close();
    }
}
