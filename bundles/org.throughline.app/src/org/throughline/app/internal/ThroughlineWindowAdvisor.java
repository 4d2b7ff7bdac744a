// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.throughline.ui.internal.DeliveryModellingPerspective;

/** The Throughline window: title, size, tool bar, status line and progress indicator. */
public final class ThroughlineWindowAdvisor extends WorkbenchWindowAdvisor {

    ThroughlineWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ThroughlineActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle(Messages.application_title);
    }

    /** The action sets of the platform's IDE bundles that a modeller has no use for. */
    static final List<String> IDE_ACTION_SETS = List.of(
            "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo"); //$NON-NLS-1$

    /** The IDE's Problems view, which lists the problems of every file together. */
    static final String IDE_PROBLEMS = "org.eclipse.ui.views.ProblemView"; //$NON-NLS-1$

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        hideIdeParts(window.getActivePage());
        window.addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
                hideIdeParts(page);
            }
        });
    }

    /**
     * Hides the IDE's action sets, and puts the model editor's Problems view (grouped by model) in
     * the place of the IDE's, which a layout saved by an earlier version or opened from Show View
     * may still hold.
     *
     * @param page the window's page, or {@code null}
     */
    public static void hideIdeParts(IWorkbenchPage page) {
        if (page == null) {
            return;
        }
        IDE_ACTION_SETS.forEach(page::hideActionSet);
        IViewReference ide = page.findViewReference(IDE_PROBLEMS);
        if (ide != null) {
            page.hideView(ide);
            try {
                page.showView(DeliveryModellingPerspective.PROBLEMS, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                ILog.of(ThroughlineWindowAdvisor.class).log(e.getStatus());
            }
        }
    }
}
