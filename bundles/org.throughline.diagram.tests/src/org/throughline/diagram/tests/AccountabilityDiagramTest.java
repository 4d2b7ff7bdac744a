// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.viewpoint.api.ViewpointRegistry;

/** Which organisations the Accountability diagram of the emergency care example shows. */
class AccountabilityDiagramTest {

    private static List<String> organisations(Diagram diagram) {
        return diagram.allNodes().stream().filter(n -> n.mappingId().equals("ac.organisation")).map(DiagramNode::semanticId).toList();
    }

    @Test
    void organisationsWithRolesOrReportingLinesAndNewOnesAreShownOthersAreNot() throws Exception {
        Resource resource = ModelFiles.load(Examples.file("emergency-care.throughline"));
        Model model = (Model) resource.getContents().get(0);
        var accountability = ViewpointRegistry.getDefault().diagram("accountability").orElseThrow();

        Diagram diagram = DiagramInterpreter.create(accountability, model);
        List<String> shown = organisations(diagram);
        assertTrue(shown.contains("ec-org-trust-east"), "an organisation with roles: " + shown);
        assertTrue(shown.contains("ec-org-ed-east"), "an organisation without roles that is held to account: " + shown);
        assertTrue(diagram.edges().stream().anyMatch(e -> e.semanticId().equals("ec-link-trust-east-ed-acc")),
                "and its reporting line, which has both its ends on the diagram");
        assertTrue(shown.contains("ec-org-utc"), "an organisation no link places anywhere yet: " + shown);
        assertFalse(shown.contains("ec-org-cqc"), "a regulator linked only by regulation is not an accountability matter: " + shown);

        Organisation created = ThroughlineFactory.eINSTANCE.createOrganisation();
        created.setId("new-organisation");
        created.setName("New Organisation");
        model.getElements().add(created);
        List<String> after = organisations(DiagramInterpreter.refresh(diagram));
        assertEquals(shown.size() + 1, after.size(), "a new organisation is shown at once, so that roles can be put into it");
        assertTrue(after.contains("new-organisation"));
    }
}
