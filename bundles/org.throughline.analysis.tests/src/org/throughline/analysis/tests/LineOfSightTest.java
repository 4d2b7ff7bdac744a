// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;
import static org.throughline.analysis.tests.Fixtures.rowOf;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.EffectivenessRating;
import org.throughline.model.Indicator;
import org.throughline.model.Mission;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Priority;
import org.throughline.model.Programme;
import org.throughline.model.Project;
import org.throughline.model.Target;

/** The line of sight from vision through targets to plans and budgets, and where it breaks. */
class LineOfSightTest {

    private final Fixtures f = new Fixtures();

    /** Vision, priority, outcome with a target, a funded programme with a budget: a whole line. */
    private final Mission mission = f.add(F.createMission(), "Vision");
    private final Priority priority = f.add(F.createPriority(), "Priority");
    private final Outcome outcome = f.add(F.createOutcome(), "Outcome");
    private final Programme programme = f.add(F.createProgramme(), "Programme");

    private void wholeLine() {
        priority.setMission(mission);
        priority.getOutcomes().add(outcome);
        Indicator indicator = f.add(F.createIndicator(), "Measure");
        indicator.setMeasures(outcome);
        Target target = F.createTarget();
        target.setValue(Double.valueOf(90));
        target.setDate(LocalDate.of(2027, 7, 1));
        indicator.getTargets().add(target);
        programme.getOutcomes().add(outcome);
        programme.setBudget(Double.valueOf(1_000_000));
        programme.setFunded(true);
        programme.setRating(EffectivenessRating.EFFECTIVE);
    }

    @Test
    void aWholeLineRunsFromVisionToBudget() throws AnalysisException {
        wholeLine();
        AnalysisResult result = f.run("line-of-sight");
        assertEquals("whole", cell(result, rowOf(result, outcome), "Line broken"));
        assertEquals("Vision", cell(result, rowOf(result, outcome), "Vision"));
        assertEquals("Measure: 90 by 2027-07-01", cell(result, rowOf(result, outcome), "Targets"));
        assertEquals(1_000_000.0, cell(result, rowOf(result, outcome), "Budget"));
        assertEquals("The one line from vision through targets to plans and budgets is whole.", result.headline());
    }

    @Test
    void eachBreakInTheLineIsFound() throws AnalysisException {
        wholeLine();
        programme.setFunded(false);
        assertEquals("no funded budget", cell(f.run("line-of-sight"), rowOf(f.run("line-of-sight"), outcome), "Line broken"));
        programme.setFunded(true);
        programme.setRating(EffectivenessRating.INEFFECTIVE);
        assertEquals("funds an ineffective plan", cell(f.run("line-of-sight"), rowOf(f.run("line-of-sight"), outcome), "Line broken"));
        programme.getOutcomes().clear();
        assertEquals("no plan", cell(f.run("line-of-sight"), rowOf(f.run("line-of-sight"), outcome), "Line broken"));
        Priority empty = f.add(F.createPriority(), "Priority with no outcome");
        AnalysisResult result = f.run("line-of-sight");
        assertEquals("no outcome", cell(result, rowOf(result, empty), "Line broken"));
        assertTrue(result.headline().startsWith("2 of 2 lines from vision to budget are broken: "), result.headline());
    }

    @Test
    void anUnfundedProjectBesideAFundedOneIsABreak() throws AnalysisException {
        wholeLine();
        Project local = F.createProject();
        f.named(local, "Local partnership");
        local.setBudget(Double.valueOf(350_000));
        local.getOutcomes().add(outcome);
        programme.getProjects().add(local);
        AnalysisResult result = f.run("line-of-sight");
        assertEquals("a plan is unfunded", cell(result, rowOf(result, outcome), "Line broken"));
        assertEquals("Programme; Local partnership", cell(result, rowOf(result, outcome), "Plans"));
    }

    @Test
    void anOutcomeThatContributesToAPrioritysOutcomeSharesItsLine() throws AnalysisException {
        wholeLine();
        Outcome supporting = f.add(F.createOutcome(), "Supporting outcome");
        OutcomeContribution contribution = F.createOutcomeContribution();
        contribution.setTarget(outcome);
        supporting.getContributions().add(contribution);
        Outcome stray = f.add(F.createOutcome(), "Stray outcome");
        AnalysisResult result = f.run("line-of-sight");
        assertEquals("Priority", cell(result, rowOf(result, supporting), "Priority"));
        assertEquals("no target", cell(result, rowOf(result, supporting), "Line broken"));
        assertEquals("(none)", cell(result, rowOf(result, stray), "Priority"));
    }
}
