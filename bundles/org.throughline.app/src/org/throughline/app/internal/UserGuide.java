// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.internal;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.FrameworkUtil;

/**
 * Help &gt; User Guide: the guide, with its getting-started tour on the examples, as an HTML page
 * opened in the desktop's web browser. (The platform's help system needs a web application server
 * that is not on Maven Central, and its internal browser a WebKit that few machines have.)
 */
public final class UserGuide extends Action {

    /** The guide's page in this bundle. */
    static final String PAGE = "help/guide.html"; //$NON-NLS-1$

    private final IWorkbenchWindow window;

    /** @param window the window whose browser support opens the guide */
    public UserGuide(IWorkbenchWindow window) {
        super(Messages.menu_userGuide);
        this.window = window;
        setId("org.throughline.app.userGuide"); //$NON-NLS-1$
    }

    /**
     * @return the guide as a file URL a browser can open (extracted from the bundle when it is a jar)
     * @throws IOException when the page cannot be found or extracted
     */
    public static URL url() throws IOException {
        URL entry = FrameworkUtil.getBundle(UserGuide.class).getEntry(PAGE);
        if (entry == null) {
            throw new IOException(PAGE);
        }
        return FileLocator.toFileURL(entry);
    }

    @Override
    public void run() {
        String page;
        try {
            page = url().toExternalForm();
        } catch (IOException e) {
            ILog.of(UserGuide.class).error(e.getMessage(), e);
            MessageDialog.openError(window.getShell(), Messages.guide_title, NLS.bind(Messages.guide_cannotOpen, e.getMessage()));
            return;
        }
        // The desktop's browser; where the toolkit cannot start it (no session bus), the freedesktop opener.
        if (Program.launch(page)) {
            return;
        }
        try {
            new ProcessBuilder("xdg-open", page).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start(); //$NON-NLS-1$
        } catch (IOException e) {
            ILog.of(UserGuide.class).error(e.getMessage(), e);
            MessageDialog.openInformation(window.getShell(), Messages.guide_title, NLS.bind(Messages.guide_openYourself, page));
        }
    }
}
