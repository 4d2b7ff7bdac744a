// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * A plugin's broken contributions (this bundle's plugin.xml) are isolated: each is reported in
 * one sentence, and the plugin's good contributions and Throughline's own keep working.
 */
class IsolationTest {

    @Test
    void aThrowingOrMissingAnalysisFailsAloneAndSaysWhy() {
        List<AnalysisRun> runs = Analyses.standard().runAll(new AnalysisInput(new InspectionModel().model, null,
                LocalDate.of(2025, 9, 1)));
        Map<String, AnalysisRun> byId = runs.stream().collect(Collectors.toMap(r -> r.descriptor().id(), r -> r));
        AnalysisRun throwing = byId.get("org.example.broken.throws");
        assertNull(throwing.result());
        assertTrue(throwing.failure().contains("plugin bug"), throwing.failure());
        assertTrue(byId.get("org.example.broken.noclass") == null || byId.get("org.example.broken.noclass").failed());
        assertTrue(byId.get("org.example.inspection.ratings").result().headline().startsWith("1 of 2"));
        assertTrue(runs.stream().filter(r -> !r.descriptor().id().startsWith("org.example")).anyMatch(r -> !r.failed()),
                "Throughline's own analyses still run");
    }

    @Test
    void aThrowingRuleIsReportedAndTheOthersStillFire() {
        ValidationResult result = Validator.standard().validate(new InspectionModel().model, LocalDate.of(2025, 9, 1));
        assertTrue(result.failedRules().stream().anyMatch(f -> f.contains("broken.throws")), result.failedRules()::toString);
        assertEquals(1, result.findings().stream().filter(f -> f.rule().id().equals("inspection.inadequate-needs-action")).count());
        assertTrue(Validator.standard().problems().stream().anyMatch(p -> p.contains("broken.unknown-class")),
                Validator.standard().problems()::toString);
    }

    @Test
    void brokenViewpointFilesAreSkippedWithASentenceEach() {
        ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
        List<String> problems = registry.problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown-class.viewpoint") && p.contains("NoSuchClass")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("missing.viewpoint")), problems::toString);
        assertTrue(registry.diagram("org.example.broken.diagram").isEmpty());
        assertTrue(registry.diagram("org.example.inspection.regulation").isPresent());
        assertTrue(registry.diagram("accountability").isPresent(), "the built-in viewpoints still load");
    }
}
