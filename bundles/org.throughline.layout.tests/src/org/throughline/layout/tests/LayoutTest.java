// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.layout.internal.ElkGraph;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.Tier;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.testing.ModelGenerator;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;

/** ELK runs inside OSGi and gives a diagram a modeller can read: nothing overlaps, lanes in order, edges orthogonal. */
class LayoutTest {

    private final Model model = ModelGenerator.generate(400, 3);
    private final DiagramDescription deliveryChain = ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow();

    private DeliveryChain chain() {
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DeliveryChain c) {
                return c;
            }
        }
        throw new AssertionError("no chain");
    }

    private static void assertReadable(Diagram diagram) {
        List<DiagramNode> nodes = diagram.allNodes().stream().filter(n -> n.kind() == NodeKind.NODE).toList();
        for (DiagramNode node : diagram.allNodes()) {
            assertNotNull(node.bounds(), node + " is placed");
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(nodes.get(i).bounds().overlaps(nodes.get(j).bounds(), 0), nodes.get(i) + " overlaps " + nodes.get(j));
            }
        }
        // Past a few hundred nodes links run straight between layers (polylines), for speed.
        boolean orthogonal = diagram.allNodes().size() <= ElkGraph.LARGE;
        for (DiagramEdge edge : diagram.edges()) {
            List<Point> route = edge.route();
            assertTrue(route.size() >= 2, edge + " is routed");
            for (int i = 0; orthogonal && i + 1 < route.size(); i++) {
                Point a = route.get(i);
                Point b = route.get(i + 1);
                assertTrue(Math.abs(a.x() - b.x()) < 0.5 || Math.abs(a.y() - b.y()) < 0.5, edge + " is orthogonal: " + route);
            }
        }
    }

    @Test
    void anEmptyChainHasLanesToDrawIn() throws Exception {
        ThroughlineFactory factory = ThroughlineFactory.eINSTANCE;
        Model empty = factory.createModel();
        Folder folder = factory.createFolder();
        empty.getFolders().add(folder);
        for (String name : List.of("Centre", "Delivery", "People served")) {
            Tier tier = factory.createTier();
            tier.setName(name);
            tier.setLevel(folder.getElements().size());
            folder.getElements().add(tier);
        }
        DeliveryChain chain = factory.createDeliveryChain();
        folder.getElements().add(chain);
        Diagram diagram = DiagramInterpreter.create(deliveryChain, chain);
        DiagramLayout.layout(diagram, DiagramLayout.Scope.ALL);
        List<DiagramNode> lanes = diagram.nodes().stream().filter(n -> n.kind() == NodeKind.LANE).toList();
        assertEquals(3, lanes.size(), "a lane for each tier of the model, though no actor is in the chain yet");
        for (DiagramNode lane : lanes) {
            // A node is 48 high and 150 wide: the band holds one with 14 of room on either side (48 + 2 x 14 = 76),
            // and is long enough for several beyond the 150 of the header.
            assertTrue(lane.bounds().height() >= 76, lane + " is thick enough to draw a node into: " + lane.bounds());
            assertTrue(lane.bounds().width() >= DiagramLayout.LANE_HEADER + 600, lane + " is long enough to draw in: " + lane.bounds());
        }
        for (int i = 0; i + 1 < lanes.size(); i++) {
            assertTrue(lanes.get(i).bounds().bottom() <= lanes.get(i + 1).bounds().y() + 0.5, "lanes in order, not overlapping");
        }
    }

    @Test
    void lanesHoldTheirActorsInOrderAndNothingOverlaps() throws Exception {
        assertLanes(chain(), "a generated chain");
        // The example chains have links running back up the tiers (data and reporting), which a layered layout reverses.
        for (java.nio.file.Path example : Examples.all()) {
            Model loaded = (Model) ModelFiles.load(example).getContents().get(0);
            for (var it = loaded.eAllContents(); it.hasNext();) {
                if (it.next() instanceof DeliveryChain c) {
                    assertLanes(c, example.getFileName().toString());
                }
            }
        }
    }

    @Test
    void aChainOfHundredsOfActorsStaysInItsLanesWithNothingOverlapping() throws Exception {
        // Every actor and link of a generated model in one chain: past ElkGraph.LARGE nodes, where the layout is set for speed.
        Model large = ModelGenerator.generate(5000, 1);
        DeliveryChain every = ModelGenerator.everyActor(large);
        int nodes = DiagramInterpreter.create(deliveryChain, every).allNodes().size();
        assertTrue(nodes > ElkGraph.LARGE, "a chain of more than " + ElkGraph.LARGE + " nodes: " + nodes);
        assertLanes(every, "a chain of every actor of a generated model");
    }

    @Test
    void theSameChainIsLaidOutTheSameWayEveryTime() throws Exception {
        Model loaded = (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
        DeliveryChain chain = null;
        for (var it = loaded.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DeliveryChain c) {
                chain = c;
            }
        }
        java.util.Map<String, Bounds> first = null;
        for (int run = 0; run < 4; run++) {
            // Objects' identity hash codes differ from run to run, as they do between two starts of the application.
            for (int i = 0; i < 1 + run * 37; i++) {
                System.identityHashCode(new Object());
            }
            Diagram diagram = DiagramInterpreter.create(deliveryChain, chain);
            DiagramLayout.layout(diagram);
            java.util.Map<String, Bounds> bounds = diagram.state().nodes();
            if (first == null) {
                first = bounds;
            } else {
                assertTrue(first.equals(bounds), "run " + run + " placed the chain's nodes differently from run 0");
            }
        }
    }

    private void assertLanes(DeliveryChain chain, String where) throws Exception {
        Diagram diagram = DiagramInterpreter.create(deliveryChain, chain);
        DiagramLayout.layout(diagram);
        assertReadable(diagram);
        List<DiagramNode> lanes = diagram.nodes().stream().filter(n -> n.kind() == NodeKind.LANE).toList();
        assertTrue(lanes.size() >= 3, where);
        for (int i = 0; i + 1 < lanes.size(); i++) {
            assertTrue(lanes.get(i).bounds().height() > 0, where + ": lane " + lanes.get(i) + " has a height");
            assertTrue(lanes.get(i).bounds().bottom() <= lanes.get(i + 1).bounds().y() + 0.5,
                    where + ": lane " + i + " is above lane " + (i + 1));
        }
        for (DiagramNode lane : lanes) {
            for (DiagramNode actor : lane.children()) {
                Bounds a = actor.bounds();
                Bounds l = lane.bounds();
                assertTrue(a.y() >= l.y() && a.bottom() <= l.bottom() && a.x() >= l.x() + DiagramLayout.LANE_HEADER,
                        where + ": " + actor.label() + " lies in " + lane.label());
            }
        }
    }

    @Test
    void everyBuiltInViewpointLaysOutWithoutOverlaps() throws Exception {
        for (DiagramDescription description : ViewpointRegistry.getDefault().diagrams()) {
            if (!description.getId().contains(".")) {
                org.eclipse.emf.ecore.EObject root = switch (description.getDomainClass()) {
                    case "Model" -> model;
                    case "DeliveryChain" -> chain();
                    // The generated models have no journeys: the benefit claims example's crosses two departments.
                    case "UserJourney" -> ModelFiles.load(Examples.file("benefit-claims.throughline")).getEObject("bc-journey-pip");
                    default -> first(description.getDomainClass());
                };
                Diagram diagram = DiagramInterpreter.create(description, root);
                DiagramLayout.layout(diagram);
                assertFalse(diagram.allNodes().isEmpty(), description.getId() + " shows something");
                assertReadable(diagram);
            }
        }
    }

    private org.eclipse.emf.ecore.EObject first(String className) {
        for (var it = model.eAllContents(); it.hasNext();) {
            var next = it.next();
            if (next.eClass().getName().equals(className)) {
                return next;
            }
        }
        throw new AssertionError("no " + className);
    }

    @Test
    void layingOutNewElementsKeepsEveryOtherNodeWhereItWas() throws Exception {
        DeliveryChain chain = chain();
        Diagram diagram = DiagramInterpreter.create(deliveryChain, chain);
        DiagramLayout.layout(diagram);
        DiagramNode moved = diagram.allNodes().stream().filter(n -> n.kind() == NodeKind.NODE).findFirst().orElseThrow();
        moved.setBounds(moved.bounds().translate(0, 7));
        moved.setPinned(true);
        var before = diagram.state().nodes();

        Organisation added = ThroughlineFactory.eINSTANCE.createOrganisation();
        added.setId("added");
        added.setName("A new frontline unit");
        added.setTier(((org.throughline.model.Actor) moved.element()).getTier());
        model.getFolders().get(0).getElements().add(added);
        chain.getActors().add(added);

        Diagram refreshed = DiagramInterpreter.refresh(diagram);
        DiagramLayout.layout(refreshed, DiagramLayout.Scope.NEW_ELEMENTS);
        for (DiagramNode node : refreshed.allNodes()) {
            if (node.kind() == NodeKind.NODE && before.containsKey(node.key())) {
                assertEquals(before.get(node.key()), node.bounds(), node + " kept its place");
            }
        }
        DiagramNode fresh = refreshed.allNodes().stream().filter(n -> n.element() == added).findFirst().orElseThrow();
        assertNotNull(fresh.bounds());
        Bounds lane = fresh.parent().bounds();
        assertTrue(fresh.bounds().y() >= lane.y() && fresh.bounds().bottom() <= lane.bottom(), "the new actor lies in its tier's lane");
        assertReadable(refreshed);
    }
}
