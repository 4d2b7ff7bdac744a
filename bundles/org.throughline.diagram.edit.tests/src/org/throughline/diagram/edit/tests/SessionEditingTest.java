// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.diagram.edit.api.ToolResult;
import org.throughline.model.Element;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.Validator;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;

/** Editing a diagram headless: tools that refuse, moves and layouts that undo, layers switched on. */
class SessionEditingTest {

    @Test
    void aReportingLineDrawnFromTheOneWhoReportsIsAnAccountabilityLinkTheOtherWayRound() throws Exception {
        DiagramSession session = Sessions.open("emergency-care.throughline", "accountability", false);
        CreateEdgeTool tool = (CreateEdgeTool) session.tool("Reporting line").orElseThrow();
        List<DiagramNode> organisations = session.diagram().allNodes().stream().filter(n -> DiagramSession.canStartAt(tool, n)).toList();
        DiagramNode reports = organisations.get(0);
        DiagramNode reportedTo = organisations.get(1);

        ToolResult result = session.createEdge(tool, reports, reportedTo);

        assertTrue(result.done(), result.problem());
        Link link = (Link) result.created().get(0);
        // The user drew from the one who reports to the one reported to; the link runs from the accountable one.
        assertSame(reportedTo.element(), link.getSource());
        assertSame(reports.element(), link.getTarget());
        assertEquals(LinkKind.ACCOUNTABILITY, link.getKind());
        assertEquals(LinkStrength.UNKNOWN, link.getStrength(), "its strength not yet judged");
    }

    @Test
    void newElementsAreNamedForWhatTheyAreAndNeverShareANameSoValidationStaysQuietAboutThem() throws Exception {
        DiagramSession session = Sessions.open("emergency-care.throughline", "accountability", false);
        Model model = (Model) session.diagram().root();
        CreateNodeTool organisation = (CreateNodeTool) session.tool("Organisation").orElseThrow();

        Element first = (Element) session.createNode(organisation, Sessions.emptySpot(session, null)).created().get(0);
        Element second = (Element) session.createNode(organisation, Sessions.emptySpot(session, null)).created().get(0);

        assertEquals("New Organisation", first.getName());
        assertEquals("New Organisation 2", second.getName(), "numbered: the first has the plain name");

        CreateEdgeTool reporting = (CreateEdgeTool) session.tool("Reporting line").orElseThrow();
        DiagramNode reports = (DiagramNode) session.elementsOf(first).get(0);
        DiagramNode reportedTo = (DiagramNode) session.elementsOf(second).get(0);
        Link link = (Link) session.createEdge(reporting, reports, reportedTo).created().get(0);
        Link again = (Link) session.createEdge(reporting, reports, reportedTo).created().get(0);

        // Drawn from the one who reports, the link runs from the one reported to: its name reads its way.
        assertEquals("New Organisation 2 \u2192 New Organisation", link.getName());
        assertEquals("New Organisation 2 \u2192 New Organisation 2", again.getName(), "the second link between them is numbered");
        List<String> duplicates = Validator.standard().validate(model, LocalDate.of(2026, 1, 1)).findings().stream()
                .filter(f -> f.rule().id().equals("structure.duplicate-name"))
                .filter(f -> Set.of(first, second, link, again).contains(f.element())).map(Finding::message).toList();
        assertEquals(List.of(), duplicates, "no duplicate-name warning about the new elements");

        session.domain().getCommandStack().undo();
        assertNull(again.eResource(), "undo takes the second link away");
        session.domain().getCommandStack().redo();
        assertEquals("New Organisation 2 \u2192 New Organisation 2", again.getName(), "and redo brings it back with its name");
    }

    @Test
    void aMilestoneOnTheBackgroundIsRefusedInOneSentenceAndChangesNothing() throws Exception {
        DiagramSession session = Sessions.open("emergency-care.throughline", "dependencies", false);
        CommandStack stack = session.domain().getCommandStack();
        Model model = (Model) session.diagram().root();
        int elements = model.getElements().size();

        ToolResult result = session.createNode((CreateNodeTool) session.tool("Milestone").orElseThrow(), Sessions.emptySpot(session, null));

        assertFalse(result.done());
        assertEquals("'Milestone' creates elements that this diagram shows only inside these: Programme, Project, "
                + "Project outside a programme. Click into one of them.", result.problem());
        assertFalse(stack.canUndo(), "nothing on the undo stack");
        assertEquals(elements, model.getElements().size());
    }

    @Test
    void aToolThatCannotRunSaysWhyAndChangesNothing() throws Exception {
        DiagramSession session = Sessions.open("emergency-care.throughline", "dependencies", false);
        Model model = (Model) session.diagram().root();
        int elements = model.getElements().size();
        // The milestone tool puts the new milestone in its container's milestones: a model has none.
        CreateNodeTool milestone = (CreateNodeTool) session.tool("Milestone").orElseThrow();

        ToolResult result = session.runTool(milestone, model, Map.of("container", model));

        assertFalse(result.done());
        assertEquals("The tool 'Milestone' could not run: Model has no feature 'milestones'.", result.problem());
        assertEquals(elements, model.getElements().size());
        assertFalse(session.domain().getCommandStack().canUndo(), "nothing on the undo stack");
    }

    @Test
    void aMoveIsOneUndoableStepThatPinsTheNodeAndTheEdgesFollow() throws Exception {
        DiagramSession session = Sessions.open("emergency-care.throughline", "outcome-map", false);
        DiagramEdge edge = session.diagram().edges().get(0);
        DiagramNode node = edge.source();
        Bounds before = node.bounds();
        String key = node.key();

        assertTrue(session.move(List.of(node), 30, 20));

        DiagramNode moved = session.diagram().node(key);
        // 30 right and 20 down from where it was.
        assertEquals(new Bounds(before.x() + 30, before.y() + 20, before.width(), before.height()), moved.bounds());
        assertTrue(moved.isPinned(), "kept where the user put it by later layouts");
        DiagramEdge following = session.diagram().edges().stream().filter(e -> e.key().equals(edge.key())).findFirst().orElseThrow();
        assertTrue(Sessions.inside(moved.bounds(), following.route().get(0), 1), "the edge starts at the moved node: " + following.route());

        session.layout();
        assertFalse(session.diagram().node(key).isPinned(), "a layout of everything unpins");
        session.domain().getCommandStack().undo();
        assertEquals(moved.bounds(), session.diagram().node(key).bounds(), "undoing the layout puts the node where it was moved");
        session.domain().getCommandStack().undo();
        assertEquals(before, session.diagram().node(key).bounds(), "undoing the move puts it back");
    }

    @Test
    void anOptionalLayerSwitchedOnShowsItsElementsAndUndoHidesThem() throws Exception {
        DiagramSession session = Sessions.open("emergency-care.throughline", "service-flow", false);
        assertTrue(session.diagram().allNodes().stream().noneMatch(n -> n.mappingId().equals("sf.actor")));
        assertTrue(session.tool("Performed by").isEmpty(), "the layer's tool is not in the palette while it is off");

        assertTrue(session.showLayers(Set.of("performers"), Set.of()));

        assertTrue(session.diagram().allNodes().stream().anyMatch(n -> n.mappingId().equals("sf.actor") && n.kind() == NodeKind.NODE),
                "the performers are drawn");
        assertTrue(session.tool("Performed by").isPresent(), "and its tool offered");
        session.domain().getCommandStack().undo();
        assertTrue(session.diagram().allNodes().stream().noneMatch(n -> n.mappingId().equals("sf.actor")));
        assertFalse(session.domain().getCommandStack().canUndo(), "nothing left to undo");
    }
}
