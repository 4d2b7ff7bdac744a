// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.throughline.team.api.ModelRepository.FileChange;

/** Team > Commit: the changed files (model files ticked), and a message saying what changed. */
final class CommitDialog extends TitleAreaDialog {

    private final List<FileChange> changes;
    private final boolean merging;
    private CheckboxTableViewer files;
    private Text messageText;
    private String message;
    private final List<String> chosen = new ArrayList<>();

    CommitDialog(Shell shell, List<FileChange> changes, boolean merging) {
        super(shell);
        this.changes = changes;
        this.merging = merging;
    }

    /** @return the message typed, after OK */
    String message() {
        return message;
    }

    /** @return the files ticked, after OK */
    List<String> files() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell newShell) {
        super.configureShell(newShell);
        newShell.setText(Messages.commit_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.commit_title);
        setMessage(merging ? Messages.commit_mergeMessage : Messages.commit_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(1, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText(Messages.commit_files);
        files = CheckboxTableViewer.newCheckList(form, SWT.BORDER);
        files.setContentProvider(ArrayContentProvider.getInstance());
        files.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                FileChange change = (FileChange) element;
                return Messages.bind(Messages.commit_file, change.path(), state(change.state()));
            }
        });
        files.setInput(changes);
        for (FileChange change : changes) {
            files.setChecked(change, merging || change.path().endsWith(".throughline") || change.state() != FileChange.State.ADDED); //$NON-NLS-1$
        }
        GridData filesData = new GridData(SWT.FILL, SWT.FILL, true, true);
        filesData.heightHint = 160;
        filesData.widthHint = 520;
        files.getTable().setLayoutData(filesData);
        new Label(form, SWT.NONE).setText(Messages.commit_messageLabel);
        messageText = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, false);
        textData.heightHint = 70;
        messageText.setLayoutData(textData);
        if (merging) {
            messageText.setText(Messages.commit_mergeDefault);
        }
        return area;
    }

    static String state(FileChange.State state) {
        return switch (state) {
        case ADDED -> Messages.commit_added;
        case MODIFIED -> Messages.commit_modified;
        case DELETED -> Messages.commit_deleted;
        case CONFLICTING -> Messages.commit_conflicting;
        };
    }

    @Override
    protected void okPressed() {
        message = messageText.getText().trim();
        if (message.isEmpty()) {
            setErrorMessage(Messages.commit_needMessage);
            return;
        }
        for (Object checked : files.getCheckedElements()) {
            chosen.add(((FileChange) checked).path());
        }
        if (chosen.isEmpty() && !merging) {
            setErrorMessage(Messages.commit_needFiles);
            return;
        }
        super.okPressed();
    }
}
