// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.Actor;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Observation;
import org.throughline.render.api.Drawing;
import org.throughline.render.api.Drawing.Ellipse;
import org.throughline.render.api.Drawing.Group;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.ui.diagram.internal.TrajectorySection;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.internal.properties.FormSection;
import org.throughline.ui.editor.internal.properties.ObservationsTable;

/**
 * The Properties view as a modeller uses it: tabs of forms, a link's source and target picked by
 * name, its kind and strength chosen with their meaning shown, an indicator's chart over its
 * observations typed into a table — every change one undoable command.
 */
class PropertiesFormsTest {

    private ModelEditorContext context;
    private IEditorPart editor;

    @BeforeEach
    void open() throws Exception {
        DiagramFixture.page().closeAllEditors(false);
        IFile file = DiagramFixture.example("emergency-care.throughline");
        context = DiagramFixture.open(file);
        editor = context.editor();
    }

    @AfterEach
    void close() {
        DiagramFixture.page().closeAllEditors(false);
        DiagramFixture.flush();
    }

    private TabbedPropertySheetPage show(EObject element) throws Exception {
        PropertySheet view = (PropertySheet) DiagramFixture.page().showView("org.eclipse.ui.views.PropertySheet");
        DiagramFixture.page().activate(editor);
        context.select(List.of(element));
        DiagramFixture.flush();
        // The modeller then works in the Properties view.
        DiagramFixture.page().activate(view);
        DiagramFixture.flush();
        assertTrue(view.getCurrentPage() instanceof TabbedPropertySheetPage, "the Properties view shows tabs: " + view.getCurrentPage());
        return (TabbedPropertySheetPage) view.getCurrentPage();
    }

    private static List<String> tabs(TabbedPropertySheetPage page) {
        return Arrays.stream(page.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
    }

    private static <T extends ISection> T section(TabbedPropertySheetPage page, String tab, Class<T> type) {
        for (ITabDescriptor descriptor : page.getActiveTabs()) {
            if (descriptor.getLabel().equals(tab)) {
                page.setSelectedTab(descriptor.getId());
            }
        }
        DiagramFixture.flush();
        for (ISection section : page.getCurrentTab().getSections()) {
            if (type.isInstance(section)) {
                return type.cast(section);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " on the tab " + tab);
    }

    private static <T extends Control> T field(Composite form, String feature, Class<T> type) {
        for (Control control : all(form)) {
            if (type.isInstance(control) && feature.equals(control.getData("feature"))) {
                return type.cast(control);
            }
        }
        throw new AssertionError("no field for " + feature);
    }

    private static List<Control> all(Composite parent) {
        List<Control> controls = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            controls.add(child);
            if (child instanceof Composite composite) {
                controls.addAll(all(composite));
            }
        }
        return controls;
    }

    private static List<String> labels(Composite form) {
        return all(form).stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText()).toList();
    }

    private static void choose(Combo combo, String item) {
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(index >= 0, item + " is offered among " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        DiagramFixture.flush();
    }

    private <T extends EObject> T first(Class<T> type) {
        for (var i = context.model().eAllContents(); i.hasNext();) {
            EObject next = i.next();
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    @Test
    void theTitleFollowsARenameAndItsUndoAndRedo() throws Exception {
        Actor actor = first(Actor.class);
        String before = actor.getName();
        TabbedPropertySheetPage page = show(actor);
        assertTrue(title(page).contains(before), "the title names the element: " + title(page));
        Text name = field(section(page, "General", FormSection.class).body(), "name", Text.class);

        name.setFocus();
        name.setText("Renamed trust");
        name.notifyListeners(SWT.FocusOut, new Event());
        DiagramFixture.flush();
        assertEquals("Renamed trust", actor.getName());
        assertTrue(title(page).contains("Renamed trust"), "the title follows the rename: " + title(page));

        CommandStack stack = context.editingDomain().getCommandStack();
        stack.undo();
        DiagramFixture.flush();
        assertTrue(title(page).contains(before) && !title(page).contains("Renamed trust"), "and its undo: " + title(page));
        stack.redo();
        DiagramFixture.flush();
        assertTrue(title(page).contains("Renamed trust"), "and its redo: " + title(page));
    }

    @Test
    void clickingADiagramsBackgroundShowsTheChainItDrawsInProperties() throws Exception {
        DeliveryChain chain = (DeliveryChain) context.modelResource().getEObject("ec-chain");
        DiagramViewer viewer = DiagramFixture.newDiagram(context, "delivery-chain", chain).viewer();
        PropertySheet view = (PropertySheet) DiagramFixture.page().showView("org.eclipse.ui.views.PropertySheet");
        DiagramFixture.page().activate(editor);
        viewer.select(Set.of(DiagramFixture.nodeOf(viewer, "ec-org-utc").key()));
        DiagramFixture.flush();
        viewer.select(Set.of());
        DiagramFixture.flush();
        DiagramFixture.page().activate(view);
        DiagramFixture.flush();
        assertTrue(view.getCurrentPage() instanceof TabbedPropertySheetPage,
                "with nothing selected on the diagram, Properties shows a form, not 'not available': " + view.getCurrentPage());
        TabbedPropertySheetPage page = (TabbedPropertySheetPage) view.getCurrentPage();
        // (The title escapes an ampersand as a label does: "A&&E".)
        String title = title(page).replace("&&", "&");
        assertTrue(title.contains(chain.getName()), "the form is the chain's that the diagram draws: " + title);
    }

    /** @return the text of the title bar over the Properties view's tabs */
    private static String title(TabbedPropertySheetPage page) {
        return all((Composite) page.getControl()).stream().filter(CLabel.class::isInstance).map(c -> ((CLabel) c).getText())
                .filter(t -> t != null && !t.isBlank()).findFirst().orElseThrow(() -> new AssertionError("no title"));
    }

    @Test
    void aLinkIsAFormOfPickersAndChoicesWithTheirMeaning() throws Exception {
        Link link = find("ec-link-icb-trust-north-comm");
        assertNotNull(link);
        TabbedPropertySheetPage page = show(link);
        assertEquals(List.of("General", "All properties"), tabs(page), "a link has its form and every property");
        Composite form = section(page, "General", FormSection.class).body();

        Combo source = field(form, "source", Combo.class);
        Actor oldSource = link.getSource();
        assertEquals(oldSource.getName(), source.getText(), "the picker shows the current source by name");
        assertTrue(source.getItems().length > 20, "every actor of the model can be picked: " + source.getItems().length);
        // Typed: part of a name, Enter takes the one actor whose name contains it.
        source.setText("Care Quality");
        source.notifyListeners(SWT.DefaultSelection, new Event());
        DiagramFixture.flush();
        assertEquals("Care Quality Commission", link.getSource().getName());
        // Typed: a name that is nowhere; refused in words, nothing changed.
        source.setText("Ministry of Magic");
        source.notifyListeners(SWT.DefaultSelection, new Event());
        DiagramFixture.flush();
        assertEquals("Care Quality Commission", link.getSource().getName());
        assertTrue(labels(form).stream().anyMatch(t -> t.contains("Nothing here is called \"Ministry of Magic\"")),
                labels(form).toString());

        Combo kind = field(form, "kind", Combo.class);
        assertTrue(Arrays.asList(kind.getItems()).contains("Data and reporting"), "kinds in words");
        choose(kind, "Funding");
        assertEquals(LinkKind.FUNDING, link.getKind());
        assertTrue(labels(form).stream().anyMatch(t -> t.startsWith("The source pays for the target's work")),
                "the meaning of the kind chosen is shown: " + labels(form));

        Combo strength = field(form, "strength", Combo.class);
        choose(strength, "Weak");
        assertEquals(LinkStrength.WEAK, link.getStrength());
        assertTrue(labels(form).stream().anyMatch(t -> t.contains("weak links are where chains fail")), labels(form).toString());

        Text evidence = field(form, "evidence", Text.class);
        assertTrue((evidence.getStyle() & SWT.MULTI) != 0, "evidence is written as a paragraph");
        evidence.setFocus();
        evidence.setText("Contract monitoring shows missed four-hour targets\nfor six months.");
        evidence.notifyListeners(SWT.FocusOut, new Event());
        DiagramFixture.flush();
        assertEquals("Contract monitoring shows missed four-hour targets\nfor six months.", link.getEvidence());

        CommandStack stack = context.editingDomain().getCommandStack();
        String undo = stack.getUndoCommand().getLabel();
        assertTrue(undo.contains("Evidence"), "the Edit menu names the edit: " + undo);
        for (int i = 0; i < 4; i++) {
            stack.undo();
        }
        DiagramFixture.flush();
        assertSame(oldSource, link.getSource(), "four undos give back the source: each edit was one command");
        assertEquals(oldSource.getName(), source.getText(), "and the form follows the undo");
    }

    private Link find(String id) {
        return (Link) context.modelResource().getEObject(id);
    }

    @Test
    void anIndicatorShowsItsTrajectoryOverAnEditableTableOfObservations() throws Exception {
        Indicator indicator = first(Indicator.class);
        TabbedPropertySheetPage page = show(indicator);
        assertEquals(List.of("General", "Trajectory", "All properties"), tabs(page));
        TrajectorySection section = section(page, "Trajectory", TrajectorySection.class);
        ObservationsTable table = section.table();
        int observations = indicator.getObservations().size();
        long charted = indicator.getObservations().stream().filter(o -> o.getDate() != null && o.getValue() != null).count();
        assertEquals(observations, table.viewer().getTable().getItemCount(), "one row per observation");
        assertEquals(charted, dots(section).size(), "one dot per dated value on the chart");
        assertTrue(groups(section, "planned") == 1, "the planned trajectory is drawn");

        // Add a row, type its value into the table.
        table.addButton().notifyListeners(SWT.Selection, new Event());
        DiagramFixture.flush();
        assertEquals(observations + 1, indicator.getObservations().size());
        Observation added = indicator.getObservations().get(observations);
        assertNotNull(added.getDate(), "a new observation is dated (the model's as-at date)");
        Text cell = focusedText(table);
        cell.setText("61.5");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        DiagramFixture.flush();
        assertEquals(Double.valueOf(61.5), added.getValue());
        assertEquals(charted + 1, dots(section).size(), "the chart follows the table");

        // Mark it as an estimate: the dot is drawn open.
        table.viewer().editElement(added, 2);
        DiagramFixture.flush();
        assertTrue(ObservationsTable.estimated(added), "ticked as estimated: " + added.getNote());
        assertTrue(dots(section).stream().anyMatch(e -> "#ffffff".equals(e.fill().colour())), "an estimate is an open dot");

        // Remove it, then undo the removal.
        table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(added));
        table.removeButton().notifyListeners(SWT.Selection, new Event());
        DiagramFixture.flush();
        assertEquals(observations, indicator.getObservations().size());
        assertFalse(indicator.getObservations().contains(added));
        context.editingDomain().getCommandStack().undo();
        DiagramFixture.flush();
        assertEquals(observations + 1, table.viewer().getTable().getItemCount(), "undo brings the row back");
        assertNotEquals(0, section.chart().getSize().y, "the chart is shown");
    }

    private static Text focusedText(ObservationsTable table) {
        for (Control child : table.viewer().getTable().getChildren()) {
            if (child instanceof Text text && text.isVisible()) {
                return text;
            }
        }
        throw new AssertionError("no cell is being edited after Add");
    }

    private static List<Ellipse> dots(TrajectorySection section) {
        List<Ellipse> dots = new ArrayList<>();
        for (Drawing drawing : section.drawings(480, 230)) {
            if (drawing instanceof Group group && group.role().equals("observation")) {
                group.content().stream().filter(Ellipse.class::isInstance).map(Ellipse.class::cast).forEach(dots::add);
            }
        }
        return dots;
    }

    private static long groups(TrajectorySection section, String role) {
        return section.drawings(480, 230).stream().filter(d -> d instanceof Group g && g.role().equals(role)).count();
    }
}
