// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.example.inspection.Inspection;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.diagram.edit.api.ToolResult;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The plugin's Regulation palette, run headless through Throughline's diagram editing API as the
 * diagram editor runs it: each tool one undoable change of the model, shown on the diagram.
 */
class RegulationToolsTest {

    private static final String DIAGRAM = "org.example.inspection.regulation";

    private final InspectionModel example = new InspectionModel();
    private final DiagramSession session;

    RegulationToolsTest() throws Exception {
        AdapterFactoryEditingDomain domain = DiagramSession.editingDomain(new ResourceSetImpl());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/acute-care.throughline"));
        resource.getContents().add(example.model);
        session = DiagramSession.open(domain, ViewpointRegistry.fromExtensions().diagram(DIAGRAM).orElseThrow(), example.model, null);
    }

    private DiagramNode nodeOf(EObject element) {
        return session.elementsOf(element).stream().filter(DiagramNode.class::isInstance).map(DiagramNode.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("not drawn: " + element));
    }

    private Point background() {
        double right = session.diagram().allNodes().stream().mapToDouble(n -> n.bounds().right()).max().orElse(0);
        return new Point(right + 150, 50);
    }

    @Test
    void theRegulationPaletteOffersItsTools() {
        assertEquals(List.of("Regulator", "Provider", "Inspection", "Regulates", "Inspected", "Delete inspection", "Rename provider"),
                session.tools().stream().map(t -> t.getLabel()).toList());
    }

    @Test
    void aNewProviderIsUnregulatedUntilARegulatesLinkIsDrawnToIt() {
        ToolResult created = session.createNode((CreateNodeTool) session.tool("Provider").orElseThrow(), background());
        assertTrue(created.done(), created.problem());
        Organisation provider = (Organisation) created.created().get(0);
        assertEquals(OrganisationKind.PROVIDER, provider.getKind());
        assertEquals("New Provider", provider.getName());
        // No regulation link targets it yet: the viewpoint's conditional style marks it.
        assertEquals("UNREGULATED", nodeOf(provider).style().badge());

        ToolResult link = session.createEdge((CreateEdgeTool) session.tool("Regulates").orElseThrow(), nodeOf(example.regulator),
                nodeOf(provider));

        assertTrue(link.done(), link.problem());
        Link regulates = (Link) link.created().get(0);
        assertSame(example.regulator, regulates.getSource());
        assertSame(provider, regulates.getTarget());
        assertEquals(LinkKind.REGULATION, regulates.getKind());
        assertEquals(LinkStrength.UNKNOWN, regulates.getStrength(), "not judged until the modeller says so");
        assertEquals("", nodeOf(provider).style().badge(), "regulated now: the mark is gone");
        assertEquals(1, session.elementsOf(regulates).size(), "the link is drawn");

        session.domain().getCommandStack().undo();
        assertNull(regulates.eResource());
        assertEquals("UNREGULATED", nodeOf(provider).style().badge(), "undo takes the link away and the mark comes back");
    }

    @Test
    void aNewInspectionJoinsTheRegimeAndIsLinkedToTheProviderInspected() {
        int before = example.regime.getInspections().size();
        ToolResult created = session.createNode((CreateNodeTool) session.tool("Inspection").orElseThrow(), background());
        assertTrue(created.done(), created.problem());
        Inspection inspection = (Inspection) created.created().get(0);
        assertEquals(before + 1, example.regime.getInspections().size(), "kept by the model's inspection regime");
        assertSame(inspection, example.regime.getInspections().get(before));

        ToolResult inspected = session.createEdge((CreateEdgeTool) session.tool("Inspected").orElseThrow(), nodeOf(inspection),
                nodeOf(example.southTrust));

        assertTrue(inspected.done(), inspected.problem());
        assertSame(example.southTrust, inspection.getInspected());
        assertEquals(1, session.diagram().edges().stream().filter(e -> e.source().element() == inspection).count(),
                "drawn from the inspection to South Trust");
    }

    @Test
    void anInspectionCannotBeCreatedInAModelWithoutARegimeAndTheModellerIsToldWhy() {
        example.model.getElements().remove(example.regime);
        assertTrue(session.refresh());
        int elements = example.model.getElements().size();

        ToolResult refused = session.createNode((CreateNodeTool) session.tool("Inspection").orElseThrow(), background());

        assertFalse(refused.done());
        assertTrue(refused.problem().startsWith("The tool 'Inspection' could not run:"), refused.problem());
        assertEquals(elements, example.model.getElements().size(), "nothing added");
    }

    @Test
    void deletingAnInspectionAndRenamingAProviderAreOneUndoableStepEach() {
        ToolResult deleted = session.delete(List.of(nodeOf(example.south)));
        assertTrue(deleted.done(), deleted.problem());
        assertFalse(example.regime.getInspections().contains(example.south));
        assertTrue(session.elementsOf(example.south).isEmpty());

        ToolResult renamed = session.directEdit(nodeOf(example.northTrust), "North Acute Trust");
        assertTrue(renamed.done(), renamed.problem());
        assertEquals("North Acute Trust", example.northTrust.getName());
        assertEquals("North Acute Trust", nodeOf(example.northTrust).label());

        session.domain().getCommandStack().undo();
        session.domain().getCommandStack().undo();
        assertEquals("North Trust", example.northTrust.getName());
        assertTrue(example.regime.getInspections().contains(example.south), "undo brings the inspection back");
    }
}
