// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.awaitPaint;
import static org.throughline.ui.diagram.tests.DiagramFixture.drag;
import static org.throughline.ui.diagram.tests.DiagramFixture.example;
import static org.throughline.ui.diagram.tests.DiagramFixture.flush;
import static org.throughline.ui.diagram.tests.DiagramFixture.mouse;
import static org.throughline.ui.diagram.tests.DiagramFixture.newDiagram;
import static org.throughline.ui.diagram.tests.DiagramFixture.nodeOf;
import static org.throughline.ui.diagram.tests.DiagramFixture.open;
import static org.throughline.ui.diagram.tests.DiagramFixture.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.Organisation;
import org.throughline.model.Tier;
import org.throughline.render.api.DiagramPainter;
import org.throughline.render.api.Drawing;
import org.throughline.ui.diagram.internal.DiagramEditor;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.ui.diagram.internal.Exports;
import org.throughline.ui.diagram.internal.ModelDiagrams;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.api.ViewpointRegistry;

/** The diagram pages of the model editor, used as a modeller would: with the mouse, the palette, undo and save. */
class DiagramEditorTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        flush();
    }

    @Test
    void showWholeZoomsTheChainToFitItsWindow() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramEditor page = newChainDiagram(context);
        DiagramViewer viewer = page.viewer();
        assertEquals(1.0, viewer.zoom(), "a diagram page opens at 100 %");
        Bounds drawn = nodesExtent(viewer);
        Bounds before = viewer.visibleArea();
        assertFalse(before.width() >= drawn.right() && before.height() >= drawn.bottom(),
                "at 100 % the window shows part of the chain: " + before + " of " + drawn);

        page.showWhole();
        flush();

        Bounds visible = viewer.visibleArea();
        assertTrue(viewer.zoom() < 1, "zoomed out: " + viewer.zoom());
        assertTrue(visible.x() <= drawn.x() && visible.y() <= drawn.y() && visible.right() >= drawn.right()
                && visible.bottom() >= drawn.bottom(), "the whole chain " + drawn + " is in the window " + visible);
    }

    @Test
    void theWorkbenchRemembersTheActivePageOfAnOpenEditor() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        ModelEditor editor = (ModelEditor) context.editor();
        newChainDiagram(context);
        flush();
        String onScreen = editor.activePageTitle();
        assertNotEquals("Model", onScreen, "the new diagram's page is the one on screen, not the tree");
        XMLMemento memento = XMLMemento.createWriteRoot("editorState");
        editor.saveState(memento);
        assertEquals(onScreen, memento.getString("activePage"),
                "what the workbench keeps of the editor when it closes names the page the user was on");
    }

    /** @return the rectangle that holds every node (lanes included), in diagram coordinates */
    private static Bounds nodesExtent(DiagramViewer viewer) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (DiagramNode node : viewer.session().diagram().allNodes()) {
            Bounds b = node.bounds();
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
            right = Math.max(right, b.right());
            bottom = Math.max(bottom, b.bottom());
        }
        return new Bounds(left, top, right - left, bottom - top);
    }

    private static DiagramEditor newChainDiagram(ModelEditorContext context) throws Exception {
        return newDiagram(context, "delivery-chain", context.modelResource().getEObject("ec-chain"));
    }

    private static Tool tool(DiagramViewer viewer, Class<? extends Tool> type) {
        return viewer.tools().stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    private static boolean near(RGB a, RGB b) {
        return distance(a, b) < 60;
    }

    private static int distance(RGB a, RGB b) {
        return Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue);
    }

    private static RGB rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    @Test
    void theDiagramOfAnExampleIsDrawnWithItsStyles() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramEditor page = newChainDiagram(context);
        DiagramViewer viewer = page.viewer();
        assertTrue(viewer.session().diagram().allNodes().size() > 20, "the chain's tiers and actors are shown");
        assertTrue(viewer.session().diagram().edges().size() > 20, "and its links");

        viewer.control().redraw();
        awaitPaint(viewer);
        assertTrue(viewer.lastPaintNanos() > 0, "the canvas painted the diagram");

        // The same drawing as an image: each node's border is in its style's colour, inside is its fill.
        ImageData image = Exports.image(viewer.control().getDisplay(), viewer.session().diagram(), 1);
        int matched = 0;
        List<DiagramNode> nodes = viewer.session().diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.NODE).toList();
        for (DiagramNode node : nodes) {
            Bounds b = node.bounds();
            int y = (int) Math.round(b.y() + b.height() / 2 + 20);
            int x = (int) Math.round(b.x() + 20);
            // A thin border is smoothed into its neighbours: its darkest pixel is nearer its colour than the fill's.
            boolean border = false;
            for (int dx = -2; dx <= 2 && !border; dx++) {
                RGB pixel = image.palette.getRGB(image.getPixel(x + dx, y));
                border = near(pixel, rgb(node.style().borderColor()))
                        || distance(pixel, rgb(node.style().borderColor())) < distance(pixel, rgb(node.style().fill()))
                                && distance(pixel, rgb(node.style().borderColor())) < 150;
            }
            RGB inside = image.palette.getRGB(image.getPixel((int) Math.round(b.x() + 20 + 4), (int) Math.round(b.y() + 20 + 4)));
            if (border && near(inside, rgb(node.style().fill()))) {
                matched++;
            }
        }
        assertTrue(matched >= nodes.size() * 0.9, "border and fill drawn in the style's colours for " + matched + " of " + nodes.size());
    }

    @Test
    void aNodeCreatedFromThePaletteIsAnElementOfTheModelInTheLaneClicked() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newChainDiagram(context).viewer();
        DeliveryChain chain = (DeliveryChain) context.modelResource().getEObject("ec-chain");
        DiagramNode lane = viewer.session().diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.LANE).findFirst()
                .orElseThrow();
        int actorsBefore = chain.getActors().size();

        viewer.setTool(tool(viewer, CreateNodeTool.class));
        Point click = emptySpot(lane);
        mouse(viewer, SWT.MouseDown, click, 0);
        mouse(viewer, SWT.MouseUp, click, SWT.BUTTON1);
        flush();

        assertNull(viewer.lastProblem(), viewer.lastProblem());
        assertEquals(actorsBefore + 1, chain.getActors().size(), "the new organisation is an actor of the chain");
        Organisation created = (Organisation) chain.getActors().get(chain.getActors().size() - 1);
        assertEquals("New Organisation", created.getName());
        assertEquals(lane.element(), created.getTier(), "it is in the tier of the lane clicked");
        DiagramNode node = nodeOf(viewer, created.getId());
        assertTrue(Math.abs(node.bounds().center().x() - click.x()) <= 10 && Math.abs(node.bounds().center().y() - click.y()) <= 10,
                "the node is where the user clicked: " + node.bounds() + " for " + click);
        assertNull(viewer.tool(), "the palette goes back to selection");
        assertEquals(List.of(created), ((IStructuredSelection) viewer.getSelection()).toList(),
                "the new element is selected, for the Properties view");

        context.editingDomain().getCommandStack().undo();
        flush();
        assertEquals(actorsBefore, chain.getActors().size(), "undo removes it from the model");
        assertNull(created.eResource());
        assertTrue(viewer.session().elementsOf(created).isEmpty(), "and from the diagram");
    }

    /** @return the middle of the widest stretch of a lane, right of its header, that no node covers */
    private static Point emptySpot(DiagramNode lane) {
        List<Bounds> taken = new ArrayList<>(lane.children().stream().map(DiagramNode::bounds).toList());
        taken.sort(java.util.Comparator.comparingDouble(Bounds::x));
        double from = lane.bounds().x() + org.throughline.layout.api.DiagramLayout.LANE_HEADER;
        double bestFrom = from;
        double bestWidth = -1;
        for (Bounds b : taken) {
            if (b.x() - from > bestWidth) {
                bestWidth = b.x() - from;
                bestFrom = from;
            }
            from = Math.max(from, b.right());
        }
        if (lane.bounds().right() - from > bestWidth) {
            bestWidth = lane.bounds().right() - from;
            bestFrom = from;
        }
        return new Point(bestFrom + bestWidth / 2, lane.bounds().center().y());
    }

    @Test
    void draggingFromOneNodeToAnotherWithTheLinkToolCreatesALink() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newChainDiagram(context).viewer();
        DeliveryChain chain = (DeliveryChain) context.modelResource().getEObject("ec-chain");
        DiagramNode cqc = nodeOf(viewer, "ec-org-cqc");
        DiagramNode care = nodeOf(viewer, "ec-org-care");
        int linksBefore = chain.getLinks().size();

        viewer.setTool(tool(viewer, CreateEdgeTool.class));
        drag(viewer, cqc.bounds().center(), care.bounds().center());

        assertNull(viewer.lastProblem(), viewer.lastProblem());
        assertEquals(linksBefore + 1, chain.getLinks().size());
        Link link = chain.getLinks().get(chain.getLinks().size() - 1);
        assertEquals(cqc.element(), link.getSource());
        assertEquals(care.element(), link.getTarget());
        // The example files its links in the folder "Links" (ec-f-links): a new one goes there too.
        assertEquals("ec-f-links", ((org.throughline.model.Folder) link.eContainer()).getId(), "the link is filed with the model's links");
        assertEquals(org.throughline.model.LinkStrength.UNKNOWN, link.getStrength(),
                "a new link is not judged strong: its strength is for the modeller to judge");
        List<Object> shown = viewer.session().elementsOf(link);
        assertEquals(1, shown.size(), "the diagram shows the new link");
        DiagramEdge edge = (DiagramEdge) shown.get(0);
        assertEquals("ec-org-cqc", edge.source().semanticId());
        assertFalse(edge.route().isEmpty(), "and routes it");
    }

    @Test
    void aNodeDraggedElsewhereGoesBackOnUndoAndTheSelectionIsItsElement() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newChainDiagram(context).viewer();
        CommandStack stack = context.editingDomain().getCommandStack();
        DiagramNode trust = nodeOf(viewer, "ec-org-trust-north");
        Bounds before = trust.bounds();

        drag(viewer, before.center(), new Point(before.center().x() + 83, before.center().y() + 47));
        Bounds after = nodeOf(viewer, "ec-org-trust-north").bounds();
        assertEquals(before.width(), after.width());
        assertEquals(0, after.x() % 10, "snapped to the grid: " + after);
        assertTrue(Math.abs(after.x() - before.x() - 83) <= 10 && Math.abs(after.y() - before.y() - 47) <= 10, after.toString());
        assertTrue(page().getActiveEditor().isDirty(), "a move makes the model editor dirty");
        IStructuredSelection selection = (IStructuredSelection) viewer.getSelection();
        assertEquals(List.of(trust.element()), selection.toList(), "the selected node gives its element to the Properties view");

        stack.undo();
        flush();
        assertEquals(before, nodeOf(viewer, "ec-org-trust-north").bounds(), "undo puts it back");
        stack.redo();
        assertEquals(after, nodeOf(viewer, "ec-org-trust-north").bounds(), "redo moves it again");

        // The editor's selection of an element reveals it on the active diagram.
        EObject ambulance = context.modelResource().getEObject("ec-org-ambulance");
        context.select(List.of(ambulance));
        flush();
        assertEquals(List.of(ambulance), ((IStructuredSelection) viewer.getSelection()).toList());
    }

    @Test
    void aSavedDiagramReopensWithTheSamePlacesAndLayers() throws Exception {
        IFile file = example("emergency-care.throughline");
        ModelEditorContext context = open(file);
        DiagramEditor page = newChainDiagram(context);
        DiagramViewer viewer = page.viewer();
        DiagramNode trust = nodeOf(viewer, "ec-org-trust-north");
        viewer.move(List.of(trust), 140, 0);
        page.toggle("hierarchy", true);
        DiagramState expected = viewer.session().diagram().state();
        assertTrue(expected.layers().contains("hierarchy"));

        page().saveEditor(context.editor(), false);
        flush();
        assertFalse(context.editor().isDirty(), "saved");
        Path representations = RepresentationsFile.besideModel(file.getLocation().toFile().toPath());
        assertTrue(Files.exists(representations), "the diagrams are written beside the model");
        page().closeAllEditors(false);
        flush();

        ModelEditorContext reopened = open(file);
        List<DiagramEditor> pages = ModelDiagrams.of(reopened).pages();
        assertEquals(1, pages.size(), "the diagram page is back");
        DiagramState state = pages.get(0).session().diagram().state();
        assertEquals(expected.nodes().keySet(), state.nodes().keySet(), "every node is back");
        expected.nodes().forEach((key, b) -> {
            Bounds now = state.nodes().get(key);
            double tenth = 0.051;
            assertTrue(Math.abs(now.x() - b.x()) <= tenth && Math.abs(now.y() - b.y()) <= tenth
                    && Math.abs(now.width() - b.width()) <= tenth,
                    key + " where it was (to a tenth of a pixel): " + b + " / " + now);
        });
        assertEquals(expected.layers(), state.layers());
        assertEquals(expected.name(), state.name());
        assertFalse(reopened.editor().isDirty(), "nothing to save after opening");
    }

    @Test
    void aSavedDiagramIsOpenedAndDrawnOnlyWhenItsPageIsFirstShown() throws Exception {
        IFile file = example("emergency-care.throughline");
        ModelEditorContext context = open(file);
        var chain = ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow();
        EObject root = context.modelResource().getEObject("ec-chain");
        ModelDiagrams.of(context).create(chain, root, "Chain overview");
        ModelDiagrams.of(context).create(chain, root, "Chain detail");
        flush();
        page().saveEditor(context.editor(), false);
        page().closeAllEditors(false);
        flush();
        Path representations = RepresentationsFile.besideModel(file.getLocation().toFile().toPath());
        List<DiagramState> written = RepresentationsFile.read(representations);
        assertEquals(2, written.size());

        ModelEditorContext reopened = open(file);
        ModelEditor editor = (ModelEditor) reopened.editor();
        assertSame(editor.treePage(), editor.activePage(), "the editor opens on its model tree");
        List<DiagramEditor> pages = ModelDiagrams.of(reopened).pages();
        assertEquals(List.of("Chain overview", "Chain detail"), pages.stream().map(DiagramEditor::getPartName).toList(),
                "a tab for each diagram, named at once");
        for (DiagramEditor diagram : pages) {
            assertFalse(diagram.isOpened(), diagram.getPartName() + " is not interpreted before it is shown");
            assertNull(diagram.viewer(), diagram.getPartName() + " has no canvas before it is shown");
        }
        assertFalse(editor.isDirty(), "nothing to save");

        assertTrue(editor.showPage("Chain detail"));
        flush();
        DiagramEditor detail = pages.get(1);
        DiagramViewer viewer = detail.viewer();
        assertNotNull(viewer, "showing the page makes its canvas");
        assertTrue(viewer.control().isVisible(), "and the canvas is on screen");
        assertTrue(detail.palette().getItemCount() > 1, "with the palette of the chain's tools");
        viewer.control().redraw();
        awaitPaint(viewer);
        assertEquals(written.get(1).nodes().keySet(), viewer.session().diagram().state().nodes().keySet(),
                "drawing the diagram's nodes where they were saved");
        assertFalse(pages.get(0).isOpened(), "the page not shown is still not opened");
        assertFalse(editor.isDirty(), "showing a page leaves nothing to save");

        DiagramNode trust = nodeOf(viewer, "ec-org-trust-north");
        viewer.move(List.of(trust), 140, 0);
        assertTrue(editor.isDirty(), "a node moved is a change to save");
        page().saveEditor(editor, false);
        flush();
        List<DiagramState> rewritten = RepresentationsFile.read(representations);
        assertEquals(written.get(0), rewritten.get(0), "the diagram never shown is written back as it was");
        assertNotEquals(written.get(1).nodes().get(trust.key()), rewritten.get(1).nodes().get(trust.key()),
                "the moved node is saved where it was moved to");
        assertFalse(pages.get(0).isOpened(), "saving does not open the page not shown");
    }

    @Test
    void aDiagramOfAKindNoViewpointProvidesSaysWhyInItsPageAndIsWrittenBackAsItWas() throws Exception {
        IFile file = example("emergency-care.throughline");
        ModelEditorContext context = open(file);
        var chain = ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow();
        ModelDiagrams.of(context).create(chain, context.modelResource().getEObject("ec-chain"), "Chain");
        flush();
        page().saveEditor(context.editor(), false);
        page().closeAllEditors(false);
        flush();
        Path representations = RepresentationsFile.besideModel(file.getLocation().toFile().toPath());
        DiagramState drawn = RepresentationsFile.read(representations).get(0);
        DiagramState retired = new DiagramState("Retired kind", "retired-kind", drawn.rootId(), drawn.layers(), drawn.filters(),
                drawn.nodes(), drawn.pinned(), drawn.edges());
        RepresentationsFile.write(representations, List.of(drawn, retired));

        ModelEditorContext reopened = open(file);
        ModelEditor editor = (ModelEditor) reopened.editor();
        assertTrue(editor.showPage("Retired kind"), "the diagram keeps its tab");
        flush();
        DiagramEditor page = ModelDiagrams.of(reopened).pages().get(1);
        assertNull(page.viewer(), "no canvas for a kind of diagram nothing can draw");
        String sentence = "The diagram 'Retired kind' is of the kind 'retired-kind', which no installed viewpoint provides.";
        List<String> onScreen = visibleLabels(editor.getSite().getShell());
        assertTrue(onScreen.contains(sentence), "the page says why: " + onScreen);
        assertFalse(editor.isDirty(), "nothing to save");

        assertTrue(editor.showPage("Chain"));
        flush();
        DiagramViewer viewer = ModelDiagrams.of(reopened).pages().get(0).viewer();
        viewer.move(List.of(nodeOf(viewer, "ec-org-trust-north")), 140, 0);
        page().saveEditor(editor, false);
        flush();
        List<DiagramState> written = RepresentationsFile.read(representations);
        assertEquals(2, written.size(), "both diagrams are written");
        assertEquals(retired, written.get(1), "the one that could not be drawn exactly as it was read");
    }

    @Test
    void anElementShownFromAnotherPageIsSelectedInTheDiagramPageThatShowsItThoughThatPageWasNotYetMade() throws Exception {
        IFile file = example("emergency-care.throughline");
        ModelEditorContext context = open(file);
        ModelDiagrams diagrams = ModelDiagrams.of(context);
        diagrams.create(ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow(),
                context.modelResource().getEObject("ec-chain"), "Chain");
        diagrams.create(ViewpointRegistry.getDefault().diagram("service-flow").orElseThrow(),
                context.modelResource().getEObject("ec-svc-ambulance"), "Ambulance flow");
        flush();
        page().saveEditor(context.editor(), false);
        page().closeAllEditors(false);
        flush();

        ModelEditorContext reopened = open(file);
        ModelEditor editor = (ModelEditor) reopened.editor();
        assertTrue(editor.showPage("Chain"));
        flush();
        DiagramEditor flow = ModelDiagrams.of(reopened).pages().get(1);
        assertNull(flow.viewer(), "the flow's page is not made yet");
        EObject call = reopened.modelResource().getEObject("ec-step-999");

        reopened.select(List.of(call));
        flush();

        assertEquals("Ambulance flow", editor.activePageTitle(), "the page that shows the step comes to the front");
        assertNotNull(flow.viewer(), "made as it is shown");
        assertEquals(List.of(call), ((IStructuredSelection) flow.viewer().getSelection()).toList(), "with the step selected");
    }

    /** @return the texts of the labels on screen in a window */
    private static List<String> visibleLabels(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                texts.addAll(visibleLabels(composite));
            }
        }
        return texts;
    }

    @Test
    void deletingASelectedNodeRemovesItsElementAndTheLinksToIt() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newChainDiagram(context).viewer();
        DeliveryChain chain = (DeliveryChain) context.modelResource().getEObject("ec-chain");
        DiagramNode utc = nodeOf(viewer, "ec-org-utc");
        Tier tier = ((Organisation) utc.element()).getTier();
        assertNotNull(tier);
        ToolItem deleteButton = toolItem(viewer, "Delete from Model (Delete)");
        assertFalse(deleteButton.isEnabled(), "with nothing selected the toolbar's Delete is greyed out");
        viewer.select(Set.of(utc.key()));
        flush();
        assertTrue(deleteButton.isEnabled(), "with a node selected the toolbar's Delete can be pressed");
        Event delete = new Event();
        delete.keyCode = SWT.DEL;
        viewer.control().notifyListeners(SWT.KeyDown, delete);
        flush();
        assertNull(utc.element().eResource(), "the organisation is deleted from the model");
        assertFalse(chain.getActors().contains(utc.element()));
        List<Link> dangling = new ArrayList<>();
        for (Link link : chain.getLinks()) {
            if (link.getSource() == utc.element() || link.getTarget() == utc.element()) {
                dangling.add(link);
            }
        }
        assertEquals(List.of(), dangling, "no link is left pointing at it");
        context.editingDomain().getCommandStack().undo();
        flush();
        assertTrue(chain.getActors().contains(utc.element()), "undo brings it back");
        assertEquals(1, viewer.session().elementsOf(utc.element()).size());
    }

    @Test
    void layoutIsUndoableAndTheDiagramExportsAsSvgAndPng() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newChainDiagram(context).viewer();
        DiagramNode trust = nodeOf(viewer, "ec-org-trust-north");
        viewer.move(List.of(trust), 300, 0);
        DiagramState moved = viewer.session().diagram().state();
        assertTrue(moved.pinned().contains(trust.key()), "a node the user moved is pinned");

        viewer.layout(false);
        DiagramState laidOut = viewer.session().diagram().state();
        assertFalse(laidOut.nodes().equals(moved.nodes()), "layout places the nodes afresh");
        context.editingDomain().getCommandStack().undo();
        assertEquals(moved.nodes(), viewer.session().diagram().state().nodes(), "undo gives back the user's placement");

        // Resize with the bottom-right handle of the selected node.
        DiagramNode care = nodeOf(viewer, "ec-org-care");
        viewer.select(Set.of(care.key()));
        Bounds b = care.bounds();
        Point corner = new Point(b.right() + 3 / viewer.zoom(), b.bottom() + 3 / viewer.zoom());
        drag(viewer, corner, new Point(b.right() + 60, b.bottom() + 40));
        Bounds resized = nodeOf(viewer, "ec-org-care").bounds();
        assertEquals(b.x(), resized.x(), 0.001, "the top-left corner stays");
        assertTrue(resized.width() > b.width() + 40 && resized.height() > b.height() + 20, "bigger: " + resized);

        Path folder = Files.createTempDirectory("diagram-export");
        Path svg = folder.resolve("chain.svg");
        Path png = folder.resolve("chain.png");
        Exports.svg(viewer.session().diagram(), svg);
        Exports.png(viewer.control().getDisplay(), viewer.session().diagram(), png);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("Care Quality Commission"), "the SVG holds the diagram's labels");
        ImageData image = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
        Bounds extent = org.throughline.layout.api.DiagramLayout.extent(viewer.session().diagram());
        assertEquals((int) Math.ceil(extent.width() + 40), image.width, "the PNG is the diagram's size at 100 %");
    }

    /**
     * The canvas draws the display list the SVG is written from: on a screenshot of the canvas at
     * 50 %, inside each node that is fully in view (below its label) is the fill the display list
     * gives that node. The screenshot and the SVG are left in {@code target/screen-vs-svg} to be
     * compared by eye.
     */
    @Test
    void theCanvasShowsTheFillsOfTheDisplayListTheSvgIsWrittenFrom() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newChainDiagram(context).viewer();
        viewer.setGridShown(false);
        // The legend, folded to its tab, covers no node's fill.
        viewer.legend().setOpen(false);
        viewer.setZoom(0.4);
        viewer.control().redraw();
        viewer.control().update();
        flush();
        compareWithDisplayList(viewer);
    }

    /** The button of the diagram's toolbar with this tooltip. */
    private static ToolItem toolItem(DiagramViewer viewer, String tooltip) {
        for (Control sibling : viewer.control().getParent().getChildren()) {
            if (sibling instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    if (tooltip.equals(item.getToolTipText())) {
                        return item;
                    }
                }
            }
        }
        throw new AssertionError("the diagram's toolbar has no button \"" + tooltip + "\"");
    }

    private static void compareWithDisplayList(DiagramViewer viewer) throws Exception {
        org.eclipse.swt.graphics.Rectangle area = viewer.control().getClientArea();
        Display display = viewer.control().getDisplay();
        Image image = new Image(display, area.width, area.height);
        ImageData screen;
        GC gc = new GC(image);
        try {
            viewer.control().print(gc);
            screen = image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
        Path folder = Path.of("target", "screen-vs-svg").toAbsolutePath();
        Files.createDirectories(folder);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { screen };
        loader.save(folder.resolve("screen.png").toString(), SWT.IMAGE_PNG);
        Exports.svg(viewer.session().diagram(), folder.resolve("diagram.svg"));

        int checked = 0;
        int matched = 0;
        for (DiagramNode node : viewer.session().diagram().allNodes()) {
            Bounds b = node.bounds();
            org.eclipse.swt.graphics.Point topLeft = viewer.toScreen(new Point(b.x(), b.y()));
            org.eclipse.swt.graphics.Point bottomRight = viewer.toScreen(new Point(b.right(), b.bottom()));
            if (node.kind() != NodeKind.NODE || topLeft.x < 0 || topLeft.y < 0 || bottomRight.x >= area.width
                    || bottomRight.y >= area.height || !(DiagramPainter.node(node).content().get(0) instanceof Drawing.Rectangle shape)) {
                continue;
            }
            // Spots inside the shape near its bottom, middle and sides: a name wrapped onto every line the shape holds
            // covers some of them, never all.
            int sampleY = bottomRight.y - 4;
            int[] sampleXs = { (topLeft.x + bottomRight.x) / 2, topLeft.x + 5, bottomRight.x - 5 };
            if (viewer.legend().title() != null && viewer.legend().title().contains(sampleXs[0], sampleY)) {
                continue;
            }
            checked++;
            for (int sampleX : sampleXs) {
                if (near(screen.palette.getRGB(screen.getPixel(sampleX, sampleY)), rgb(shape.fill().colour()))) {
                    matched++;
                    break;
                }
            }
        }
        assertTrue(checked >= 5, "enough nodes in view to compare: " + checked);
        assertTrue(matched >= checked * 0.9, "the display list's fill on screen for " + matched + " of " + checked + " nodes");
    }
}
