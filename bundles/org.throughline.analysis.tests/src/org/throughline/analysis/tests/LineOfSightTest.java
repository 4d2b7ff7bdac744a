// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertEquals(1_000_000.0, cell(result, rowOf(result, outcome), "Budget (\u00a3)"));
        assertEquals("The one line from vision through targets to plans and budgets is whole. Funded budgets total \u00a31,000,000,"
                + " each plan's money counted once: a programme's own budget carries its projects (only a programme without one is the sum"
                + " of its projects), and a plan serving several outcomes is counted on its first.", result.headline());
    }

    @Test
    void eachBreakInTheLineIsFound() throws AnalysisException {
        wholeLine();
        programme.setFunded(false);
        assertEquals("no funded budget", cell(f.run("line-of-sight"), rowOf(f.run("line-of-sight"), outcome), "Line broken"));
        programme.setFunded(true);
        programme.setRating(EffectivenessRating.INEFFECTIVE);
        assertEquals("funds an ineffective plan", cell(f.run("line-of-sight"), rowOf(f.run("line-of-sight"), outcome), "Line broken"));
        programme.setRating(EffectivenessRating.NOT_DEMONSTRATED);
        assertEquals("funds a plan whose effectiveness is not demonstrated",
                cell(f.run("line-of-sight"), rowOf(f.run("line-of-sight"), outcome), "Line broken"),
                "not shown to work is not shown not to work");
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
        assertEquals("Programme; Local partnership (unfunded)", cell(result, rowOf(result, outcome), "Plans"));
        assertEquals(1_000_000.0, cell(result, rowOf(result, outcome), "Budget (\u00a3)"), "the unfunded 350,000 is not summed in");
        assertEquals(350_000.0, cell(result, rowOf(result, outcome), "Unfunded (\u00a3)"));
    }

    private Outcome outcomeWithTarget(String name) {
        Outcome o = f.add(F.createOutcome(), name);
        priority.getOutcomes().add(o);
        Indicator indicator = f.add(F.createIndicator(), "Measure of " + name);
        indicator.setMeasures(o);
        Target target = F.createTarget();
        target.setValue(Double.valueOf(1));
        target.setDate(LocalDate.of(2027, 7, 1));
        indicator.getTargets().add(target);
        return o;
    }

    private Project project(Programme parent, String name, double budget, boolean funded, Outcome... outcomes) {
        Project p = F.createProject();
        f.named(p, name);
        p.setBudget(Double.valueOf(budget));
        p.setFunded(funded);
        p.getOutcomes().addAll(java.util.List.of(outcomes));
        parent.getProjects().add(p);
        return p;
    }

    @Test
    void moneyIsCountedOnceAtOneLevelAndUnfundedPlansApart() throws AnalysisException {
        priority.setMission(mission);
        Outcome timely = outcomeWithTarget("Timely");
        Outcome flow = outcomeWithTarget("Flow");
        Outcome discharge = outcomeWithTarget("Discharge");
        Outcome alternatives = outcomeWithTarget("Alternatives");
        // A programme of 3,000 with a budget of its own serves three outcomes; its projects (1,000 + 1,600) are parts of it.
        programme.setBudget(Double.valueOf(3_000));
        programme.setFunded(true);
        programme.setRating(EffectivenessRating.ADEQUATE);
        programme.getOutcomes().addAll(java.util.List.of(timely, flow, discharge));
        project(programme, "Beds", 1_000, true, flow);
        project(programme, "Discharge fund", 1_600, true, discharge);
        project(programme, "Recruitment", 2, false, timely);
        // A programme with no budget of its own is the sum of its projects: 400 + 600.
        Programme wards = f.add(F.createProgramme(), "Wards");
        wards.setFunded(true);
        project(wards, "Virtual wards", 400, true, alternatives);
        project(wards, "Rapid response", 600, true, alternatives);
        AnalysisResult result = f.run("line-of-sight");
        // Before: Timely 3,000 + 2 = 3,002; Flow 3,000 + 1,000 = 4,000; Discharge 3,000 + 1,600 = 4,600: 11,602 for 3,000 that exists.
        // Now the programme's 3,000 is counted once, on Timely (its first outcome); the unfunded 2 is shown apart.
        assertEquals(3_000.0, cell(result, rowOf(result, timely), "Budget (\u00a3)"));
        assertEquals(2.0, cell(result, rowOf(result, timely), "Unfunded (\u00a3)"));
        assertNull(cell(result, rowOf(result, flow), "Budget (\u00a3)"));
        assertEquals("Programme (counted under Timely); Beds (within Programme)", cell(result, rowOf(result, flow), "Plans"));
        assertNull(cell(result, rowOf(result, discharge), "Budget (\u00a3)"));
        assertEquals(1_000.0, cell(result, rowOf(result, alternatives), "Budget (\u00a3)"), "400 + 600");
        // Funded money counted once: 3,000 + 400 + 600 = 4,000; unfunded 2.
        assertTrue(result.headline().contains("Funded budgets total \u00a34,000, each plan's money counted once"), result.headline());
        assertTrue(result.headline().endsWith("counted on its first. Unfunded plans, shown apart, total \u00a32."), result.headline());
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
