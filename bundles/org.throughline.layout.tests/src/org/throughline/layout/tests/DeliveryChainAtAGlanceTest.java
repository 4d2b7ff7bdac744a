// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.Routes;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The Delivery Chain of the examples reads at a glance: each tier one row, so that the drawing is
 * compact enough to read when it fits the window; every name whole inside its node; fewer links
 * crossing than in the layout before; and a coloured border only where it singles something out.
 */
class DeliveryChainAtAGlanceTest {

    /** The plain border of an actor, and the colours that mean something. */
    private static final String PLAIN = "#5d6d7e";
    private static final String PINCH_POINT = "#6c3483";
    private static final String RED = "#c0392b";

    private final DiagramDescription deliveryChain = ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow();

    private static DeliveryChain chain(String example) throws Exception {
        Model model = (Model) ModelFiles.load(Examples.file(example + ".throughline")).getContents().get(0);
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DeliveryChain c) {
                return c;
            }
        }
        throw new AssertionError("no chain in " + example);
    }

    private Diagram laidOut(DeliveryChain chain) throws Exception {
        Diagram diagram = DiagramInterpreter.create(deliveryChain, chain);
        DiagramLayout.layout(diagram);
        return diagram;
    }

    @Test
    void eachTierIsOneRowAndTheChainTwoThirdsAsWideAndHalfAsTallAsBefore() throws Exception {
        Diagram diagram = laidOut(chain("emergency-care"));
        for (DiagramNode lane : diagram.nodes()) {
            if (lane.children().isEmpty()) {
                continue;
            }
            // One row: a line across the lane runs through every node in it.
            double lowestTop = lane.children().stream().mapToDouble(n -> n.bounds().y()).max().orElseThrow();
            for (DiagramNode node : lane.children()) {
                assertTrue(node.bounds().bottom() > lowestTop, node.label() + " is in the row of " + lane.label());
            }
        }
        // Laid out before, with a tier in as many rows as links within it: 2,901 by 1,751.
        Bounds extent = DiagramLayout.extent(diagram);
        assertTrue(extent.width() < 2000 && extent.height() < 1050, "the chain is compact: " + extent);
    }

    @Test
    void fewerLinksCrossThanInTheLayoutBefore() throws Exception {
        // Crossings of the examples' chains as laid out before each tier was one row (counted the same way on the shipped diagrams).
        Map<String, Integer> before = Map.of("emergency-care", Integer.valueOf(15), "school-literacy", Integer.valueOf(30),
                "benefit-claims", Integer.valueOf(12));
        for (Map.Entry<String, Integer> example : before.entrySet()) {
            int crossings = crossings(laidOut(chain(example.getKey())).edges());
            System.out.println(example.getKey() + ": " + crossings + " crossings, before " + example.getValue());
            assertTrue(crossings < example.getValue().intValue(), example.getKey() + ": " + crossings + " crossings");
        }
    }

    @Test
    void everyNameIsWholeInsideItsNodeOnAtMostThreeLines() throws Exception {
        Diagram diagram = laidOut(chain("emergency-care"));
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() != NodeKind.NODE) {
                continue;
            }
            List<String> lines = TextMetrics.labelLines(node);
            assertEquals(node.label().trim().replaceAll("\\s+", " "), String.join(" ", lines), "the name is cut nowhere but between words");
            assertTrue(lines.size() <= TextMetrics.MAX_WRAPPED_LINES, node.label() + " takes " + lines);
            Bounds b = node.bounds();
            assertTrue(lines.size() * TextMetrics.lineHeight(node.style().fontSize()) <= b.height(), node.label() + " fits its height");
            for (String line : lines) {
                assertTrue(TextMetrics.width(line, node.style().fontSize(), node.style().bold()) <= b.width() - 2 * TextMetrics.PADDING,
                        "'" + line + "' fits the width of " + node.label());
            }
        }
    }

    @Test
    void onlyThePriorityAndThePinchPointsHaveColouredBorders() throws Exception {
        DeliveryChain chain = chain("emergency-care");
        Diagram diagram = laidOut(chain);
        Set<EObject> pinchPoints = Collections.newSetFromMap(new IdentityHashMap<>());
        Routes.of(chain).singlePoints().forEach(cut -> pinchPoints.add(cut.element()));
        int emphasised = 0;
        for (DiagramNode node : diagram.allNodes()) {
            if (node.mappingId().equals("dc.actor")) {
                String border = node.style().borderColor();
                assertFalse(RED.equals(border), node.label() + " is not bordered red");
                if (pinchPoints.contains(node.element())) {
                    assertEquals(PINCH_POINT, border, node.label() + " is a single point of failure");
                    emphasised++;
                } else {
                    assertEquals(PLAIN, border, node.label() + " has nothing of its own to show");
                }
            }
        }
        assertTrue(emphasised > 0 && emphasised < chain.getActors().size() / 2, "a few actors stand out: " + emphasised);
        DiagramNode priority = diagram.allNodes().stream().filter(n -> n.mappingId().equals("dc.priority")).findFirst().orElseThrow();
        assertEquals(chain.getPriority(), priority.element());
        assertEquals(diagram.nodes().get(0), priority.parent(), "the priority is in the centre's lane");
        assertEquals(RED, priority.style().borderColor(), "the priority, judged red at its latest stocktake, is bordered red");
        assertTrue(diagram.legend().stream().anyMatch(l -> l.mapping().equals("Priority") && l.label().equals("Priority rated red")),
                "the legend says so");
        assertTrue(diagram.legend().stream().noneMatch(l -> l.mapping().equals("Actor") && l.label().startsWith("Priority rated")),
                "and no longer says that every actor carries the rating");
    }

    @Test
    void noEdgeLabelLiesOnAnotherAsLaidOutNorWhenTheDiagramIsOpenedAgain() throws Exception {
        for (String example : List.of("emergency-care", "school-literacy", "benefit-claims")) {
            Diagram diagram = laidOut(chain(example));
            assertNoLabelsOverlap(example + " as laid out", diagram);
            // A diagram opened again has its nodes and routes from the representations file, not its label places
            // (drawn at the middle of their routes, 11 pairs of the examples' labels lay on one another).
            diagram.edges().forEach(edge -> edge.setLabelPosition(null));
            DiagramLayout.layout(diagram, DiagramLayout.Scope.NEW_ELEMENTS);
            assertNoLabelsOverlap(example + " opened again", diagram);
        }
    }

    private static void assertNoLabelsOverlap(String what, Diagram diagram) {
        List<Bounds> labels = new java.util.ArrayList<>();
        for (DiagramEdge edge : diagram.edges()) {
            if (!edge.label().isEmpty()) {
                Bounds box = DiagramLayout.labelBox(edge);
                for (Bounds other : labels) {
                    assertFalse(box.overlaps(other, 0), what + ": '" + edge.label() + "' at " + box + " lies on another label at " + other);
                }
                labels.add(box);
            }
        }
        assertTrue(labels.size() > 20, what + ": the links are labelled with their kinds");
    }

    /** @return how many times two edges' routes cross (segments sharing only an end point do not count) */
    static int crossings(List<DiagramEdge> edges) {
        int count = 0;
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                List<Point> p = edges.get(i).route();
                List<Point> q = edges.get(j).route();
                for (int a = 0; a + 1 < p.size(); a++) {
                    for (int b = 0; b + 1 < q.size(); b++) {
                        if (cross(p.get(a), p.get(a + 1), q.get(b), q.get(b + 1))) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    private static boolean cross(Point a, Point b, Point c, Point d) {
        return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
    }

    private static double side(Point a, Point b, Point c) {
        return Math.signum((b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x()));
    }
}
