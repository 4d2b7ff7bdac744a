// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Window &gt; Preferences, opened large enough to read: the platform's dialog sizes itself to its
 * first page, which leaves the validation rules' table and long labels cut off.
 */
public final class PreferencesAction extends Action {

    /** The least size of the dialog, in pixels. */
    static final Point LEAST = new Point(960, 680);

    private final IWorkbenchWindow window;

    /** @param window the window the dialog belongs to */
    public PreferencesAction(IWorkbenchWindow window) {
        super(Messages.menu_preferences);
        this.window = window;
        setId("preferences"); //$NON-NLS-1$
        setActionDefinitionId(IWorkbenchCommandConstants.WINDOW_PREFERENCES);
    }

    /** @return the dialog, created and sized, not yet open */
    public PreferenceDialog create() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), null, null, null);
        dialog.create();
        Point size = dialog.getShell().getSize();
        Point screen = window.getShell().getDisplay().getPrimaryMonitor().getClientArea().width > 0
                ? new Point(window.getShell().getDisplay().getPrimaryMonitor().getClientArea().width,
                        window.getShell().getDisplay().getPrimaryMonitor().getClientArea().height)
                : LEAST;
        dialog.getShell().setSize(Math.min(Math.max(size.x, LEAST.x), screen.x), Math.min(Math.max(size.y, LEAST.y), screen.y));
        return dialog;
    }

    @Override
    public void run() {
        create().open();
    }
}
