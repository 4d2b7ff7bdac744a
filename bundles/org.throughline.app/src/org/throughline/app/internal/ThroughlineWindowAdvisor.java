// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.internal;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
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
        configurer.setInitialSize(initialSize(Display.getCurrent().getPrimaryMonitor().getClientArea()));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle(Messages.application_title);
    }

    /**
     * The size of the window at the first start (later starts restore the user's): most of the
     * screen, so that a chain shows whole beside the explorer and the views, but never less than
     * 1280 by 800 pixels where the screen has room for that.
     *
     * @param screen the primary monitor's area free of panels
     * @return the window's first size
     */
    public static Point initialSize(Rectangle screen) {
        int width = Math.min(screen.width, Math.max(1280, screen.width * 9 / 10));
        int height = Math.min(screen.height, Math.max(800, screen.height * 9 / 10));
        return new Point(width, height);
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
        if (Boolean.getBoolean("throughline.measureStartup")) { //$NON-NLS-1$
            // releng/start-benchmark.sh waits for this line: the window is on screen once its events run.
            // When the JVM started (ms since 1970) lets it tell the start script's time from the JVM's.
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            window.getShell().getDisplay().asyncExec(() -> System.out.println("throughline: window open " //$NON-NLS-1$
                    + (System.currentTimeMillis() - jvmStart) + " ms after the JVM started at " + jvmStart)); //$NON-NLS-1$
        }
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
