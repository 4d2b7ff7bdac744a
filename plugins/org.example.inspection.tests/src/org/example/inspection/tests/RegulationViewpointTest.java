// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramException;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.ThroughlineFactory;
import org.throughline.viewpoint.api.ViewpointRegistry;
import org.throughline.viewpoint.DiagramDescription;

/** The plugin's Regulation viewpoint is offered beside the built-in ones and draws what a modeller expects. */
class RegulationViewpointTest {

    private static final String DIAGRAM = "org.example.inspection.regulation";

    @Test
    void theViewpointLoadsWithoutProblems() {
        ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
        assertTrue(registry.diagram(DIAGRAM).isPresent(), () -> registry.problems().toString());
        assertEquals(List.of(), registry.problems().stream().filter(p -> p.contains("regulation.viewpoint")).toList());
    }

    @Test
    void regulatorsProvidersAndTheUnregulatedOneAreDrawn() throws DiagramException {
        InspectionModel model = new InspectionModel();
        Link link = ThroughlineFactory.eINSTANCE.createLink();
        link.setName("Regulates North");
        link.setKind(LinkKind.REGULATION);
        link.setStrength(LinkStrength.ADEQUATE);
        link.setSource(model.regulator);
        link.setTarget(model.northTrust);
        model.model.getElements().add(link);

        DiagramDescription description = ViewpointRegistry.fromExtensions().diagram(DIAGRAM).orElseThrow();
        Diagram diagram = DiagramInterpreter.create(description, model.model);
        Map<String, DiagramNode> byLabel = diagram.allNodes().stream().collect(Collectors.toMap(DiagramNode::label, n -> n));
        assertEquals(java.util.Set.of("Care Quality Regulator", "North Trust", "South Trust", "North Trust 2025", "South Trust 2025"),
                byLabel.keySet());
        assertEquals(3, diagram.edges().size(), "one regulation link and one edge from each inspection to the provider inspected");
        assertEquals("UNREGULATED", byLabel.get("South Trust").style().badge());
        assertEquals("", byLabel.get("North Trust").style().badge());
    }

    @Test
    void eachInspectionIsDrawnWithItsRating() throws DiagramException {
        InspectionModel model = new InspectionModel();
        DiagramDescription description = ViewpointRegistry.fromExtensions().diagram(DIAGRAM).orElseThrow();
        Diagram diagram = DiagramInterpreter.create(description, model.model);
        Map<String, DiagramNode> byLabel = diagram.allNodes().stream().collect(Collectors.toMap(DiagramNode::label, n -> n));
        assertEquals("GOOD", byLabel.get("North Trust 2025").style().badge());
        assertEquals("INADEQUATE", byLabel.get("South Trust 2025").style().badge());
        assertEquals(2, diagram.edges().size(), "each inspection points at the provider inspected");
    }
}
