// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.wizards;

import java.lang.management.ManagementFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.service.prefs.BackingStoreException;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.ModelEditor;

/**
 * On the first start of a workspace, creates the Examples project and opens one example, so a
 * new user sees a real delivery chain at once. Runs once per workspace (a preference records
 * it), and never inside test harnesses (whose workspaces are the tests' own).
 */
public final class FirstStart implements IStartup {

    /** The preference key recording that the examples were offered in this workspace. */
    public static final String DONE_KEY = "examplesCreated"; //$NON-NLS-1$

    private static final String NODE = "org.throughline.ui.editor"; //$NON-NLS-1$

    @Override
    public void earlyStartup() {
        String application = System.getProperty("eclipse.application", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (application.contains("tycho") || application.contains("junit")) { //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
        if (preferences.getBoolean(DONE_KEY, false)) {
            return;
        }
        IFile first;
        try {
            first = ExamplesProject.create(ResourcesPlugin.getWorkspace(), null);
            preferences.putBoolean(DONE_KEY, true);
            preferences.flush();
        } catch (CoreException | java.io.IOException | BackingStoreException e) {
            ILog.of(FirstStart.class).log(Status.error(e.getMessage(), e));
            return;
        }
        if (first != null) {
            open(first);
        }
    }

    private static void open(IFile file) {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null || window.getActivePage() == null) {
                return;
            }
            try {
                IEditorPart editor = IDE.openEditor(window.getActivePage(), file, ModelEditors.EDITOR_ID);
                if (editor instanceof ModelEditor modelEditor) {
                    // The whole chain drawn, as a new user expects to see it; the tree is one tab away.
                    modelEditor.showWholePage(ExamplesProject.FIRST_PAGE);
                }
            } catch (PartInitException e) {
                ILog.of(FirstStart.class).log(e.getStatus());
            }
        });
    }

    /**
     * When the system property {@code throughline.measureStartup} is set, prints once how long
     * after the JVM started the first model editor was on screen; when
     * {@code throughline.closeAfterFirstEditor} is set too, then closes the workbench as a user
     * does (File &gt; Exit), so that the next start of the workspace is a warm one
     * (releng/start-benchmark.sh).
     */
    public static void reportFirstEditor() {
        if (reported || !Boolean.getBoolean("throughline.measureStartup")) { //$NON-NLS-1$
            return;
        }
        reported = true;
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("throughline: first model editor " + millis + " ms after the JVM started"); //$NON-NLS-1$ //$NON-NLS-2$
        Platform.getLog(FirstStart.class).info("first model editor " + millis + " ms after the JVM started"); //$NON-NLS-1$ //$NON-NLS-2$
        if (Boolean.getBoolean("throughline.closeAfterFirstEditor")) { //$NON-NLS-1$
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }

    private static boolean reported;

    /**
     * When the system property {@code throughline.measureStartup} is set, prints how long a
     * phase of opening the first model editor took.
     *
     * @param phase     what was done
     * @param startNano when it started ({@link System#nanoTime()})
     */
    public static void phase(String phase, long startNano) {
        if (!reported && Boolean.getBoolean("throughline.measureStartup")) { //$NON-NLS-1$
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("throughline: " + phase + " in " + (System.nanoTime() - startNano) / 1_000_000 //$NON-NLS-1$ //$NON-NLS-2$
                    + " ms (" + since + " ms after the JVM started)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
