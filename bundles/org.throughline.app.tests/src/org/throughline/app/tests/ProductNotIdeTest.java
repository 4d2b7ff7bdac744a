// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;
import org.throughline.app.internal.PreferencesAction;
import org.throughline.app.internal.ThroughlineWindowAdvisor;
import org.throughline.app.internal.UserGuide;

/** The workbench is a modelling product: the Eclipse IDE's programming menus and wizards are not offered. */
class ProductNotIdeTest {

    @Test
    void theFileMenuHasNoLineDelimiterConversion() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem file = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("File")).findFirst()
                .orElseThrow();
        Menu menu = file.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Export")), "File > Export stays: " + items);
        assertFalse(items.stream().anyMatch(text -> text.contains("Line Delimiters")), "no Convert Line Delimiters: " + items);
        assertFalse(items.stream().anyMatch(text -> text.contains("Projects from File System")),
                "no Open Projects from File System, which writes Eclipse project files into the folder: " + items);
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Open Folder of Models")), "but Open Folder of Models: " + items);
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Open File")), "and Open File: " + items);
    }

    @Test
    void importOffersOurImportsOnly() {
        List<String> offered = new ArrayList<>();
        collect(PlatformUI.getWorkbench().getImportWizardRegistry().getRootCategory(), offered);
        assertTrue(offered.stream().anyMatch(id -> id.startsWith("org.throughline")), "our imports are offered: " + offered);
        assertTrue(offered.stream().allMatch(id -> id.startsWith("org.throughline")),
                "not the IDE's (archive, file system, projects, preferences, Team): " + offered);
    }

    @Test
    void aLayoutHoldingTheIdeProblemsViewGetsTheOneGroupedByModel() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        String ide = "org.eclipse.ui.views.ProblemView";
        String ours = "org.throughline.ui.editor.problems";
        if (page.findViewReference(ours) != null) {
            page.hideView(page.findViewReference(ours));
        }
        page.showView(ide);
        assertTrue(page.findViewReference(ide) != null, "a layout of an earlier version shows the IDE's Problems view");

        ThroughlineWindowAdvisor.hideIdeParts(page);

        assertTrue(page.findViewReference(ide) == null, "the IDE's Problems view is gone");
        assertTrue(page.findViewReference(ours) != null, "ours stands in its place");
    }

    @Test
    void exportOffersNoWorkspaceArchivesNorTeamWizards() {
        List<String> offered = new ArrayList<>();
        collect(PlatformUI.getWorkbench().getExportWizardRegistry().getRootCategory(), offered);
        assertTrue(offered.stream().anyMatch(id -> id.startsWith("org.throughline")), "our exports are offered: " + offered);
        assertFalse(offered.stream().anyMatch(id -> id.startsWith("org.eclipse.ui.wizards.export.")),
                "General (archive, file system, preferences) is not: " + offered);
        assertFalse(offered.stream().anyMatch(id -> id.startsWith("org.eclipse.team")), "Team is not: " + offered);
    }

    /** The export wizards a user is offered: those the activities do not filter out, as the Export dialog shows them. */
    private static void collect(IWizardCategory category, List<String> offered) {
        for (IWizardDescriptor wizard : category.getWizards()) {
            if (!WorkbenchActivityHelper.filterItem(wizard)) {
                offered.add(wizard.getId());
            }
        }
        for (IWizardCategory child : category.getCategories()) {
            collect(child, offered);
        }
    }

    @Test
    void helpOffersTheUserGuideWithItsTourOfTheExamples() throws Exception {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("Help")).findFirst()
                .orElseThrow();
        help.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(help.getMenu().getItems()).map(item -> item.getText().replace("&", "")).toList();
        help.getMenu().notifyListeners(SWT.Hide, new Event());
        assertTrue(items.get(0).startsWith("User Guide"), "Help > User Guide comes first: " + items);
        String guide = Files.readString(Path.of(UserGuide.url().toURI()), StandardCharsets.UTF_8);
        assertTrue(guide.contains("Getting started: a tour of the examples"), "the guide opens with the tour");
        assertTrue(guide.contains("emergency-care.throughline"), "on the examples a new user has");
    }

    @Test
    void theFirstWindowTakesMostOfTheScreen() {
        assertEquals(new Point(1728, 972), ThroughlineWindowAdvisor.initialSize(new Rectangle(0, 0, 1920, 1080)),
                "nine tenths of a 1920 by 1080 screen: 1,728 by 972");
        assertEquals(new Point(1280, 768), ThroughlineWindowAdvisor.initialSize(new Rectangle(0, 0, 1366, 768)),
                "on a laptop's 1366 by 768: 1,280 wide (nine tenths would be 1,229), and no taller than the screen");
    }

    @Test
    void preferencesOpenLargeEnoughToRead() {
        PreferenceDialog dialog = new PreferencesAction(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).create();
        try {
            Point size = dialog.getShell().getSize();
            Rectangle screen = dialog.getShell().getDisplay().getPrimaryMonitor().getClientArea();
            assertTrue(size.x >= Math.min(960, screen.width) && size.y >= Math.min(680, screen.height),
                    "the Preferences dialog is " + size + " on a screen of " + screen);
        } finally {
            dialog.close();
        }
    }
}
