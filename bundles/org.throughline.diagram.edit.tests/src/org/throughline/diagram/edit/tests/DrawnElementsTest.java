// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.diagram.edit.api.ToolResult;
import org.throughline.model.Element;
import org.throughline.model.Folder;
import org.throughline.model.Link;
import org.throughline.model.Organisation;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;

/**
 * Where what a modeller draws ends up in the model: in the folder where the model keeps its kind,
 * in the tier of the lane it was drawn in; and the Service Flow palette's entries that change the
 * order of a service's steps or who performs them.
 */
class DrawnElementsTest {

    private static final String EXAMPLE = "emergency-care.throughline";

    @Test
    void anOrganisationAndALinkDrawnOnTheChainAreFiledInTheFoldersOfTheirKindAndTheLaneSetsTheTier() throws Exception {
        DiagramSession session = Sessions.open(EXAMPLE, "delivery-chain", false);
        DiagramNode lane = session.diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.LANE).findFirst().orElseThrow();

        ToolResult organisation = session.createNode((CreateNodeTool) session.tool("dc.createOrganisation").orElseThrow(),
                Sessions.emptySpot(session, lane));

        assertTrue(organisation.done(), organisation.problem());
        Organisation created = (Organisation) organisation.created().get(0);
        // The example keeps its organisations in the folder "Organisations" (ec-f-orgs), not at the top.
        assertEquals("ec-f-orgs", ((Folder) created.eContainer()).getId(), "filed with the other organisations");
        assertSame(lane.element(), created.getTier(), "in the tier of the lane it was drawn in");

        // The actors, not the priority drawn in the centre's lane: a link joins two actors.
        List<DiagramNode> actors = session.diagram().allNodes().stream()
                .filter(n -> n.mappingId().equals("dc.actor") && n.element() != created).toList();
        ToolResult link = session.createEdge((CreateEdgeTool) session.tool("dc.createLink").orElseThrow(), actors.get(0), actors.get(1));

        assertTrue(link.done(), link.problem());
        Link drawn = (Link) link.created().get(0);
        assertEquals("ec-f-links", ((Folder) drawn.eContainer()).getId(), "a link goes with the links");
    }

    @Test
    void aFlowDrawnFromTheLastStepToTheFirstPutsTheFirstAfterTheLastAndUndoPutsItBack() throws Exception {
        DiagramSession session = Sessions.open(EXAMPLE, "service-flow", false);
        Service service = (Service) session.diagram().root();
        List<String> before = ids(service.getSteps());
        assertEquals(List.of("ec-step-999", "ec-step-respond", "ec-step-handover"), before);

        CreateEdgeTool next = (CreateEdgeTool) session.tool("sf.createNext").orElseThrow();
        ToolResult flow = session.createEdge(next, node(session, "ec-step-handover"), node(session, "ec-step-999"));

        assertTrue(flow.done(), flow.problem());
        // 999 is taken out and put right after handover: respond, handover, 999.
        assertEquals(List.of("ec-step-respond", "ec-step-handover", "ec-step-999"), ids(service.getSteps()));
        assertTrue(session.diagram().edges().stream().anyMatch(e -> e.mappingId().equals("sf.next")
                && id(e.source().element()).equals("ec-step-handover") && id(e.target().element()).equals("ec-step-999")),
                "the diagram draws the flow from handover to 999");
        session.domain().getCommandStack().undo();
        assertEquals(before, ids(service.getSteps()), "undo restores the order");
    }

    @Test
    void usersJoinedToALaterStepArriveThereFirst() throws Exception {
        DiagramSession session = Sessions.open(EXAMPLE, "service-flow", false);
        Service service = (Service) session.diagram().root();
        DiagramNode users = session.diagram().allNodes().stream().filter(n -> n.mappingId().equals("sf.users")).findFirst().orElseThrow();

        ToolResult entry = session.createEdge((CreateEdgeTool) session.tool("sf.createEntry").orElseThrow(), users,
                node(session, "ec-step-respond"));

        assertTrue(entry.done(), entry.problem());
        assertEquals(List.of("ec-step-respond", "ec-step-999", "ec-step-handover"), ids(service.getSteps()));
    }

    @Test
    void aNewPerformerPerformsTheLastStepWhenEveryStepHasOneAndUndoGivesItBackItsOwn() throws Exception {
        DiagramSession session = Sessions.open(EXAMPLE, "service-flow", true);
        Service service = (Service) session.diagram().root();
        ProcessStep last = service.getSteps().get(service.getSteps().size() - 1);
        EObject performerBefore = last.getPerformedBy();
        assertTrue(service.getSteps().stream().allMatch(s -> s.getPerformedBy() != null), "every step of the example has a performer");

        ToolResult performer = session.createNode((CreateNodeTool) session.tool("sf.createPerformer").orElseThrow(),
                Sessions.emptySpot(session, null));

        assertTrue(performer.done(), performer.problem());
        Organisation created = (Organisation) performer.created().get(0);
        assertSame(created, last.getPerformedBy());
        assertTrue(session.elementsOf(created).stream().anyMatch(DiagramNode.class::isInstance), "drawn as a performer");
        session.domain().getCommandStack().undo();
        assertSame(performerBefore, last.getPerformedBy());
        assertNull(created.eResource());
    }

    private static DiagramNode node(DiagramSession session, String id) {
        return session.diagram().allNodes().stream().filter(n -> n.element() instanceof Element e && id.equals(e.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no node for " + id));
    }

    private static List<String> ids(List<? extends Element> elements) {
        return elements.stream().map(Element::getId).toList();
    }

    private static String id(EObject element) {
        return ((Element) element).getId();
    }
}
