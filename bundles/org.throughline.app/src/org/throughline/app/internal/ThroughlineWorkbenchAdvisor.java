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
