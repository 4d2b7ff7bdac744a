// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisDescriptor;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Model;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;

/** The facade over the extension point: listing, running, and isolating contributions that misbehave. */
class AnalysesTest {

    private static Model example() throws IOException {
        return (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
    }

    @Test
    void listsOurAnalysesFromTheExtensionPointInContributionOrder() {
        List<String> ids = Analyses.standard().descriptors().stream().map(AnalysisDescriptor::id).toList();
        assertTrue(ids.indexOf("weak-links") >= 0 && ids.indexOf("weak-links") < ids.indexOf("flow"), ids.toString());
        for (String id : List.of("weak-links", "single-points-of-failure", "trajectories", "flow")) {
            AnalysisDescriptor descriptor = Analyses.standard().descriptor(id);
            assertTrue(descriptor.question().endsWith("?"), id + " states the question it answers: " + descriptor.question());
            assertFalse(descriptor.name().startsWith("%"), "the name is translated from plugin.properties: " + descriptor.name());
        }
        assertNull(Analyses.standard().descriptor("no-such-analysis"));
    }

    @Test
    void malformedContributionsAreSkippedAndReported() {
        Analyses analyses = Analyses.standard();
        List<String> problems = analyses.problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("test.no-question") && p.contains("question")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'weak-links'") && p.contains("already taken")), problems.toString());
        assertNull(analyses.descriptor("test.no-question"));
        assertEquals("Weak links", analyses.descriptor("weak-links").name(), "the first contribution of an id wins");
    }

    @Test
    void aThrowingAnalysisIsAFailedRunAndTheOthersStillAnswer() throws IOException {
        List<AnalysisRun> runs = Analyses.standard().runAll(AnalysisInput.of(example()));
        AnalysisRun throwing = runs.stream().filter(r -> r.descriptor().id().equals("test.throws")).findFirst().orElseThrow();
        assertTrue(throwing.failed());
        assertTrue(throwing.failure().contains("\"Throws\"") && throwing.failure().contains("org.throughline.analysis.tests")
                && throwing.failure().contains("deliberate failure"), throwing.failure());
        AnalysisRun missing = runs.stream().filter(r -> r.descriptor().id().equals("test.missing-class")).findFirst().orElseThrow();
        assertTrue(missing.failed() && missing.failure().contains("Missing class"), missing.failure());
        int ourIndex = runs.indexOf(runs.stream().filter(r -> r.descriptor().id().equals("flow")).findFirst().orElseThrow());
        assertFalse(runs.get(ourIndex).failed(), "the flow analysis ran despite the failures around it");
        assertTrue(runs.stream().filter(r -> !r.descriptor().id().startsWith("test.")).noneMatch(AnalysisRun::failed),
                runs.stream().filter(AnalysisRun::failed).map(AnalysisRun::failure).toList().toString());
    }

    @Test
    void anAnalysisThatNeverAnswersIsAbandonedAfterTheTimeLimitAndTheOthersStillAnswer() throws IOException, AnalysisException {
        Model model = example();
        model.setName(MisbehavingAnalyses.Hangs.HANG);
        Analyses analyses = Analyses.standard().withTimeLimit(Duration.ofSeconds(1));
        assertEquals(Duration.ofSeconds(30), Analyses.standard().timeLimit(), "the default limit");
        List<AnalysisRun> runs = analyses.runAll(AnalysisInput.of(model));
        AnalysisRun hanging = runs.stream().filter(r -> r.descriptor().id().equals("test.hangs")).findFirst().orElseThrow();
        assertTrue(hanging.failed() && hanging.failure().contains("\"Hangs\"") && hanging.failure().contains("did not answer within 1 s"),
                String.valueOf(hanging.failure()));
        AnalysisRun weakLinks = runs.stream().filter(r -> r.descriptor().id().equals("weak-links")).findFirst().orElseThrow();
        assertTrue(!weakLinks.failed() && weakLinks.result() != null, "the analysis after it still answers: " + weakLinks.failure());
        AnalysisRun single = analyses.run("test.hangs", AnalysisInput.of(model));
        assertTrue(single.failed() && single.failure().contains("did not answer within 1 s"), String.valueOf(single.failure()));
    }

    @Test
    void anUnknownIdIsOneSentenceListingTheKnownOnes() {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> Analyses.standard().run("weak-lynx", AnalysisInput.of(ThroughlineFactory.eINSTANCE.createModel())));
        assertTrue(e.getMessage().contains("'weak-lynx'") && e.getMessage().contains("weak-links"), e.getMessage());
    }

    @Test
    void todayIsTheModelsAsAtDateWhenItHasOne() {
        Model model = ThroughlineFactory.eINSTANCE.createModel();
        assertEquals(LocalDate.now(), AnalysisInput.of(model).today());
        model.setAsAt(LocalDate.of(2025, 4, 30));
        assertEquals(LocalDate.of(2025, 4, 30), AnalysisInput.of(model).today());
        model.setAsAt(null);
        assertEquals(LocalDate.now(), Analyses.asAt(model), "without an as-at date the clock says what today is");
    }

    @Test
    void findsElementsById() throws IOException {
        Model model = example();
        assertEquals("Department of Health and Social Care", Analyses.element(model, "ec-org-dhsc").getName());
        assertNull(Analyses.element(model, "ec-no-such-thing"));
    }
}
