// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.internal;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The Throughline window: title, size, tool bar, status line and progress indicator. */
final class ThroughlineWindowAdvisor extends WorkbenchWindowAdvisor {

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

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        hideIdeActionSets(window.getActivePage());
        window.addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
                hideIdeActionSets(page);
            }
        });
    }

    private static void hideIdeActionSets(IWorkbenchPage page) {
        if (page != null) {
            IDE_ACTION_SETS.forEach(page::hideActionSet);
        }
    }
}
