// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.Actor;
import org.throughline.model.Element;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.api.ModelEditorContext;

/** The Analyses view, used as a delivery unit analyst would: run, read, go to the element. */
class AnalysesViewTest {

    private ModelEditorContext editor;
    private AnalysesView view;

    @BeforeEach
    void openExample() throws Exception {
        Workbench.closeEditors();
        editor = Workbench.open(Workbench.example("emergency-care.throughline"));
        view = (AnalysesView) Workbench.page().showView(AnalysesView.ID);
        Workbench.flush();
    }

    @AfterEach
    void close() {
        Workbench.closeEditors();
        Workbench.page().hideView(view);
        Workbench.flush();
    }

    @Test
    void everyAnalysisIsOfferedAndTheModelOfTheActiveEditorIsShown() throws Exception {
        List<String> ids = view.offered().stream().map(d -> d.id()).toList();
        assertTrue(ids.containsAll(List.of("weak-links", "single-points-of-failure", "impact", "trajectories", "flow",
                "accountability", "line-of-sight", "evidence", "network", "where-to-look-first", "portfolio", "delivery-units",
                "evidence-register")), ids.toString());
        assertEquals("emergency-care.throughline", view.modelShown(), "the view names the model it analyses");

        Workbench.page().hideView(view);
        Workbench.page().resetPerspective();
        Workbench.flush();
        assertNotNull(Workbench.page().findViewReference(AnalysesView.ID), "the Delivery Modelling perspective has the Analyses view");
        view = (AnalysesView) Workbench.page().showView(AnalysesView.ID);
    }

    @Test
    void weakLinksAreListedWorstFirstAndOpeningARowSelectsTheLinkInTheEditor() throws Exception {
        view.choose("weak-links");
        view.runChosen();
        Workbench.awaitAnalyses();

        assertTrue(view.headline().contains("1 broken"), view.headline());
        assertTrue(view.headline().contains("Four-hour A&E delivery chain"), view.headline());
        assertTrue(view.headlineAsShown().contains("A&&E"), "an ampersand in a name is shown, not taken for a mnemonic");
        Table table = view.table().getTable();
        assertTrue(table.getItemCount() >= 4, "the broken, weak and unknown links are rows: " + table.getItemCount());
        assertTrue(table.getColumnCount() >= 4, "the result's columns are the table's");
        assertEquals("Chain", table.getColumn(0).getText());
        Link worst = (Link) original(table.getItem(0).getData());
        assertEquals(LinkStrength.BROKEN, worst.getStrength(), "the broken link comes first");
        assertTrue(List.of(table.getItem(0).getText(0), table.getItem(0).getText(1)).contains(worst.getName())
                        || table.getItem(0).getText(1).contains(worst.getName()),
                "the row names the link: " + table.getItem(0).getText(1));
        assertNotNull(table.getItem(0).getImage(0), "the row shows its element's icon");

        view.open(new StructuredSelection(table.getItem(0).getData()));
        Workbench.flush();
        assertEquals(editor.editor(), Workbench.page().getActivePart(), "the editor comes to the front");
        IStructuredSelection selected = (IStructuredSelection) editor.editor().getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(worst), selected.toList(), "the link is selected in the editor");
    }

    @Test
    void whereToLookFirstPutsTheCouncilsHomeCareLinkFirst() throws Exception {
        view.choose("where-to-look-first");
        view.runChosen();
        Workbench.awaitAnalyses();

        Table table = view.table().getTable();
        assertEquals("Rank", table.getColumn(0).getText());
        Link first = (Link) original(table.getItem(0).getData());
        assertEquals("Council commissions home care", first.getName(), "weak, no action, the only route, feeding the pinch-point");
        assertTrue(view.headline().contains("Look first at Council commissions home care"), view.headline());
    }

    @Test
    void impactAsksForAnElementAndAnswersForTheSelectedOne() throws Exception {
        editor.select(List.of());
        view.choose("impact");
        view.runChosen();
        Workbench.flush();
        assertTrue(view.headline().contains("select it in the model editor"), view.headline());
        assertEquals(0, view.table().getTable().getItemCount());

        Actor actor = firstLink().getSource();
        editor.select(List.of(actor));
        Workbench.flush();
        view.runChosen();
        Workbench.awaitAnalyses();
        assertFalse(view.headline().contains("select it in the model editor"), view.headline());
        assertTrue(view.headline().contains(actor.getName()), "the answer is about " + actor.getName() + ": " + view.headline());
        assertTrue(view.table().getTable().getItemCount() > 0, "what depends on the actor is listed");
    }

    @Test
    void resultsSayWhenTheModelChangedAfterTheRun() throws Exception {
        view.choose("accountability");
        view.runChosen();
        Workbench.awaitAnalyses();
        String answer = view.headline();
        assertFalse(answer.contains("has changed since"), answer);

        Element renamed = firstActor();
        editor.editingDomain().getCommandStack().execute(SetCommand.create(editor.editingDomain(), renamed,
                ThroughlinePackage.Literals.ELEMENT__NAME, "Renamed while results were shown"));
        Workbench.flush();
        assertTrue(view.headline().startsWith(answer), view.headline());
        assertTrue(view.headline().contains("has changed since"), view.headline());

        view.runChosen();
        Workbench.awaitAnalyses();
        assertFalse(view.headline().contains("has changed since"), "a new run is current: " + view.headline());
    }

    /** Opens the example as it ships: with its six diagrams beside it. */
    private static ModelEditorContext openWithDiagrams() throws Exception {
        Workbench.closeEditors();
        IFile model = Workbench.example("emergency-care.throughline");
        IFile diagrams = model.getParent().getFile(new org.eclipse.core.runtime.Path("emergency-care.throughline-diagrams"));
        try (InputStream in = Platform.getBundle("org.throughline.examples").getEntry("models/emergency-care.throughline-diagrams")
                .openStream()) {
            if (diagrams.exists()) {
                diagrams.setContents(in, IResource.FORCE, null);
            } else {
                diagrams.create(in, true, null);
            }
        }
        return Workbench.open(model);
    }

    @Test
    void doubleClickingARowOfEveryAnalysisShowsItsElementOnAPageThatDrawsItElseInTheTree() throws Exception {
        editor = openWithDiagrams();
        CTabFolder tabs = pageTabs();
        List<String> opened = new ArrayList<>();
        for (var analysis : view.offered()) {
            click(tabs, "Service Flow");
            if (analysis.needsSubject()) {
                editor.select(List.of(firstActor()));
                Workbench.flush();
            }
            view.choose(analysis.id());
            view.runChosen();
            Workbench.awaitAnalyses();
            Table table = view.table().getTable();
            int row = -1;
            for (int i = 0; i < table.getItemCount() && row < 0; i++) {
                row = ((AnalysisResult.Row) table.getItem(i).getData()).element() != null ? i : -1;
            }
            if (row < 0) {
                continue;
            }
            EObject element = original(table.getItem(row).getData());
            Workbench.page().activate(view);
            doubleClick(table, row);

            assertEquals(editor.editor(), Workbench.page().getActivePart(), analysis.id() + ": the editor comes to the front");
            IStructuredSelection selected = (IStructuredSelection) editor.editor().getSite().getSelectionProvider().getSelection();
            // A diagram page selects only what it draws: the element selected there is drawn there.
            assertEquals(List.of(element), selected.toList(),
                    analysis.id() + ": its element is selected on the page " + tabs.getSelection().getText());
            opened.add(analysis.id() + " > " + tabs.getSelection().getText());
        }
        assertTrue(opened.size() >= 10, "most analyses have rows about elements: " + opened);
        assertTrue(opened.stream().anyMatch(o -> o.endsWith("> Model")) && opened.stream().anyMatch(o -> o.endsWith("> Delivery Chain")),
                "some open on a diagram, some in the tree: " + opened);
    }

    /** Double-clicks a row of the table, as the mouse would: selects it, then the default selection. */
    private static void doubleClick(Table table, int row) {
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, itemEvent(table, row));
        table.notifyListeners(SWT.DefaultSelection, itemEvent(table, row));
        Workbench.flush();
    }

    private static Event itemEvent(Table table, int row) {
        Event event = new Event();
        event.item = table.getItem(row);
        return event;
    }

    @Test
    void aRowOpensItsElementOnADiagramPageThatDrawsItElseInTheTree() throws Exception {
        editor = openWithDiagrams();
        CTabFolder tabs = pageTabs();
        click(tabs, "Service Flow");
        assertEquals("Service Flow", tabs.getSelection().getText());

        view.choose("weak-links");
        view.runChosen();
        Workbench.awaitAnalyses();
        Link worst = (Link) original(view.table().getTable().getItem(0).getData());
        view.open(new StructuredSelection(view.table().getTable().getItem(0).getData()));
        Workbench.flush();
        assertEquals("Delivery Chain", tabs.getSelection().getText(), "the service flow does not draw the link: the delivery chain does");
        IStructuredSelection selected = (IStructuredSelection) editor.editor().getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(worst), selected.toList(), "selected there");

        view.choose("trajectories");
        view.runChosen();
        Workbench.awaitAnalyses();
        EObject indicator = original(view.table().getTable().getItem(0).getData());
        view.open(new StructuredSelection(view.table().getTable().getItem(0).getData()));
        Workbench.flush();
        assertEquals("Model", tabs.getSelection().getText(), "no diagram draws an indicator: it is shown in the tree");
        selected = (IStructuredSelection) editor.editor().getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(indicator), selected.toList());
    }

    /** @return the tabs of the model editor's pages */
    private CTabFolder pageTabs() {
        List<CTabFolder> found = new ArrayList<>();
        collect(Workbench.page().getWorkbenchWindow().getShell(), found);
        return found.stream().filter(f -> java.util.Arrays.stream(f.getItems()).anyMatch(i -> i.getText().equals("Service Flow")))
                .findFirst().orElseThrow(() -> new AssertionError("no tab of a Service Flow diagram"));
    }

    private static void collect(Composite parent, List<CTabFolder> found) {
        for (Control child : parent.getChildren()) {
            if (child instanceof CTabFolder folder) {
                found.add(folder);
            }
            if (child instanceof Composite composite) {
                collect(composite, found);
            }
        }
    }

    /** Clicks a page's tab, as a user would. */
    private static void click(CTabFolder tabs, String title) {
        CTabItem item = java.util.Arrays.stream(tabs.getItems()).filter(i -> i.getText().equals(title)).findFirst().orElseThrow();
        tabs.setSelection(item);
        Event event = new Event();
        event.item = item;
        tabs.notifyListeners(SWT.Selection, event);
        Workbench.flush();
    }

    @Test
    void closingTheEditorClearsTheResults() throws Exception {
        view.choose("weak-links");
        view.runChosen();
        Workbench.awaitAnalyses();
        assertTrue(view.table().getTable().getItemCount() > 0);
        Workbench.closeEditors();
        assertEquals(0, view.table().getTable().getItemCount(), "no rows of a closed model");
        view.runChosen();
        assertTrue(view.headline().contains("Open a model"), view.headline());
    }

    private EObject original(Object row) {
        EObject copied = ((AnalysisResult.Row) row).element();
        EObject original = null;
        for (var all = editor.model().eAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (next instanceof Element e && copied instanceof Element c && e.getId().equals(c.getId())) {
                original = next;
            }
        }
        assertNotNull(original, "the row's element is in the model");
        return original;
    }

    private Actor firstActor() {
        return firstLink().getSource();
    }

    private Link firstLink() {
        for (var all = editor.model().eAllContents(); all.hasNext();) {
            if (all.next() instanceof Link link && link.getSource() != null) {
                return link;
            }
        }
        throw new AssertionError("the example has links");
    }
}
