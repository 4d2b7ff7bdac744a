// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.EvidenceStrength;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Priority;

/** The evidence and assumption register: every claim, its strength and what rests on it, the weakest first. */
class EvidenceRegisterTest {

    private final Fixtures f = new Fixtures();

    private OutcomeContribution contribute(Outcome from, Outcome to, EvidenceStrength strength, String assumptions, String evidence) {
        OutcomeContribution contribution = f.named(F.createOutcomeContribution(), from.getName() + " helps " + to.getName());
        contribution.setTarget(to);
        contribution.setEvidenceStrength(strength);
        contribution.setAssumptions(assumptions);
        contribution.setEvidence(evidence);
        from.getContributions().add(contribution);
        return contribution;
    }

    @Test
    void everyClaimWithItsStrengthAndWhatRestsOnItTheWeakestFirst() throws AnalysisException {
        Outcome recruited = f.add(F.createOutcome(), "Tutors recruited");
        Outcome tutored = f.add(F.createOutcome(), "Pupils tutored");
        Outcome reading = f.add(F.createOutcome(), "Pupils read well");
        Outcome parents = f.add(F.createOutcome(), "Parents read with children");
        OutcomeContribution recruitedTutored = contribute(recruited, tutored, EvidenceStrength.MODERATE, "Schools release pupils",
                "Pilot in three schools");
        OutcomeContribution tutoredReading = contribute(tutored, reading, EvidenceStrength.STRONG, null, "Randomised trial");
        OutcomeContribution parentsReading = contribute(parents, reading, EvidenceStrength.NONE, null, null);
        Priority literacy = f.add(F.createPriority(), "Literacy");
        literacy.getOutcomes().add(reading);
        Priority tutoring = f.add(F.createPriority(), "Tutoring");
        tutoring.getOutcomes().add(tutored);

        Organisation dfe = f.centre("Department");
        Organisation agency = f.provider("Tutor agency");
        BeneficiaryGroup pupils = f.people("Pupils", 1000);
        Link weak = f.link(dfe, agency, LinkStrength.WEAK);
        weak.setAssumptions("The agency keeps its tutors");
        Link strong = f.link(agency, pupils, LinkStrength.STRONG);
        DeliveryChain chain = f.chain("Tutoring chain", weak, strong);
        chain.setPriority(literacy);

        AnalysisResult result = f.run("evidence-register");
        List<Row> rows = result.rows();
        assertEquals(7, rows.size(), rows.toString());
        // Weakest first: nothing recorded (none: 3), the weak link's two claims (2), the moderate step's two claims (1),
        // then the strong ones (0); of equal strength, the one more rests on first, else in the model's order.
        assertEquals(List.of(parentsReading, weak, weak, recruitedTutored, recruitedTutored, tutoredReading, strong),
                rows.stream().map(Row::element).toList());
        assertEquals("Nothing recorded", cell(result, rows.get(0), "Kind"));
        assertEquals("no evidence", cell(result, rows.get(0), "Strength"));
        assertEquals("outcomes: Pupils read well", cell(result, rows.get(0), "What rests on it"));
        assertEquals("Literacy", cell(result, rows.get(0), "Priorities"));

        assertEquals("Assumption", cell(result, rows.get(1), "Kind"));
        assertEquals("The agency keeps its tutors", cell(result, rows.get(1), "Assumption or evidence"));
        assertEquals("Department \u2192 Tutor agency", cell(result, rows.get(1), "About"));
        assertEquals("weak link", cell(result, rows.get(1), "Strength"));
        // The pupils' one route runs through the link; the chain delivers Literacy.
        assertEquals("chain: Tutoring chain; people served through it: Pupils", cell(result, rows.get(1), "What rests on it"));
        assertEquals("Evidence", cell(result, rows.get(2), "Kind"));
        assertEquals("Observed in 2025.", cell(result, rows.get(2), "Assumption or evidence"));

        // Tutors recruited -> Pupils tutored rests Pupils tutored and, through it, Pupils read well: both priorities.
        assertEquals("Schools release pupils", cell(result, rows.get(3), "Assumption or evidence"));
        assertEquals("moderate evidence", cell(result, rows.get(3), "Strength"));
        assertEquals("outcomes: Pupils tutored, Pupils read well", cell(result, rows.get(3), "What rests on it"));
        assertEquals("Literacy, Tutoring", cell(result, rows.get(3), "Priorities"));
        assertEquals("Pilot in three schools", cell(result, rows.get(4), "Assumption or evidence"));
        assertEquals("strong evidence", cell(result, rows.get(5), "Strength"));

        // Two assumptions (the step's, the link's), four pieces of evidence (two steps, two links); three entries weak or none.
        assertEquals("2 assumptions and 4 pieces of evidence; 3 entries rest on weak, unknown or no evidence, the weakest first: "
                + "Parents read with children \u2192 Pupils read well (Nothing recorded, no evidence; outcomes: Pupils read well); "
                + "Department \u2192 Tutor agency (Assumption, weak link; chain: Tutoring chain; people served through it: Pupils); "
                + "Department \u2192 Tutor agency (Evidence, weak link; chain: Tutoring chain; people served through it: Pupils).",
                result.headline());
    }

    @Test
    void aModelWithNoTheoryOfChangeSaysSo() throws AnalysisException {
        assertEquals("The theory of change and the delivery chains record no assumption, evidence or contribution between outcomes.",
                f.run("evidence-register").headline());
    }
}
