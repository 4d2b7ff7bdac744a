// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.Point;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The emergency care example's Outcome Map is compact enough to read when it fits the window: its
 * links' labels sit where the links leave, not in layers of their own.
 */
class OutcomeMapAtAGlanceTest {

    @Test
    void theMapIsAQuarterNarrowerWithItsLabelsWhereTheLinksLeave() throws Exception {
        Model model = ModelFiles.loadModel(Examples.file("emergency-care.throughline"));
        Diagram diagram = DiagramInterpreter.create(ViewpointRegistry.getDefault().diagram("outcome-map").orElseThrow(), model);
        DiagramLayout.layout(diagram);
        // With each label in the middle of its link, in a layer of its own: 2,900 wide.
        Bounds extent = DiagramLayout.extent(diagram);
        assertTrue(extent.width() < 2200, "the map is narrower: " + extent);
        int labelled = 0;
        for (DiagramEdge edge : diagram.edges()) {
            if (!edge.label().isEmpty()) {
                labelled++;
                Point start = edge.route().get(0);
                Bounds label = DiagramLayout.labelBox(edge);
                assertTrue(Math.abs(label.x() - start.x()) < 60 && Math.abs(label.center().y() - start.y()) < 30,
                        "'" + edge.label() + "' at " + label + " is by where its link leaves, at " + start);
            }
        }
        assertEquals(9, labelled, "the contributions and the benefits' links are labelled");
    }
}
