// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.internal;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Throughline workbench application. It opens the workbench on the workspace given with
 * {@code -data} (the launcher chooses one in the user's data folder) and refuses, with a message,
 * a workspace that another Throughline window already uses.
 */
public final class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            // No usable display: say so in one line rather than "An error has occurred".
            System.err.println(Messages.bind(Messages.application_noDisplay, e.getMessage()));
            ILog.of(WorkbenchApplication.class).error(Messages.bind(Messages.application_noDisplay, e.getMessage()), e);
            return Integer.valueOf(2);
        }
        try {
            Location workspace = Platform.getInstanceLocation();
            if (!lock(workspace)) {
                MessageDialog.openError(null, Messages.application_title,
                        Messages.bind(Messages.application_workspaceInUse, workspace.getURL().getFile()));
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new ThroughlineWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
            Location workspace = Platform.getInstanceLocation();
            if (workspace != null && workspace.isLocked()) {
                workspace.release();
            }
        }
    }

    private static boolean lock(Location workspace) throws IOException {
        return workspace == null || !workspace.isSet() || workspace.isLocked() || workspace.lock();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
