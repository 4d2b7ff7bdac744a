// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.ui.api.ThroughlineUi;

/** The workbench opens in the Delivery Modelling perspective with the views a modeller needs. */
class DeliveryModellingPerspectiveTest {

    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() throws Exception {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(ThroughlineUi.DELIVERY_MODELLING_PERSPECTIVE));
        page.resetPerspective();
        flushEvents();
    }

    @Test
    void theWorkbenchStartsInDeliveryModelling() {
        assertEquals(ThroughlineUi.DELIVERY_MODELLING_PERSPECTIVE,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getPerspective().getId());
        assertEquals("Delivery Modelling", page.getPerspective().getLabel());
    }

    @Test
    void theFourViewsOfThePerspectiveAreThere() {
        for (String id : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET,
                "org.throughline.ui.editor.problems", IPageLayout.ID_OUTLINE }) {
            IViewReference view = page.findViewReference(id);
            assertNotNull(view, id + " is in the perspective");
            assertNotNull(view.getView(true), id + " can be created");
        }
    }

    @Test
    void projectExplorerAndOutlineAreVisibleAtOnce() {
        assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_PROJECT_EXPLORER)), "Project Explorer is visible");
        assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_OUTLINE)), "Outline is visible");
        assertTrue(page.isEditorAreaVisible(), "the editor area is visible");
    }

    private static void flushEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI work so views are created
        }
    }
}
