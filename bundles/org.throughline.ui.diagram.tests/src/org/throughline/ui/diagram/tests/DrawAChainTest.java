// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.click;
import static org.throughline.ui.diagram.tests.DiagramFixture.flush;
import static org.throughline.ui.diagram.tests.DiagramFixture.nodeOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.NodeKind;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;
import org.throughline.model.Service;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.Team;
import org.throughline.render.api.Drawing;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.Text;
import org.throughline.ui.diagram.internal.CanvasPainter;
import org.throughline.ui.diagram.internal.DiagramEditor;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.ui.diagram.internal.ModelDiagrams;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.wizards.ModelTemplates;
import org.throughline.ui.editor.internal.wizards.NewModelWizard;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * A new user's first chain, drawn with the palette alone on a new model's Delivery Chain diagram:
 * an organisation, a team and the people served, one in each tier's lane, joined by a funding and
 * an accountability link chosen in the palette; and the diagram's legend on the canvas.
 */
class DrawAChainTest {

    @AfterEach
    void close() {
        DiagramFixture.page().closeAllEditors(false);
        flush();
    }

    static DiagramEditor newChain() throws Exception {
        return newChain(ModelTemplates.STARTER_CHAIN);
    }

    static DiagramEditor newChain(ModelTemplates template) throws Exception {
        ModelEditorContext context = newModel(template, "first-chain.throughline");
        ModelEditor editor = (ModelEditor) context.editor();
        assertTrue(editor.showPage("Delivery Chain"), "the new model has its Delivery Chain diagram");
        flush();
        DiagramEditor page = ModelDiagrams.of(context).pages().stream()
                .filter(p -> p.viewer() != null && p.viewer().session().diagram().description().getId().equals("delivery-chain"))
                .findFirst().orElseThrow();
        page.viewer().control().getShell().layout(true, true);
        flush();
        return page;
    }

    /** Makes a model file from a template, as the New Model wizard does, and opens it. */
    static ModelEditorContext newModel(ModelTemplates template, String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("palette-tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(name);
        if (file.exists()) {
            file.delete(true, null);
        }
        project.getFile(name + "-diagrams").delete(true, null);
        NewModelWizard.create(file, template);
        return DiagramFixture.open(file);
    }

    private static ToolItem item(DiagramEditor page, String label) {
        for (ToolItem item : page.palette().getItems()) {
            if (label.equals(item.getText())) {
                return item;
            }
        }
        List<String> labels = new ArrayList<>();
        for (ToolItem item : page.palette().getItems()) {
            labels.add(item.getText());
        }
        throw new AssertionError("no palette entry " + label + " among " + labels);
    }

    /** Presses a palette entry as a click would. */
    static void press(DiagramEditor page, String label) {
        ToolItem pressed = item(page, label);
        for (ToolItem item : page.palette().getItems()) {
            item.setSelection(item == pressed);
        }
        pressed.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /** @return the menu of the kinds of link, behind the arrow of the palette's link entry */
    private static Menu kinds(DiagramEditor page) {
        for (ToolItem item : page.palette().getItems()) {
            if (item.getData(DiagramEditor.KINDS_MENU) instanceof Menu menu) {
                menu.setData("item", item);
                return menu;
            }
        }
        throw new AssertionError("no palette entry with a menu of kinds");
    }

    /** Chooses a kind in the menu of the link entry, as a click on it would. */
    private static void chooseKind(DiagramEditor page, String label) {
        for (MenuItem kind : kinds(page).getItems()) {
            if (kind.getText().equals(label)) {
                kind.notifyListeners(SWT.Selection, new Event());
                flush();
                return;
            }
        }
        throw new AssertionError("no kind " + label);
    }

    @Test
    void aThreeElementChainIsDrawnFromThePaletteOfANewModel() throws Exception {
        DiagramEditor page = newChain();
        DiagramViewer viewer = page.viewer();
        DeliveryChain chain = (DeliveryChain) viewer.session().diagram().root();
        List<DiagramNode> lanes = lanes(viewer);
        assertEquals(3, lanes.size(), "a lane per tier: centre, delivery, people served");
        for (String entry : List.of("Organisation", "Team", "Role", "People served", "Link")) {
            assertNotNull(item(page, entry).getImage(), entry + " has its icon in the palette");
        }
        List<String> kinds = new ArrayList<>();
        for (MenuItem kind : kinds(page).getItems()) {
            kinds.add(kind.getText());
            assertNotNull(kind.getImage(), kind.getText() + " has its icon");
        }
        assertEquals(List.of("Link", "Funding link", "Accountability link", "Commissioning link", "Regulation link", "Guidance link",
                "Data and reporting link", "Support link", "Influence link"), kinds, "one palette entry, a menu of the kinds of link");

        int actorsBefore = chain.getActors().size();
        int linksBefore = chain.getLinks().size();
        int edgesBefore = viewer.session().diagram().edges().size();
        press(page, "Organisation");
        click(viewer, inLane(lanes(viewer).get(0)));
        press(page, "Team");
        click(viewer, inLane(lanes(viewer).get(1)));
        press(page, "People served");
        click(viewer, inLane(lanes(viewer).get(2)));
        assertNull(viewer.lastProblem(), viewer.lastProblem());
        assertEquals(actorsBefore + 3, chain.getActors().size(), "three actors drawn: " + chain.getActors());
        Actor centre = chain.getActors().get(actorsBefore);
        Actor team = chain.getActors().get(actorsBefore + 1);
        Actor served = chain.getActors().get(actorsBefore + 2);
        assertTrue(centre instanceof Organisation && team instanceof Team && served instanceof BeneficiaryGroup);
        for (int i = 0; i < 3; i++) {
            assertEquals(lanes.get(i).element(), chain.getActors().get(actorsBefore + i).getTier(),
                    "each in the tier of the lane it was drawn in");
        }

        chooseKind(page, "Funding link");
        assertEquals("Funding link", ((ToolItem) kinds(page).getData("item")).getText(), "the entry shows the kind chosen");
        click(viewer, nodeOf(viewer, centre.getId()).bounds().center());
        click(viewer, nodeOf(viewer, team.getId()).bounds().center());
        chooseKind(page, "Accountability link");
        click(viewer, nodeOf(viewer, served.getId()).bounds().center());
        click(viewer, nodeOf(viewer, team.getId()).bounds().center());
        assertNull(viewer.lastProblem(), viewer.lastProblem());
        assertEquals(linksBefore + 2, chain.getLinks().size(), "two links drawn");
        Link funding = chain.getLinks().get(linksBefore);
        Link accountability = chain.getLinks().get(linksBefore + 1);
        assertEquals(List.of(LinkKind.FUNDING, centre, team), List.of(funding.getKind(), funding.getSource(), funding.getTarget()));
        assertEquals(List.of(LinkKind.ACCOUNTABILITY, served, team),
                List.of(accountability.getKind(), accountability.getSource(), accountability.getTarget()));
        assertEquals(LinkStrength.UNKNOWN, funding.getStrength(), "a new link waits for its strength to be judged");
        assertEquals(edgesBefore + 2, viewer.session().diagram().edges().size(), "both are drawn");
    }

    @Test
    void theFirstNodeOnAnEmptyDiagramOfEveryKindTakesTypingAtOnce() throws Exception {
        // The Delivery Chain page of a new delivery chain: its tiers' lanes and nothing in them.
        DiagramEditor chainPage = newChain(ModelTemplates.DELIVERY_CHAIN);
        typeOverTheFirstNode(chainPage, "delivery-chain");
        DiagramFixture.page().closeAllEditors(false);
        flush();
        // The other kinds each on a new empty model: drawn for the model, or for a service added to it.
        for (String kind : List.of("outcome-map", "accountability", "dependencies", "service-flow")) {
            DiagramFixture.page().closeAllEditors(false);
            flush();
            ModelEditorContext context = newModel(ModelTemplates.EMPTY, "empty-" + kind + ".throughline");
            EObject root = context.model();
            if (kind.equals("service-flow")) {
                Service service = ThroughlineFactory.eINSTANCE.createService();
                service.setName("Urgent care");
                context.editingDomain().getCommandStack().execute(AddCommand.create(context.editingDomain(), context.model(),
                        ThroughlinePackage.Literals.MODEL__ELEMENTS, service));
                root = service;
            }
            DiagramEditor page = DiagramFixture.newDiagram(context, kind, root);
            context.showPage(page);
            flush();
            typeOverTheFirstNode(page, kind);
        }
    }

    @Test
    void aUserJourneyDiagramIsStartedOnAModelThatHasNoJourneyYet() throws Exception {
        ModelEditorContext context = newModel(ModelTemplates.EMPTY, "no-journey-yet.throughline");
        ModelDiagrams diagrams = ModelDiagrams.of(context);
        EObject journey = diagrams.newRoot(ThroughlinePackage.Literals.USER_JOURNEY);
        assertEquals("New user journey", ((Element) journey).getName(), "named for what it is");
        assertEquals(context.model(), journey.eContainer(), "kept at the top level of a model without folders");
        DiagramEditor page = diagrams.create(ViewpointRegistry.getDefault().diagram("user-journey").orElseThrow(), journey, null);
        flush();
        assertTrue(page.viewer().session().diagram().allNodes().stream().anyMatch(n -> n.kind() != NodeKind.NODE),
                "the new journey's box, ready for its users");
        context.editingDomain().getCommandStack().undo();
        assertEquals(null, journey.eContainer(), "one undo takes the new journey away");
        DiagramFixture.page().closeAllEditors(false);
        flush();
    }

    /** Draws the first node of the palette's first node tool on an empty diagram with the real mouse, and types its name. */
    private static void typeOverTheFirstNode(DiagramEditor page, String kind) {
        DiagramViewer viewer = page.viewer();
        assertEquals(0, viewer.session().diagram().allNodes().stream().filter(n -> n.kind() != NodeKind.LANE).count(),
                kind + " starts empty");
        Tool first = viewer.tools().stream().filter(org.throughline.viewpoint.CreateNodeTool.class::isInstance)
                .filter(t -> !t.getLabel().equals("Milestone")).findFirst().orElseThrow();
        press(page, first.getLabel());
        // GTK showed the entry's tooltip again after the click, wide over the canvas, where it took the next click.
        for (ToolItem entry : page.palette().getItems()) {
            assertNull(entry.getToolTipText(), kind + ": once a tool is chosen, no tooltip of the palette covers the canvas");
        }
        List<DiagramNode> lanes = lanes(viewer);
        Point at = lanes.isEmpty() ? viewer.toDiagram(200, 150) : inLane(lanes.get(0));
        realClick(viewer, at);
        page.palette().notifyListeners(SWT.MouseExit, new Event());
        assertTrue(item(page, first.getLabel()).getToolTipText().startsWith(first.getLabel()),
                kind + ": the tooltips are back once the pointer has left the palette");

        org.eclipse.swt.widgets.Text box = viewer.nameBeingEdited();
        assertNotNull(box, kind + ": the first " + first.getLabel() + " has its name ready to type over");
        assertTrue(box.isFocusControl(), kind + ": and typing goes into it");
        assertEquals(box.getText().length(), box.getSelectionCount(), kind + ": all of it selected");
        type(box.getDisplay(), "Typed");
        assertEquals("Typed", box.getText(), kind + ": what is typed replaces the name");
        Event enter = new Event();
        enter.type = SWT.KeyDown;
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        box.getDisplay().post(enter);
        enter.type = SWT.KeyUp;
        box.getDisplay().post(enter);
        settle(box.getDisplay());
        Element created = (Element) viewer.selectedNodes().get(0).element();
        assertEquals("Typed", created.getName(), kind + ": Enter names it");
    }

    /** Clicks with the real mouse of the display, as a user does: the window system's events, focus and all. */
    private static void realClick(DiagramViewer viewer, Point at) {
        org.eclipse.swt.graphics.Point screen = viewer.control().toDisplay(viewer.toScreen(at));
        viewer.control().getShell().forceActive();
        flush();
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = screen.x;
        move.y = screen.y;
        viewer.control().getDisplay().post(move);
        flush();
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event e = new Event();
            e.type = type;
            e.button = 1;
            viewer.control().getDisplay().post(e);
            flush();
        }
        settle(viewer.control().getDisplay());
    }

    /** Types with the real keyboard of the display. */
    private static void type(org.eclipse.swt.widgets.Display display, String text) {
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) {
                Event shift = new Event();
                shift.type = SWT.KeyDown;
                shift.keyCode = SWT.SHIFT;
                display.post(shift);
            }
            for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                Event e = new Event();
                e.type = type;
                e.character = Character.toLowerCase(c);
                display.post(e);
            }
            if (Character.isUpperCase(c)) {
                Event shift = new Event();
                shift.type = SWT.KeyUp;
                shift.keyCode = SWT.SHIFT;
                display.post(shift);
            }
        }
        settle(display);
    }

    /** Runs the UI until the window system's events have been handled (posted events arrive a little later). */
    private static void settle(org.eclipse.swt.widgets.Display display) {
        long until = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Test
    void aNewNodesNameIsReadyToTypeOverEnterKeepsWhatWasTypedAndEscapeKeepsTheDefault() throws Exception {
        DiagramEditor page = newChain();
        DiagramViewer viewer = page.viewer();
        DeliveryChain chain = (DeliveryChain) viewer.session().diagram().root();
        press(page, "Organisation");
        click(viewer, inLane(lanes(viewer).get(0)));
        Organisation centre = (Organisation) chain.getActors().get(chain.getActors().size() - 1);

        org.eclipse.swt.widgets.Text box = viewer.nameBeingEdited();
        assertNotNull(box, "a box to type the new organisation's name in opens at once");
        assertEquals("New Organisation", box.getText());
        assertEquals(box.getText().length(), box.getSelectionCount(), "all of the name is selected, so typing replaces it");
        // What typing does with the whole text selected: the typed text takes its place.
        box.insert("Department of Health and Social Care");
        box.notifyListeners(SWT.DefaultSelection, new Event());
        flush();
        assertNull(viewer.nameBeingEdited(), "Enter closes the box");
        assertEquals("Department of Health and Social Care", centre.getName());
        assertTrue(nodeOf(viewer, centre.getId()).label().contains("Department of Health and Social Care"), "and the node shows it");

        press(page, "Team");
        click(viewer, inLane(lanes(viewer).get(1)));
        Team team = (Team) chain.getActors().get(chain.getActors().size() - 1);
        box = viewer.nameBeingEdited();
        assertNotNull(box, "the next new node has its box too");
        box.insert("Urgent care team");
        Event escape = new Event();
        escape.keyCode = SWT.ESC;
        box.notifyListeners(SWT.KeyDown, escape);
        flush();
        assertNull(viewer.nameBeingEdited(), "Escape closes the box");
        assertEquals("New Team", team.getName(), "and keeps the name it was given");
        assertEquals(lanes(viewer).get(1).element(), team.getTier(), "in the tier of its lane");
    }

    @Test
    void atFitTheNamesOfTheEmergencyCareChainAreDrawnLargeEnoughToReadAndFewAreShortened() throws Exception {
        ModelEditorContext context = DiagramFixture.open(DiagramFixture.example("emergency-care.throughline"));
        DiagramViewer viewer = DiagramFixture.newDiagram(context, "delivery-chain", context.modelResource().getEObject("ec-chain"))
                .viewer();
        // The window of a user's screen, the editor maximised (a double click on its tab).
        viewer.control().getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage workbench = DiagramFixture.page();
        workbench.setPartState(workbench.getReference(context.editor()), IWorkbenchPage.STATE_MAXIMIZED);
        viewer.control().getShell().layout(true, true);
        flush();
        try {
            namesAtFit(viewer);
        } finally {
            workbench.setPartState(workbench.getReference(context.editor()), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private static void namesAtFit(DiagramViewer viewer) throws InterruptedException {
        viewer.zoomToFit();
        repaint(viewer);
        // As laid out, the smallest name is the smallest font size of a node times the zoom.
        double smallestFont = viewer.session().diagram().allNodes().stream().mapToDouble(n -> n.style().fontSize()).min().orElseThrow();
        double laidOut = smallestFont * viewer.zoom();
        assertTrue(laidOut < CanvasPainter.MIN_NAME_PIXELS, "at Fit (" + Math.round(viewer.zoom() * 100) + " %) the names would be "
                + laidOut + " px");
        assertEquals(CanvasPainter.MIN_NAME_PIXELS, viewer.painter().smallestNamePixels(), 0.001,
                "they are drawn at " + CanvasPainter.MIN_NAME_PIXELS + " px instead of " + laidOut + " px");
        // Wrapped again for their shapes at that size, most names are whole (before: 28 of 28 shortened, to "NHS E…").
        long nodes = viewer.session().diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.NODE).count();
        System.out.println("At Fit (" + Math.round(viewer.zoom() * 100) + " %) " + viewer.painter().shortenedNames() + " of " + nodes
                + " names are shortened");
        int shortened = viewer.painter().shortenedNames();
        assertTrue(shortened <= nodes / 2, shortened + " of " + nodes + " names are shortened");

        viewer.setZoom(1);
        repaint(viewer);
        assertEquals(0, viewer.painter().shortenedNames(), "at 100% every name is whole");
        assertTrue(viewer.painter().smallestNamePixels() >= smallestFont, "and at its own size: " + viewer.painter().smallestNamePixels());
    }

    @Test
    void inAWideLowWindowFitPutsTheLegendBesideTheChainAsOneColumn() throws Exception {
        DiagramViewer viewer = DiagramFixture.exampleDiagram("emergency-care.throughline", "delivery-chain", "ec-chain");
        viewer.legend().setOpen(true);
        // A first start's window: the editor wide and low, under a toolbar and over the Properties view.
        viewer.control().setSize(1100, 420);
        viewer.zoomToFit();
        repaint(viewer);

        org.eclipse.swt.graphics.Rectangle panel = viewer.legend().panel();
        assertNotNull(panel, "the legend is open");
        assertTrue(panel.x > 1100 / 2 && panel.height > panel.width * 0.6,
                "beside the chain, on the right, the legend is one column (it was a wide, low band below): " + panel);
        assertLegendCoversNoNode(viewer);
        // Beside: (1100 - the column's 395 px) / the chain's 1,925 px with margins = 0.37 (420 px over its 1,000 high
        // would allow 0.42); below, the band of about 145 px would leave (420 - 145) / 1,000 = 0.27.
        assertTrue(viewer.zoom() > 0.33, "the chain takes the rest of the width: " + viewer.zoom());
    }

    @Test
    void fitFoldsALegendThatWouldShrinkTheChainByMoreThanAQuarter() throws Exception {
        DiagramViewer viewer = DiagramFixture.exampleDiagram("emergency-care.throughline", "delivery-chain", "ec-chain");
        // A first start's editor: 850 by 440. The chain alone fits at 440 / about 1,000 high = 0.44; room for the legend
        // below (a band of about 140 px) would leave 0.30, beside it (the band, 576 px wide) 0.14: a third lost.
        viewer.control().setSize(850, 440);
        viewer.zoomToFit();
        repaint(viewer);

        assertFalse(viewer.legend().isOpen(), "the legend waits as its tab");
        assertTrue(viewer.zoom() > 0.4, "and the chain keeps its size: " + viewer.zoom());
        assertNotNull(viewer.legend().title(), "the tab is there to open it");
    }

    @Test
    void theLegendSaysWhatTheStylesMeanAndFoldsAndEdgeLabelsTooSmallToReadAreLeftOut() throws Exception {
        DiagramViewer viewer = DiagramFixture.exampleDiagram("emergency-care.throughline", "delivery-chain", "ec-chain");
        // In a small window the legend starts as a tab; here it is opened, and Fit leaves room for it.
        viewer.legend().setOpen(true);
        viewer.zoomToFit();
        repaint(viewer);
        assertTrue(viewer.zoom() * 10 < CanvasPainter.MIN_LABEL_PIXELS, "the chain is zoomed out to fit: " + viewer.zoom());
        assertTrue(viewer.painter().hiddenLabels() > 0, "labels under 8 px are left out at Fit");
        Group legend = viewer.legend().shown();
        assertNotNull(legend, "the legend is on the canvas");
        Set<String> texts = new java.util.HashSet<>();
        collect(legend, texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Weak link")), "it says what a weak link looks like: " + texts);

        assertLegendCoversNoNode(viewer);
        org.eclipse.swt.graphics.Rectangle title = viewer.legend().title();
        mouseDown(viewer, title.x + 4, title.y + 4);
        repaint(viewer);
        assertFalse(viewer.legend().isOpen(), "a click on its title folds it");
        assertNull(viewer.legend().shown());
        title = viewer.legend().title();
        mouseDown(viewer, title.x + 4, title.y + 4);
        repaint(viewer);
        assertTrue(viewer.legend().isOpen(), "and opens it again");

        viewer.setZoom(1);
        repaint(viewer);
        assertEquals(0, viewer.painter().hiddenLabels(), "at 100% every label is drawn");
    }

    @Test
    void zoomedOutUntilArrowheadsAreSpecksEveryLinkIsStillALine() throws Exception {
        DiagramViewer viewer = DiagramFixture.exampleDiagram("emergency-care.throughline", "delivery-chain", "ec-chain");
        viewer.control().setSize(1000, 700);
        // At 13 % an arrowhead is under two pixels: the lines are stroked together, dashes as lighter solid lines.
        viewer.setZoom(0.13);
        repaint(viewer);
        var size = viewer.control().getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(viewer.control().getDisplay(), size.x, size.y);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            Event paint = new Event();
            paint.gc = gc;
            paint.width = size.x;
            paint.height = size.y;
            viewer.control().notifyListeners(SWT.Paint, paint);
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            List<String> missing = new ArrayList<>();
            var edges = viewer.session().diagram().edges();
            for (var edge : edges) {
                if (!lineDrawn(viewer, data, edge.route())) {
                    missing.add(edge.source().label() + " to " + edge.target().label());
                }
            }
            // Where a line runs under a node or along a lane's header its pixels say nothing: nearly all are seen.
            assertTrue(missing.size() <= edges.size() / 10, "links drawn at 13 %: missing " + missing + " of " + edges.size());
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Whether some pixel along the middle of a route's longest segment (or next to it) is darker than
     * the canvas and the lanes (243 at the least): a line a fifth of a pixel wide still tints its pixels.
     */
    private static boolean lineDrawn(DiagramViewer viewer, org.eclipse.swt.graphics.ImageData data, List<Point> route) {
        org.eclipse.swt.graphics.Point from = null;
        org.eclipse.swt.graphics.Point to = null;
        for (int i = 1; i < route.size(); i++) {
            var a = viewer.toScreen(route.get(i - 1));
            var b = viewer.toScreen(route.get(i));
            if (from == null || Math.hypot(b.x - a.x, b.y - a.y) > Math.hypot(to.x - from.x, to.y - from.y)) {
                from = a;
                to = b;
            }
        }
        for (int i = 0; i <= 10 && from != null; i++) {
            double t = 0.3 + 0.4 * i / 10.0;
            int x = (int) Math.round(from.x + (to.x - from.x) * t);
            int y = (int) Math.round(from.y + (to.y - from.y) * t);
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    if (x + dx >= 0 && y + dy >= 0 && x + dx < data.width && y + dy < data.height) {
                        org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x + dx, y + dy));
                        if (Math.min(rgb.red, Math.min(rgb.green, rgb.blue)) < 240) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Asserts that the legend, open or folded, as last painted, covers none of the diagram's nodes. */
    static void assertLegendCoversNoNode(DiagramViewer viewer) {
        org.eclipse.swt.graphics.Rectangle panel = viewer.legend().panel();
        assertNotNull(panel, "the legend is drawn");
        for (DiagramNode node : viewer.session().diagram().allNodes()) {
            if (node.kind() == NodeKind.NODE) {
                assertFalse(panel.intersects(onScreen(viewer, node)), "the legend covers " + node.label());
            }
        }
    }

    /** @return where a node is on the canvas */
    static org.eclipse.swt.graphics.Rectangle onScreen(DiagramViewer viewer, DiagramNode node) {
        org.eclipse.swt.graphics.Point corner = viewer.toScreen(new Point(node.bounds().x(), node.bounds().y()));
        org.eclipse.swt.graphics.Point far = viewer.toScreen(new Point(node.bounds().right(), node.bounds().bottom()));
        return new org.eclipse.swt.graphics.Rectangle(corner.x, corner.y, far.x - corner.x, far.y - corner.y);
    }

    static List<DiagramNode> lanes(DiagramViewer viewer) {
        return viewer.session().diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.LANE).toList();
    }

    /** @return a point in a lane, right of its header */
    private static Point inLane(DiagramNode lane) {
        return new Point(lane.bounds().x() + 220, lane.bounds().center().y());
    }

    private static void repaint(DiagramViewer viewer) throws InterruptedException {
        viewer.control().redraw();
        DiagramFixture.awaitPaint(viewer);
    }

    private static void mouseDown(DiagramViewer viewer, int x, int y) throws InterruptedException {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = 1;
        viewer.control().notifyListeners(SWT.MouseDown, e);
        Event up = new Event();
        up.x = x;
        up.y = y;
        up.button = 1;
        viewer.control().notifyListeners(SWT.MouseUp, up);
        flush();
    }

    private static void collect(Drawing drawing, Set<String> texts) {
        if (drawing instanceof Text text) {
            texts.addAll(text.lines());
        } else if (drawing instanceof Group group) {
            group.content().forEach(d -> collect(d, texts));
        }
    }
}
