// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.throughline.ui.editor.internal.Messages;

/** Adds, edits and removes the user properties (key/value pairs) of an element. */
final class UserPropertiesDialog extends TitleAreaDialog {

    /** A row while it is edited. */
    private static final class Row {
        private String key;
        private String value;

        Row(String key, String value) {
            this.key = key == null ? "" : key; //$NON-NLS-1$
            this.value = value == null ? "" : value; //$NON-NLS-1$
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private TableViewer table;

    UserPropertiesDialog(Shell shell, List<UserPropertiesDescriptor.Entry> entries) {
        super(shell);
        entries.forEach(e -> rows.add(new Row(e.key(), e.value())));
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.userProperties_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.userProperties_title);
        setMessage(Messages.userProperties_message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.userProperties_key, true);
        column(Messages.userProperties_value, false);
        table.setInput(rows);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 220).applyTo(table.getControl());
        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.userProperties_add);
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, event -> {
            Row row = new Row(Messages.userProperties_newKey, ""); //$NON-NLS-1$
            rows.add(row);
            table.refresh();
            table.editElement(row, 0);
            validate();
        });
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(Messages.userProperties_remove);
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.addListener(SWT.Selection, event -> {
            rows.removeAll(table.getStructuredSelection().toList());
            table.refresh();
            validate();
        });
        return area;
    }

    private void column(String title, boolean key) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(key ? 160 : 260);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Row row = (Row) element;
                return key ? row.key : row.value;
            }
        });
        column.setEditingSupport(new EditingSupport(table) {
            private final TextCellEditor editor = new TextCellEditor(table.getTable());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Row row = (Row) element;
                return key ? row.key : row.value;
            }

            @Override
            protected void setValue(Object element, Object value) {
                Row row = (Row) element;
                if (key) {
                    row.key = value.toString().strip();
                } else {
                    row.value = value.toString();
                }
                table.update(element, null);
                validate();
            }
        });
    }

    private void validate() {
        Set<String> keys = new HashSet<>();
        String problem = null;
        for (Row row : rows) {
            if (row.key.isEmpty()) {
                problem = Messages.userProperties_emptyKey;
            } else if (!keys.add(row.key)) {
                problem = Messages.bind(Messages.userProperties_duplicateKey, row.key);
            }
        }
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** @return the user properties as edited */
    List<UserPropertiesDescriptor.Entry> entries() {
        return rows.stream().map(r -> new UserPropertiesDescriptor.Entry(r.key, r.value.isEmpty() ? null : r.value)).toList();
    }

    @Override
    protected void okPressed() {
        // The entries are read after the dialog closes: keep them, though the table is gone.
        List<UserPropertiesDescriptor.Entry> result = entries();
        rows.clear();
        result.forEach(e -> rows.add(new Row(e.key(), e.value())));
        super.okPressed();
    }
}
