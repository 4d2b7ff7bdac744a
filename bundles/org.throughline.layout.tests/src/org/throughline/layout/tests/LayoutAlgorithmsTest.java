// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.layout.api.LayoutAlgorithms;
import org.throughline.model.Model;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.ThroughlineFactory;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.LayoutOption;
import org.throughline.viewpoint.ViewpointFactory;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * A viewpoint chooses ELK's algorithm and options for its diagram kind: drawn on an outcome map of
 * one priority and the four outcomes it aims at.
 */
class LayoutAlgorithmsTest {

    private final Model model = ThroughlineFactory.eINSTANCE.createModel();
    private final Priority priority = ThroughlineFactory.eINSTANCE.createPriority();

    LayoutAlgorithmsTest() {
        priority.setName("Faster emergency care");
        model.getElements().add(priority);
        for (int i = 1; i <= 4; i++) {
            Outcome outcome = ThroughlineFactory.eINSTANCE.createOutcome();
            outcome.setName("Outcome " + i);
            model.getElements().add(outcome);
            priority.getOutcomes().add(outcome);
        }
    }

    /** The outcome map, drawn with the algorithm and options given. */
    private Diagram draw(String algorithm, String... options) throws Exception {
        DiagramDescription description = EcoreUtil.copy(ViewpointRegistry.getDefault().diagram("outcome-map").orElseThrow());
        description.setLayoutAlgorithm(algorithm);
        for (int i = 0; i < options.length; i += 2) {
            LayoutOption option = ViewpointFactory.eINSTANCE.createLayoutOption();
            option.setKey(options[i]);
            option.setValue(options[i + 1]);
            description.getLayoutOptions().add(option);
        }
        assertEquals(List.of(), LayoutAlgorithms.problems(description));
        Diagram diagram = DiagramInterpreter.create(description, model);
        DiagramLayout.layout(diagram);
        return diagram;
    }

    private static List<DiagramNode> outcomes(Diagram diagram) {
        return diagram.allNodes().stream().filter(n -> n.mappingId().equals("om.outcome")).toList();
    }

    private static DiagramNode priorityNode(Diagram diagram) {
        return diagram.allNodes().stream().filter(n -> n.mappingId().equals("om.priority")).findFirst().orElseThrow();
    }

    @Test
    void layeredByDefaultPutsTheFourOutcomesInOneLayerBesideThePriority() throws Exception {
        Diagram diagram = draw(null);
        // Direction RIGHT: the outcomes in one layer, one column to the right of the priority.
        double x = outcomes(diagram).get(0).bounds().x();
        assertTrue(outcomes(diagram).stream().allMatch(n -> n.bounds().x() == x), "one column");
        assertTrue(x > priorityNode(diagram).bounds().right(), "right of the priority");
    }

    @Test
    void mrtreeDrawsTheTreeWithStraightEdgesWhereLayeredBendsThem() throws Exception {
        Diagram layered = draw(null);
        // Layered routes orthogonally: the four outcomes are not all level with the priority, so some edge bends.
        assertTrue(layered.edges().stream().anyMatch(e -> e.route().size() > 2), "layered bends an edge");

        Diagram tree = draw("mrtree");
        assertEquals(4, tree.edges().size());
        for (DiagramEdge edge : tree.edges()) {
            // Mr. Tree joins parent and child by one straight line.
            assertEquals(2, edge.route().size(), "one straight line: " + edge.route());
        }
        Bounds root = priorityNode(tree).bounds();
        assertTrue(outcomes(tree).stream().allMatch(n -> n.bounds().x() > root.x()), "the root before its children, to the right");
        assertTrue(tree.allNodes().stream().allMatch(n -> n.bounds().x() >= 0 && n.bounds().y() >= 0), "all on the page");
    }

    @Test
    void anOptionOfTheViewpointWinsOverThroughlinesDefaults() throws Exception {
        Diagram diagram = draw("layered", "spacing.nodeNode", "90");
        List<Bounds> column = outcomes(diagram).stream().map(DiagramNode::bounds).sorted((a, b) -> Double.compare(a.y(), b.y())).toList();
        for (int i = 0; i + 1 < column.size(); i++) {
            // 90 between nodes of one layer, where Throughline's default is 28.
            assertTrue(column.get(i + 1).y() - column.get(i).bottom() >= 89, "gap " + (column.get(i + 1).y() - column.get(i).bottom()));
        }
    }

    @Test
    void whatIsWrongWithAViewpointsLayoutIsSaidInOneSentenceEach() {
        DiagramDescription description = EcoreUtil.copy(ViewpointRegistry.getDefault().diagram("outcome-map").orElseThrow());
        description.setLayoutAlgorithm("spiral");
        LayoutOption unknown = ViewpointFactory.eINSTANCE.createLayoutOption();
        unknown.setKey("spacing.nodeNod");
        unknown.setValue("10");
        description.getLayoutOptions().add(unknown);
        assertEquals(List.of("The diagram 'outcome-map' names the layout algorithm 'spiral', which ELK does not have; use one of "
                + "layered, mrtree (it is laid out with layered meanwhile).",
                "The diagram 'outcome-map' sets the layout option 'spacing.nodeNod', which ELK does not have."),
                LayoutAlgorithms.problems(description));
    }

    @Test
    void everyInstalledViewpointLaysOutWithoutProblems() {
        for (DiagramDescription description : ViewpointRegistry.getDefault().diagrams()) {
            assertEquals(List.of(), LayoutAlgorithms.problems(description), description.getId());
        }
    }
}
