// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;

/** {@code throughline diagram}: what a user types and what lands on disk, on the real example models. */
class DiagramCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void examples() throws IOException {
        for (Path example : Examples.all()) {
            Files.copy(example, folder.resolve(example.getFileName()));
        }
    }

    private int diagram(String... arguments) {
        out.reset();
        err.reset();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            List<String> all = new ArrayList<>(List.of("diagram"));
            all.addAll(List.of(arguments));
            return new Dispatcher(CommandRegistry.fromExtensions()).run(all, o, e, folder);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> errors() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static int count(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void listsEveryBuiltInDiagramKindWithItsDomainClass() {
        assertEquals(ExitCode.OK, diagram("--list"));
        List<String> lines = out().lines().toList();
        for (String[] kind : new String[][] { { "delivery-chain", "DeliveryChain" }, { "outcome-map", "Model" },
            { "accountability", "Model" }, { "service-flow", "Service" }, { "dependencies", "Model" },
            { "user-journey", "UserJourney" } }) {
            assertTrue(lines.stream().anyMatch(l -> l.trim().startsWith(kind[0] + " ") && l.trim().endsWith(" " + kind[1])),
                    kind[0] + " is listed with " + kind[1] + ":\n" + out());
        }
        assertEquals(List.of(), errors());
    }

    @Test
    void drawsTheDeliveryChainOfAnExampleAsWellFormedSvgWithANodePerActor() throws Exception {
        assertEquals(ExitCode.OK, diagram("emergency-care.throughline", "--viewpoint", "delivery-chain", "--out", "out/chain.svg"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out().startsWith("wrote out/chain.svg ("), out());
        Path svg = folder.resolve("out/chain.svg");
        String text = Files.readString(svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(text.contains("Four-hour A&amp;E delivery chain"), "the title names the chain, escaped");
        // The chain of the example has 28 actors, every one a node, in one lane per tier; and its priority, in the centre's lane.
        assertEquals(28 + 1, count(text, "<g class=\"node\""), "a node per actor of the chain, and one for its priority");
        assertTrue(text.contains("<g class=\"node\" data-id=\"ec-priority\">"), "the priority is drawn");
        assertTrue(count(text, "<g class=\"lane\"") >= 4, "lanes per tier");
        assertTrue(text.contains("Legend"), "the legend explains the colours");
        assertFalse(Files.exists(folder.resolve("out/chain.svg.tmp")), "no temporary file is left behind");
        assertEquals(List.of(), errors());
    }

    @Test
    void theRootOptionChoosesTheElementAndTheSameInputGivesTheSameFile() throws Exception {
        assertEquals(ExitCode.OK, diagram("emergency-care.throughline", "--viewpoint", "service-flow", "--root", "ec-svc-discharge",
                "--out", "a.svg"));
        String first = Files.readString(folder.resolve("a.svg"));
        assertTrue(first.contains("Hospital discharge to assess, Northshire"), "the flow of the service asked for");
        assertFalse(first.contains("Emergency ambulance response"), "not of another service");
        assertEquals(ExitCode.OK, diagram("emergency-care.throughline", "--viewpoint", "service-flow", "--root", "ec-svc-discharge",
                "--out", "b.svg"));
        assertEquals(first, Files.readString(folder.resolve("b.svg")), "deterministic output");
    }

    @Test
    void aRepresentationsFileBesideTheModelKeepsWhereTheUserPutANode() throws IOException {
        // What the diagram editor saves: NHS England placed by hand, far to the right, and the layer 'hierarchy' on.
        Files.writeString(folder.resolve("emergency-care.throughline-diagrams"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <representations version="1">
                  <diagram name="A&amp;E chain, as arranged" description="delivery-chain" root="ec-chain">
                    <layer id="hierarchy"/>
                    <node key="dc.tier:ec-tier-1/dc.actor:ec-org-nhse" x="4321" y="500" width="150" height="48" pinned="true"/>
                  </diagram>
                </representations>
                """);
        assertEquals(ExitCode.OK, diagram("emergency-care.throughline", "--viewpoint", "delivery-chain", "--out", "kept.svg"),
                err.toString(StandardCharsets.UTF_8));
        String text = Files.readString(folder.resolve("kept.svg"));
        assertTrue(text.contains("<title>A&amp;E chain, as arranged</title>"), "the saved diagram's name");
        // The page's margin is 20: the node is drawn where it was put.
        assertTrue(text.contains("<g class=\"node\" data-id=\"ec-org-nhse\"><title>NHS England</title><rect x=\"4341\""), "kept in place");
        assertEquals(28 + 1, count(text, "<g class=\"node\""), "the other actors, and the priority, are placed around it");
        assertTrue(text.contains("part of"), "the saved layer is on");
        assertEquals(List.of(), errors());
    }

    @Test
    void keepPutsTheLaidOutDiagramBesideTheModelForTheWorkbenchOnceOnly() throws IOException {
        Path representations = folder.resolve("school-literacy.throughline-diagrams");
        assertEquals(ExitCode.OK, diagram("school-literacy.throughline", "--viewpoint", "outcome-map", "--keep", "Outcome Map"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCode.OK, diagram("school-literacy.throughline", "--viewpoint", "delivery-chain", "--keep", "Delivery Chain"));
        List<DiagramState> kept = RepresentationsFile.read(representations);
        assertEquals(List.of("Outcome Map", "Delivery Chain"), kept.stream().map(DiagramState::name).toList(), "both kept, in order");
        assertFalse(kept.get(1).nodes().isEmpty(), "laid out: every node has its place");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("kept the diagram Delivery Chain in school-literacy.throughline-diagrams"),
                out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(folder.resolve("Outcome Map")), "no SVG without --out");

        assertEquals(ExitCode.OK, diagram("school-literacy.throughline", "--viewpoint", "outcome-map", "--keep", "Outcomes"));
        assertEquals(List.of("Outcomes", "Delivery Chain"), RepresentationsFile.read(representations).stream().map(DiagramState::name)
                .toList(), "keeping it again renames the one diagram of that kind, and adds none");
    }

    @Test
    void everyBuiltInDiagramKindDrawsEveryExample() throws IOException {
        for (String example : List.of("emergency-care", "school-literacy", "benefit-claims")) {
            for (String kind : List.of("delivery-chain", "outcome-map", "accountability", "service-flow", "dependencies", "user-journey")) {
                String name = kind + "-" + example + ".svg";
                assertEquals(ExitCode.OK, diagram(example + ".throughline", "--viewpoint", kind, "--out", name),
                        kind + " on " + example + ": " + err.toString(StandardCharsets.UTF_8));
                assertTrue(count(Files.readString(folder.resolve(name)), "<g class=\"node\"") >= 3, name + " shows elements");
            }
        }
    }

    @Test
    void badUsageIsOneLineNamingWhatIsWrongWithExitCodeTwo() throws IOException {
        String[][] cases = {
            { "'nope'", "emergency-care.throughline", "--viewpoint", "nope", "--out", "x.svg" },
            { "--out", "emergency-care.throughline", "--viewpoint", "delivery-chain" },
            { "--viewpoint", "emergency-care.throughline", "--out", "x.svg" },
            { "'no-such-id'", "emergency-care.throughline", "--viewpoint", "delivery-chain", "--root", "no-such-id", "--out", "x.svg" },
            { "absent.throughline", "absent.throughline", "--viewpoint", "delivery-chain", "--out", "x.svg" },
            { "hierarchy", "emergency-care.throughline", "--viewpoint", "delivery-chain", "--layer", "colour", "--out", "x.svg" },
            { "--frobnicate", "emergency-care.throughline", "--frobnicate" },
            { "DeliveryChain", "emergency-care.throughline", "--viewpoint", "delivery-chain", "--root", "ec-svc-ed", "--out", "x.svg" },
            { "would overwrite the model", "emergency-care.throughline", "--viewpoint", "delivery-chain",
                "--out", "emergency-care.throughline" },
        };
        for (String[] c : cases) {
            String[] arguments = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertEquals(ExitCode.USAGE, diagram(arguments), String.join(" ", arguments));
            List<String> errors = errors();
            assertEquals(1, errors.size(), String.join(" ", arguments) + " -> " + errors);
            assertTrue(errors.get(0).startsWith("throughline: ") && errors.get(0).contains(c[0]), errors.get(0));
        }
        assertFalse(Files.exists(folder.resolve("x.svg")), "nothing written on bad usage");
        assertTrue(Files.readString(folder.resolve("emergency-care.throughline")).startsWith("<?xml"), "the model is intact");
        assertTrue(Files.readString(folder.resolve("emergency-care.throughline")).contains("ec-chain"), "the model is intact");
    }

    @Test
    void aModelThatDoesNotHoldTheDiagramsDomainClassIsReported() throws IOException {
        Path file = folder.resolve("empty.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), file);
        resource.getContents().add(ThroughlineFactory.eINSTANCE.createModel());
        ModelFiles.save(resource);
        assertEquals(ExitCode.USAGE, diagram("empty.throughline", "--viewpoint", "service-flow", "--out", "x.svg"));
        assertEquals(1, errors().size(), errors().toString());
        assertTrue(errors().get(0).contains("empty.throughline has no Service"), errors().toString());
    }
}
