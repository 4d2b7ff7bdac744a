// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.flush;
import static org.throughline.ui.diagram.tests.DiagramFixture.nodeOf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.Organisation;
import org.throughline.model.Team;
import org.throughline.ui.diagram.internal.CanvasAccessibility;
import org.throughline.ui.diagram.internal.DiagramEditor;
import org.throughline.ui.diagram.internal.DiagramViewer;

/**
 * A chain drawn with the keyboard alone (a palette entry chosen with its number, the place of a new
 * node chosen with the arrows, a link made with Enter, Tab and Enter, a node moved with an arrow),
 * and what a screen reader is told of the canvas.
 */
class KeyboardAndScreenReaderTest {

    @AfterEach
    void close() {
        DiagramFixture.page().closeAllEditors(false);
        flush();
    }

    private static void key(DiagramViewer viewer, int keyCode, char character) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.character = character;
        viewer.control().notifyListeners(SWT.KeyDown, e);
        flush();
    }

    /** Moves the cross of the node creation tool with the arrows until it is in the lane, right of its header. */
    private static void steerInto(DiagramViewer viewer, DiagramNode lane) {
        Bounds b = lane.bounds();
        for (int i = 0; i < 200; i++) {
            Point spot = viewer.creationSpot();
            if (spot.y() < b.y() + 10) {
                key(viewer, SWT.ARROW_DOWN, '\0');
            } else if (spot.y() > b.bottom() - 10) {
                key(viewer, SWT.ARROW_UP, '\0');
            } else if (spot.x() < b.x() + 200) {
                key(viewer, SWT.ARROW_RIGHT, '\0');
            } else {
                return;
            }
        }
        throw new AssertionError("the arrows never brought the cross into " + lane.label());
    }

    /** Presses Tab until the node is selected. */
    private static void tabTo(DiagramViewer viewer, DiagramNode node) {
        for (int i = 0; i < 100; i++) {
            if (viewer.selectedNodes().size() == 1 && viewer.selectedNodes().get(0).key().equals(node.key())) {
                return;
            }
            key(viewer, SWT.TAB, '\t');
        }
        throw new AssertionError("Tab never reached " + node.label());
    }

    private static void commitName(DiagramViewer viewer, String name) {
        assertNotNull(viewer.nameBeingEdited(), "the new node's name is ready to type over");
        viewer.nameBeingEdited().insert(name);
        viewer.nameBeingEdited().notifyListeners(SWT.DefaultSelection, new Event());
        flush();
    }

    @Test
    void aChainIsDrawnConnectedAndMovedWithTheKeyboardAlone() throws Exception {
        DiagramEditor page = DrawAChainTest.newChain();
        DiagramViewer viewer = page.viewer();
        DeliveryChain chain = (DeliveryChain) viewer.session().diagram().root();
        List<DiagramNode> lanes = DrawAChainTest.lanes(viewer);
        int actors = chain.getActors().size();

        key(viewer, 0, '1');
        assertEquals("Organisation", viewer.tool().getLabel(), "key 1 chooses the palette's first entry");
        Point start = viewer.creationSpot();
        key(viewer, SWT.ARROW_RIGHT, '\0');
        assertEquals(start.x() + 40, viewer.creationSpot().x(), 1e-9, "an arrow moves the cross four grid steps");
        steerInto(viewer, lanes.get(0));
        key(viewer, SWT.CR, '\r');
        assertNull(viewer.lastProblem(), viewer.lastProblem());
        assertNull(viewer.tool(), "the tool is put down after use");
        commitName(viewer, "Department of Health and Social Care");
        Organisation centre = (Organisation) chain.getActors().get(actors);
        assertEquals("Department of Health and Social Care", centre.getName());
        assertEquals(lanes.get(0).element(), centre.getTier(), "in the tier of the lane the cross was in");

        key(viewer, 0, '2');
        assertEquals("Team", viewer.tool().getLabel());
        steerInto(viewer, DrawAChainTest.lanes(viewer).get(1));
        key(viewer, SWT.CR, '\r');
        commitName(viewer, "Urgent care team");
        Team team = (Team) chain.getActors().get(actors + 1);
        assertEquals(lanes.get(1).element(), team.getTier());

        int links = chain.getLinks().size();
        key(viewer, 0, '5');
        assertTrue(viewer.tool().getLabel().endsWith("Link") || viewer.tool().getLabel().endsWith("link"), "key 5 chooses the link entry: "
                + viewer.tool().getLabel());
        tabTo(viewer, nodeOf(viewer, centre.getId()));
        key(viewer, SWT.CR, '\r');
        assertEquals(centre, viewer.connectionSource().element(), "Enter starts the link at the selected node");
        tabTo(viewer, nodeOf(viewer, team.getId()));
        key(viewer, SWT.CR, '\r');
        assertNull(viewer.lastProblem(), viewer.lastProblem());
        assertEquals(links + 1, chain.getLinks().size(), "Enter on the other node makes the link");
        Link link = chain.getLinks().get(links);
        assertEquals(List.of(centre, team), List.of(link.getSource(), link.getTarget()));

        tabTo(viewer, nodeOf(viewer, team.getId()));
        double x = nodeOf(viewer, team.getId()).bounds().x();
        key(viewer, SWT.ARROW_RIGHT, '\0');
        assertEquals(x + 10, nodeOf(viewer, team.getId()).bounds().x(), 1e-9, "an arrow moves the selected node a grid step");
    }

    @Test
    void aScreenReaderIsToldTheDiagramItsNodesAndEdgesAndWhichIsSelected() throws Exception {
        DiagramEditor page = DrawAChainTest.newChain();
        DiagramViewer viewer = page.viewer();
        DeliveryChain chain = (DeliveryChain) viewer.session().diagram().root();
        DrawAChainTest.press(page, "Organisation");
        DiagramFixture.click(viewer, new Point(DrawAChainTest.lanes(viewer).get(0).bounds().x() + 220,
                DrawAChainTest.lanes(viewer).get(0).bounds().center().y()));
        commitName(viewer, "NHS England");
        Organisation organisation = (Organisation) chain.getActors().get(chain.getActors().size() - 1);

        CanvasAccessibility access = viewer.accessibility();
        AccessibleControlEvent count = new AccessibleControlEvent(viewer.control().getAccessible());
        access.getChildCount(count);
        int shown = viewer.session().diagram().allNodes().size() + viewer.session().diagram().edges().size();
        assertEquals(shown, count.detail, "a child for each node and edge");

        AccessibleEvent self = new AccessibleEvent(viewer.control().getAccessible());
        self.childID = ACC.CHILDID_SELF;
        access.getName(self);
        assertTrue(self.result.contains("Delivery Chain"), "the canvas says what diagram it is: " + self.result);

        AccessibleControlEvent focus = new AccessibleControlEvent(viewer.control().getAccessible());
        access.getFocus(focus);
        assertTrue(focus.childID >= 0, "the new node, selected, is the focus");
        AccessibleEvent name = new AccessibleEvent(viewer.control().getAccessible());
        name.childID = focus.childID;
        access.getName(name);
        assertTrue(name.result.contains("NHS England"), "and is read by its name: " + name.result);
        AccessibleControlEvent role = new AccessibleControlEvent(viewer.control().getAccessible());
        role.childID = focus.childID;
        access.getRole(role);
        assertEquals(ACC.ROLE_LISTITEM, role.detail);
        AccessibleControlEvent state = new AccessibleControlEvent(viewer.control().getAccessible());
        state.childID = focus.childID;
        access.getState(state);
        assertTrue((state.detail & ACC.STATE_SELECTED) != 0, "and said to be selected");

        List<String> lanes = new ArrayList<>();
        for (int i = 0; i < count.detail; i++) {
            AccessibleEvent child = new AccessibleEvent(viewer.control().getAccessible());
            child.childID = i;
            access.getName(child);
            if (viewer.session().diagram().allNodes().size() > i && viewer.session().diagram().allNodes().get(i).kind() == NodeKind.LANE) {
                lanes.add(child.result);
            }
        }
        assertEquals(3, lanes.size(), "the tiers' lanes are read too: " + lanes);
        assertEquals(organisation, viewer.session().diagram().allNodes().get(focus.childID).element());
    }
}
