// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.internal;

import java.net.URL;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.throughline.ui.api.ThroughlineUi;

/**
 * Sets up the Throughline workbench: the Delivery Modelling perspective, the workspace as the
 * input of the Project Explorer, the IDE images for projects and folders, and a saved workspace
 * at shutdown.
 */
final class ThroughlineWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$

    /** How often (ms) the UI thread looks again whether the saved workbench is restored, while it waits for that. */
    private static final int RESTORE_TICK = 20;

    /**
     * Opens the windows as the platform does: the saved workbench is restored on a thread of its
     * own while the UI thread runs the events it sends, and sleeps between them. The platform wakes
     * the UI thread when the restore is done, but under GTK that wake-up was lost on most warm
     * starts: the UI thread slept on until the next timeout of the event loop, about five seconds
     * with no work done (thread dumps during a warm start: the restoring thread gone, the UI thread
     * asleep in {@code WorkbenchAdvisor.openWindows}; see docs/benchmarks/start.md). A timer that
     * fires every few milliseconds while it waits wakes it instead.
     */
    @Override
    public boolean openWindows() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        boolean[] waiting = { true };
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (waiting[0]) {
                    display.timerExec(RESTORE_TICK, this);
                }
            }
        };
        display.timerExec(RESTORE_TICK, tick);
        try {
            return super.openWindows();
        } finally {
            waiting[0] = false;
            display.timerExec(-1, tick);
        }
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png"); //$NON-NLS-1$
        declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png"); //$NON-NLS-1$
        // The Problems view's severity icons (declared by the IDE's own advisor, which we do not use).
        declareIdeImage(configurer, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
        declareIdeImage(configurer, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
        declareIdeImage(configurer, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void declareIdeImage(IWorkbenchConfigurer configurer, String key, String path) {
        Bundle ide = Platform.getBundle(IDE_BUNDLE);
        URL url = ide == null ? null : FileLocator.find(ide, new Path(path));
        if (url != null) {
            configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ThroughlineUi.DELIVERY_MODELLING_PERSPECTIVE;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ThroughlineWindowAdvisor(configurer);
    }

    @Override
    public void postShutdown() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(ThroughlineWorkbenchAdvisor.class).log(e.getStatus());
        }
    }
}
