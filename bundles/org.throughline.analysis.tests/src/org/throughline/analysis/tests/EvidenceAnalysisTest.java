// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.EvidenceStrength;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Project;

/** The weakest evidence along each path of a theory of change. */
class EvidenceAnalysisTest {

    private final Fixtures f = new Fixtures();
    private final Outcome o1 = f.add(F.createOutcome(), "Teachers trained");
    private final Outcome o2 = f.add(F.createOutcome(), "Better teaching");
    private final Outcome o3 = f.add(F.createOutcome(), "Pupils read well");
    private final Project project = f.add(F.createProject(), "Training project");

    private OutcomeContribution contribute(Outcome from, Outcome to, EvidenceStrength strength, String evidence) {
        OutcomeContribution contribution = f.named(F.createOutcomeContribution(), from.getName() + " helps " + to.getName());
        contribution.setTarget(to);
        contribution.setEvidenceStrength(strength);
        contribution.setEvidence(evidence);
        from.getContributions().add(contribution);
        return contribution;
    }

    @Test
    void eachPathIsAsStrongAsItsWeakestStep() throws AnalysisException {
        // Training project -> o1 -(strong)-> o2 -(weak)-> o3, and o1 -(moderate)-> o3.
        project.getOutcomes().add(o1);
        contribute(o1, o2, EvidenceStrength.STRONG, "Trial");
        OutcomeContribution weak = contribute(o2, o3, EvidenceStrength.WEAK, "One case study");
        contribute(o1, o3, EvidenceStrength.MODERATE, "Survey");
        AnalysisResult result = f.run("evidence");
        assertEquals(2, result.rows().size(), result.rows().toString());
        Row first = result.rows().get(0);
        assertEquals(weak, first.element(), "the weakest path first, about its weakest step");
        assertEquals("weak", cell(result, first, "Weakest evidence"));
        assertEquals("Teachers trained \u2192 Better teaching \u2192 Pupils read well", cell(result, first, "Path through outcomes"));
        assertEquals(2, cell(result, first, "Steps"));
        assertEquals("Better teaching helps Pupils read well", cell(result, first, "Weakest step"));
        assertEquals("moderate", cell(result, result.rows().get(1), "Weakest evidence"));
        assertEquals("Pupils read well", cell(result, result.rows().get(1), "Ends at"));
        assertTrue(result.headline().startsWith("1 of 2 paths from activities to outcomes rest on weak or no evidence, at: "
                + "Better teaching helps Pupils read well (Better teaching \u2192 Pupils read well)."), result.headline());
    }

    @Test
    void aStrongRatingWithNoEvidenceWrittenDownCountsAsNone() throws AnalysisException {
        project.getOutcomes().add(o1);
        contribute(o1, o2, EvidenceStrength.STRONG, " ");
        AnalysisResult result = f.run("evidence");
        assertEquals("none", cell(result, result.rows().get(0), "Weakest evidence"));
    }

    @Test
    void aCycleInTheTheoryOfChangeEnds() throws AnalysisException {
        project.getOutcomes().add(o1);
        contribute(o1, o2, EvidenceStrength.STRONG, "Trial");
        contribute(o2, o1, EvidenceStrength.STRONG, "Trial");
        AnalysisResult result = f.run("evidence");
        assertEquals(List.of("Teachers trained \u2192 Better teaching"),
                result.rows().stream().map(r -> cell(result, r, "Path through outcomes")).toList());
        assertEquals("The one path from activities to outcomes rests on moderate or strong evidence.", result.headline());
    }

    @Test
    void anActivityServingAFinalOutcomeDirectlyHasNothingToJudge() throws AnalysisException {
        project.getOutcomes().add(o3);
        AnalysisResult result = f.run("evidence");
        assertEquals("direct (nothing to judge)", cell(result, result.rows().get(0), "Weakest evidence"));
        assertEquals(project, result.rows().get(0).element());
    }
}
