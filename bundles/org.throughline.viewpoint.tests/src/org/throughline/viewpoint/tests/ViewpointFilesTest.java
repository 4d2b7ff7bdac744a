// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.Viewpoint;
import org.throughline.viewpoint.api.ViewpointFiles;
import org.throughline.viewpoint.api.ViewpointLoadException;
import org.throughline.viewpoint.api.ViewpointRegistry;

/** Viewpoint files as a modeller or plugin author meets them: built-ins, third-party ones, broken ones. */
class ViewpointFilesTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<viewpoint:Viewpoint xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:viewpoint=\"http://throughline.org/viewpoint/1.0\""
            + " id=\"test\" label=\"Test\">\n<diagrams id=\"test.diagram\" label=\"Test\" domainClass=\"Model\">\n"
            + "<defaultLayer id=\"l\">\n";
    private static final String TAIL = "</defaultLayer>\n</diagrams>\n</viewpoint:Viewpoint>\n";

    private static Viewpoint load(String mappings) throws ViewpointLoadException {
        return ViewpointFiles.load(new ByteArrayInputStream((HEAD + mappings + TAIL).getBytes(StandardCharsets.UTF_8)), "test.viewpoint");
    }

    @Test
    void theSixBuiltInViewpointsAreRegistered() {
        ViewpointRegistry registry = ViewpointRegistry.getDefault();
        List<String> ids = registry.diagrams().stream().map(DiagramDescription::getId).toList();
        for (String id : List.of("delivery-chain", "outcome-map", "accountability", "service-flow", "dependencies", "user-journey")) {
            assertTrue(ids.contains(id), id + " is registered: " + ids);
        }
        assertEquals("DeliveryChain", registry.diagram("delivery-chain").orElseThrow().getDomainClass());
        assertEquals("Service", registry.diagram("service-flow").orElseThrow().getDomainClass());
        assertEquals("UserJourney", registry.diagram("user-journey").orElseThrow().getDomainClass());
    }

    @Test
    void aThirdPartyViewpointIsRegisteredAndABrokenOneIsReportedAndSkipped() {
        ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
        assertTrue(registry.diagram("com.example.people").isPresent(), "the good contribution loads");
        assertFalse(registry.diagram("com.example.broken").isPresent(), "the broken contribution is skipped");
        String problems = String.join("\n", registry.problems());
        assertTrue(problems.contains("resources/broken.viewpoint") && problems.contains("broken.actor")
                && problems.contains("tl:all(root, 'Actor'"), problems);
        assertTrue(problems.contains("resources/missing.viewpoint") && problems.contains("does not exist"), problems);
    }

    @Test
    void aBadExpressionIsReportedWithFileMappingAndExpressionInOneSentence() {
        ViewpointLoadException e = assertThrows(ViewpointLoadException.class, () -> load(
                "<nodeMappings xsi:type=\"viewpoint:NodeMapping\" id=\"m.actor\" domainClass=\"Actor\""
                        + " labelExpression=\"self.name +\"/>\n"));
        String message = e.getMessage();
        assertTrue(message.startsWith("test.viewpoint: mapping 'm.actor' has an expression that cannot be used, 'self.name +'"), message);
        assertTrue(message.endsWith(".") && !message.contains("\n"), "one sentence: " + message);
    }

    @Test
    void aBadConditionalStyleNamesItsMapping() {
        ViewpointLoadException e = assertThrows(ViewpointLoadException.class, () -> load(
                "<nodeMappings xsi:type=\"viewpoint:NodeMapping\" id=\"m.link\" domainClass=\"Actor\">"
                        + "<conditionalStyles predicate=\"self.strength == \"/></nodeMappings>\n"));
        assertTrue(e.getMessage().contains("mapping 'm.link'") && e.getMessage().contains("'self.strength == '"), e.getMessage());
    }

    @Test
    void anUnknownDomainClassIsReported() {
        ViewpointLoadException e = assertThrows(ViewpointLoadException.class,
                () -> load("<nodeMappings xsi:type=\"viewpoint:NodeMapping\" id=\"m.x\" domainClass=\"Actress\"/>\n"));
        assertTrue(e.getMessage().contains("'m.x'") && e.getMessage().contains("'Actress'"), e.getMessage());
    }

    @Test
    void anEdgeMappingWithoutEndsIsReported() {
        ViewpointLoadException e = assertThrows(ViewpointLoadException.class,
                () -> load("<edgeMappings id=\"m.edge\" targetExpression=\"self.parent\"/>\n"));
        assertTrue(e.getMessage().contains("edge mapping 'm.edge'"), e.getMessage());
    }

    @Test
    void anEdgeToolWithoutAnEdgeMappingIsReported() {
        ViewpointLoadException e = assertThrows(ViewpointLoadException.class, () -> load(
                "<nodeMappings xsi:type=\"viewpoint:NodeMapping\" id=\"m.actor\" domainClass=\"Actor\"/>\n"
                        + "<tools xsi:type=\"viewpoint:CreateEdgeTool\" id=\"t.link\" label=\"Link\" mapping=\"m.actor\"/>\n"));
        assertTrue(e.getMessage().startsWith("test.viewpoint: tool 't.link' needs the id of an edge mapping"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefused() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        ViewpointLoadException e = assertThrows(ViewpointLoadException.class,
                () -> ViewpointFiles.load(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)), "hostile.viewpoint"));
        assertTrue(e.getMessage().startsWith("hostile.viewpoint cannot be read as a viewpoint file"), e.getMessage());
    }

    @Test
    void notAViewpointIsReported() {
        String other = "<?xml version=\"1.0\"?><throughline:Model xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\""
                + " xmlns:throughline=\"http://throughline.org/model/1.2\" id=\"m\"/>";
        ViewpointLoadException e = assertThrows(ViewpointLoadException.class,
                () -> ViewpointFiles.load(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)), "model.viewpoint"));
        assertTrue(e.getMessage().contains("model.viewpoint is not a viewpoint file"), e.getMessage());
    }
}
