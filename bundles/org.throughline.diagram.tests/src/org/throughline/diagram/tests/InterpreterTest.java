// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramException;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.testing.ModelGenerator;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.LineStyle;
import org.throughline.viewpoint.api.ViewpointFiles;
import org.throughline.viewpoint.api.ViewpointRegistry;

/** The Delivery Chain viewpoint interpreted on generated models: what a modeller would see. */
class InterpreterTest {

    @TempDir
    Path folder;

    private final Model model = ModelGenerator.generate(400, 7);
    private final DeliveryChain chain = firstChain(model);
    private final DiagramDescription deliveryChain = ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow();

    private static DeliveryChain firstChain(Model model) {
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DeliveryChain c) {
                return c;
            }
        }
        throw new AssertionError("the generator makes delivery chains");
    }

    private static List<DiagramNode> nodes(Diagram diagram, String mapping) {
        return diagram.allNodes().stream().filter(n -> n.mappingId().equals(mapping)).toList();
    }

    @Test
    void aNodePerActorInLanesPerTierAndAnEdgePerLink() throws DiagramException {
        Diagram diagram = DiagramInterpreter.create(deliveryChain, chain);
        List<DiagramNode> actors = nodes(diagram, "dc.actor");
        assertEquals(chain.getActors().size(), actors.size());
        for (DiagramNode actor : actors) {
            assertEquals(NodeKind.LANE, actor.parent().kind());
            assertEquals(((org.throughline.model.Actor) actor.element()).getTier(), actor.parent().element());
        }
        List<Integer> levels = nodes(diagram, "dc.tier").stream().map(n -> ((org.throughline.model.Tier) n.element()).getLevel()).toList();
        assertEquals(levels.stream().sorted().toList(), levels, "lanes run from the centre to the people served");
        assertEquals(chain.getLinks().size(), diagram.edges().size());
    }

    @Test
    void conditionalStylesApplyWhenTheirPredicateHolds() throws DiagramException {
        Link weak = chain.getLinks().get(0);
        weak.setStrength(LinkStrength.WEAK);
        Link strong = chain.getLinks().get(1);
        strong.setStrength(LinkStrength.STRONG);
        Diagram diagram = DiagramInterpreter.create(deliveryChain, chain);
        DiagramEdge weakEdge = diagram.edges().stream().filter(e -> e.element() == weak).findFirst().orElseThrow();
        DiagramEdge strongEdge = diagram.edges().stream().filter(e -> e.element() == strong).findFirst().orElseThrow();
        assertEquals(LineStyle.DASHED, weakEdge.style().lineStyle());
        assertEquals("#d35400", weakEdge.style().borderColor());
        assertEquals(LineStyle.SOLID, strongEdge.style().lineStyle());
        assertEquals("#1e8449", strongEdge.style().borderColor());
        assertTrue(diagram.legend().stream().anyMatch(l -> l.label().equals("Weak link") && l.edge()), "the legend lists it");
        assertTrue(diagram.legend().stream().noneMatch(l -> l.mapping().equals("Actor") && l.label().startsWith("Priority rated")),
                "the priority's rating, which every actor shares, marks no actor");
    }

    @Test
    void filtersHideWhatTheyShouldAndLayersShowWhatTheyShould() throws DiagramException {
        Diagram all = DiagramInterpreter.create(deliveryChain, chain);
        long strong = chain.getLinks().stream().filter(l -> l.getStrength() == LinkStrength.STRONG).count();
        assertTrue(strong > 0, "the model has strong links");
        Diagram filtered = DiagramInterpreter.create(deliveryChain, chain,
                new DiagramState(null, "delivery-chain", chain.getId(), Set.of("hierarchy"), Set.of("hideStrong"), java.util.Map.of(),
                        Set.of(), java.util.Map.of()));
        long linkEdges = filtered.edges().stream().filter(e -> e.mappingId().equals("dc.link")).count();
        assertEquals(all.edges().size() - strong, linkEdges);
        assertTrue(filtered.edges().stream().noneMatch(e -> e.element() instanceof Link l && l.getStrength() == LinkStrength.STRONG));
        assertTrue(filtered.edges().stream().anyMatch(e -> e.mappingId().equals("dc.parent")), "the optional layer adds 'part of' edges");
        assertTrue(all.edges().stream().noneMatch(e -> e.mappingId().equals("dc.parent")), "and is off by default");
    }

    @Test
    void refreshFollowsTheModelAndKeepsPlacedNodesWhereTheyAre() throws DiagramException {
        Diagram diagram = DiagramInterpreter.create(deliveryChain, chain);
        for (DiagramNode node : diagram.allNodes()) {
            node.setBounds(new Bounds(10, 20, 100, 40));
        }
        DiagramNode placed = nodes(diagram, "dc.actor").get(0);
        placed.setBounds(new Bounds(512, 256, 150, 48));
        placed.setPinned(true);

        Organisation added = ThroughlineFactory.eINSTANCE.createOrganisation();
        added.setId("new-org");
        added.setName("New provider");
        added.setTier(((org.throughline.model.Actor) placed.element()).getTier());
        model.getFolders().get(0).getElements().add(added);
        chain.getActors().add(added);
        org.throughline.model.Actor removed = chain.getActors().get(chain.getActors().size() - 2);
        EcoreUtil.delete(removed, true);

        Diagram refreshed = DiagramInterpreter.refresh(diagram);
        DiagramNode again = refreshed.node(placed.key());
        assertEquals(new Bounds(512, 256, 150, 48), again.bounds());
        assertTrue(again.isPinned());
        DiagramNode fresh = refreshed.allNodes().stream().filter(n -> n.element() == added).findFirst().orElseThrow();
        assertNull(fresh.bounds(), "a new element waits for layout");
        assertTrue(refreshed.allNodes().stream().noneMatch(n -> n.element() == removed), "a deleted element is gone");
    }

    @Test
    void theRepresentationsFileKeepsLayoutLayersAndFilters() throws Exception {
        Diagram diagram = DiagramInterpreter.create(deliveryChain, chain,
                new DiagramState("My chain", "delivery-chain", chain.getId(), Set.of("hierarchy"), Set.of("hideStrong"), java.util.Map.of(),
                        Set.of(), java.util.Map.of()));
        int i = 0;
        for (DiagramNode node : diagram.allNodes()) {
            node.setBounds(new Bounds(i, i * 2.5, 120, 40));
            i += 10;
        }
        diagram.allNodes().get(1).setPinned(true);
        diagram.edges().get(0).setRoute(List.of(new org.throughline.diagram.api.Point(1, 2),
                new org.throughline.diagram.api.Point(3.5, 4)));
        Path file = RepresentationsFile.besideModel(folder.resolve("chain.throughline"));
        assertEquals("chain.throughline-diagrams", file.getFileName().toString());
        RepresentationsFile.write(file, List.of(diagram.state()));
        List<DiagramState> read = RepresentationsFile.read(file);
        assertEquals(1, read.size());
        assertEquals(diagram.state(), read.get(0));
        Diagram reopened = DiagramInterpreter.create(deliveryChain, chain, read.get(0));
        assertEquals("My chain", reopened.name());
        for (DiagramNode node : diagram.allNodes()) {
            assertEquals(node.bounds(), reopened.node(node.key()).bounds());
        }
    }

    @Test
    void aDamagedRepresentationsFileIsOneSentenceNamingTheFileAndWhatIsWrong() throws Exception {
        Path file = folder.resolve("chain.throughline-diagrams");
        String[][] cases = {
            { "<representations version=\"1\">\n<node key=\"k\" x=\"1\" y=\"2\" width=\"3\" height=\"4\"/>\n</representations>",
                "line 2 has a 'node' outside any 'diagram'" },
            { "<representations version=\"1\"><diagram name=\"d\" description=\"delivery-chain\" root=\"r\">"
                + "<node key=\"k\" x=\"left\" y=\"2\" width=\"3\" height=\"4\"/></diagram></representations>",
                "not a number" },
            { "<representations version=\"1\"><diagram name=\"d\" description=\"delivery-chain\" root=\"r\">"
                + "<node x=\"1\" y=\"2\" width=\"3\" height=\"4\"/></diagram></representations>", "lacks its key" },
            { "<diagrams/>", "its root element is 'diagrams'" },
            { "<representations version=\"1\"><diagram", "cannot be read as a representations file" },
        };
        for (String[] c : cases) {
            java.nio.file.Files.writeString(file, c[0]);
            java.io.IOException e = assertThrows(java.io.IOException.class, () -> RepresentationsFile.read(file));
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(c[1]) && !e.getMessage().contains("\n"),
                    e.getMessage());
        }
    }

    @Test
    void anExpressionFailingOnAnElementNamesTheMappingTheExpressionAndTheElement() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<viewpoint:Viewpoint xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:viewpoint=\"http://throughline.org/viewpoint/1.0\" id=\"t\">"
                + "<diagrams id=\"t.d\" domainClass=\"DeliveryChain\"><defaultLayer id=\"l\">"
                + "<nodeMappings xsi:type=\"viewpoint:NodeMapping\" id=\"t.actor\" domainClass=\"Actor\" semanticCandidates=\"self.actors\""
                + " labelExpression=\"self.nmae\"/></defaultLayer></diagrams></viewpoint:Viewpoint>";
        DiagramDescription description = ViewpointFiles.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.viewpoint")
                .getDiagrams().get(0);
        DiagramException e = assertThrows(DiagramException.class, () -> DiagramInterpreter.create(description, chain));
        assertTrue(e.getMessage().contains("mapping 't.actor'") && e.getMessage().contains("'self.nmae'")
                && e.getMessage().contains(chain.getActors().get(0).getName()), e.getMessage());
        DiagramException wrongRoot = assertThrows(DiagramException.class, () -> DiagramInterpreter.create(description, model));
        assertTrue(wrongRoot.getMessage().contains("is drawn for a DeliveryChain"), wrongRoot.getMessage());
        assertFalse(wrongRoot.getMessage().contains("\n"));
        assertNotNull(chain);
    }
}
