// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A small form of labelled text fields (a folder field has Browse...), for Clone and Share. */
final class FieldsDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final List<String[]> fields = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    FieldsDialog(Shell shell, String title, String message) {
        super(shell);
        this.title = title;
        this.message = message;
    }

    /** Adds a field: its label, its first value, and whether it holds a folder. */
    FieldsDialog field(String label, String value, boolean folder) {
        fields.add(new String[] { label, value, folder ? "folder" : "" }); //$NON-NLS-1$ //$NON-NLS-2$
        return this;
    }

    /** @return the value typed in a field, after OK */
    String value(int index) {
        return values.get(index).trim();
    }

    @Override
    protected void configureShell(Shell newShell) {
        super.configureShell(newShell);
        newShell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String[] field : fields) {
            new Label(form, SWT.NONE).setText(field[0]);
            Text text = new Text(form, SWT.BORDER);
            text.setText(field[1] == null ? "" : field[1]); //$NON-NLS-1$
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 420;
            text.setLayoutData(data);
            if (field[2].isEmpty()) {
                data.horizontalSpan = 2;
            } else {
                Button browse = new Button(form, SWT.PUSH);
                browse.setText(Messages.dialog_browse);
                browse.addListener(SWT.Selection, event -> {
                    DirectoryDialog directory = new DirectoryDialog(getShell());
                    directory.setFilterPath(text.getText());
                    String chosen = directory.open();
                    if (chosen != null) {
                        text.setText(chosen);
                    }
                });
            }
            texts.add(text);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        for (Text text : texts) {
            values.add(text.getText());
        }
        super.okPressed();
    }
}
