// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a user name and password (or access token) when a remote over HTTP wants them,
 * remembered for the rest of the session, never written to disk.
 */
final class CredentialsPrompt extends CredentialsProvider {

    private static final Map<String, String[]> REMEMBERED = new ConcurrentHashMap<>();

    private final Shell shell;

    CredentialsPrompt(Shell shell) {
        this.shell = shell;
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
                    || item instanceof CredentialItem.InformationalMessage)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        String key = uri.getHost() + uri.getPath();
        String[] answer = REMEMBERED.get(key);
        if (answer == null) {
            String[][] typed = new String[1][];
            Display display = shell.getDisplay();
            display.syncExec(() -> {
                Prompt prompt = new Prompt(shell, uri.setPass(null).toString(), uri.getUser());
                if (prompt.open() == IDialogConstants.OK_ID) {
                    typed[0] = new String[] { prompt.user, prompt.password };
                }
            });
            if (typed[0] == null) {
                return false;
            }
            answer = typed[0];
            REMEMBERED.put(key, answer);
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username username) {
                username.setValue(answer[0]);
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(answer[1].toCharArray());
            }
        }
        return true;
    }

    @Override
    public void reset(URIish uri) {
        REMEMBERED.remove(uri.getHost() + uri.getPath());
    }

    /** The dialog: who you are at the remote. */
    private static final class Prompt extends Dialog {
        private final String where;
        private String user;
        private String password;
        private Text userText;
        private Text passwordText;

        Prompt(Shell shell, String where, String user) {
            super(shell);
            this.where = where;
            this.user = user;
        }

        @Override
        protected void configureShell(Shell newShell) {
            super.configureShell(newShell);
            newShell.setText(Messages.credentials_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            Label intro = new Label(area, SWT.WRAP);
            intro.setText(Messages.bind(Messages.credentials_intro, where));
            intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            new Label(area, SWT.NONE).setText(Messages.credentials_user);
            userText = new Text(area, SWT.BORDER);
            userText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            if (user != null) {
                userText.setText(user);
            }
            new Label(area, SWT.NONE).setText(Messages.credentials_password);
            passwordText = new Text(area, SWT.BORDER | SWT.PASSWORD);
            passwordText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return area;
        }

        @Override
        protected void okPressed() {
            user = userText.getText();
            password = passwordText.getText();
            super.okPressed();
        }
    }
}
