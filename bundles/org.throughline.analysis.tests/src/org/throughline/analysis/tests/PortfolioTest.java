// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.Outcome;
import org.throughline.model.Polarity;
import org.throughline.model.Priority;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;

/** The portfolio's league table, on four priorities whose standing was worked out by hand (today is 1 June 2025). */
class PortfolioTest {

    private final Fixtures f = new Fixtures();
    private final Priority burglary = priority("Fewer burglaries", 1);
    private final Priority waits = priority("Shorter waits", 2);
    private final Priority apprenticeships = priority("More apprenticeships", 3);
    private final Priority rivers = priority("Cleaner rivers", 4);
    private Link weak;

    PortfolioTest() {
        judge(burglary, LikelihoodRating.AMBER_GREEN, LocalDate.of(2025, 1, 15));
        judge(burglary, LikelihoodRating.AMBER_RED, LocalDate.of(2025, 4, 15));
        judge(waits, LikelihoodRating.GREEN, LocalDate.of(2025, 1, 15));
        judge(waits, LikelihoodRating.GREEN, LocalDate.of(2025, 4, 15));
        judge(waits, LikelihoodRating.RED, LocalDate.of(2025, 7, 15)); // after today: not yet known
        judge(apprenticeships, LikelihoodRating.RED, LocalDate.of(2025, 1, 15));
        judge(apprenticeships, LikelihoodRating.AMBER_RED, LocalDate.of(2025, 4, 15));

        // Burglaries, higher is better (share of homes not burgled, say): planned 50 at the end of May, 45 observed.
        Indicator burglaries = indicator(burglary, "Homes safe from burglary", Polarity.HIGHER_IS_BETTER, 50);
        observe(burglaries, LocalDate.of(2024, 5, 31), 40);
        observe(burglaries, LocalDate.of(2025, 4, 30), 44);
        observe(burglaries, LocalDate.of(2025, 5, 31), 45);
        // Waits, lower is better: planned 10 at the end of May, 9.5 observed (within plan), 9 the month before.
        Indicator weeks = indicator(waits, "Weeks waited", Polarity.LOWER_IS_BETTER, 10);
        observe(weeks, LocalDate.of(2025, 4, 30), 9);
        observe(weeks, LocalDate.of(2025, 5, 31), 9.5);

        Organisation centre = f.centre("Home Office");
        Organisation force = f.provider("Police force");
        BeneficiaryGroup residents = f.people("Residents", 5000);
        Link funds = f.link(centre, force, LinkStrength.STRONG);
        weak = f.link(force, residents, LinkStrength.WEAK);
        DeliveryChain chain = f.chain("Policing chain", funds, weak);
        chain.setPriority(burglary);

        act("Neighbourhood patrols plan", weak, ActionStatus.OPEN, LocalDate.of(2025, 3, 1));
        act("Data audit (finished)", burglaries, ActionStatus.DONE, LocalDate.of(2025, 2, 1));
        act("Ministerial review", burglary, ActionStatus.IN_PROGRESS, LocalDate.of(2025, 9, 1));
    }

    @Test
    void leagueTableWorstJudgementFirst() throws Exception {
        AnalysisResult result = f.run("portfolio");
        // Amber-red before green before not judged; the two amber-reds by rank (1, then 3).
        assertEquals(List.of("Fewer burglaries", "More apprenticeships", "Shorter waits", "Cleaner rivers"),
                result.rows().stream().map(r -> ((Element) r.element()).getName()).toList());
        assertEquals("4 priorities: 0 red, 2 amber-red, 0 amber-green, 1 green, 1 not judged; "
                + "1 judged worse than at the judgement before, 1 better.", result.headline());

        Row first = result.rows().get(0);
        assertEquals("amber red", cell(result, first, "Likelihood"));
        assertEquals("2025-04-15", cell(result, first, "Judged on"));
        assertEquals("worse: amber green on 2025-01-15", cell(result, first, "Since the judgement before"));
        // 45 against 50 planned, tolerance 1: off track.
        assertEquals("0 of 1 on track; off track: Homes safe from burglary", cell(result, first, "Trajectories"));
        // The latest (May 2025) against May 2024, a year before: 40 to 45, higher is better.
        assertEquals("improving: Homes safe from burglary 40 (2024-05-31) to 45 (2025-05-31)", cell(result, first, "Direction of travel"));
        assertEquals("Police force to Residents (weak)", cell(result, first, "Weakest link"));
        // Open: the patrols plan (overdue since 1 March) and the review (due September); the audit is done.
        assertEquals("2 open, 1 overdue", cell(result, first, "Open actions"));

        Row apprentices = result.rows().get(1);
        assertEquals("better: red on 2025-01-15", cell(result, apprentices, "Since the judgement before"));
        assertEquals("no indicator with a trajectory", cell(result, apprentices, "Trajectories"));
        assertEquals("none", cell(result, apprentices, "Open actions"));

        Row shorter = result.rows().get(2);
        // The July judgement is after today and not counted.
        assertEquals("green", cell(result, shorter, "Likelihood"));
        assertEquals("unchanged since 2025-01-15", cell(result, shorter, "Since the judgement before"));
        assertEquals("1 of 1 on track", cell(result, shorter, "Trajectories"));
        // No value a year before: the month before, 9 to 9.5, lower is better.
        assertEquals("worsening: Weeks waited 9 (2025-04-30) to 9.5 (2025-05-31)", cell(result, shorter, "Direction of travel"));
        assertEquals("no weak or broken link", cell(result, shorter, "Weakest link"));

        Row last = result.rows().get(3);
        assertEquals("not judged", cell(result, last, "Likelihood"));
        assertEquals(null, cell(result, last, "Since the judgement before"));
    }

    @Test
    void anActionDoneAfterTodayIsStillOpenToday() throws Exception {
        // The data audit is recorded done, but it was finished on 20 June, after today (1 June):
        // today it is open, and overdue since 1 February. With the patrols plan (overdue) and the
        // review (due September): 3 open, 2 overdue.
        ((Action) f.model.getFolders().get(0).getElements().stream().filter(e -> "Data audit (finished)".equals(e.getName()))
                .findFirst().orElseThrow()).setClosedDate(LocalDate.of(2025, 6, 20));
        AnalysisResult result = f.run("portfolio");
        assertEquals("3 open, 2 overdue", cell(result, result.rows().get(0), "Open actions"));
    }

    private Priority priority(String name, int rank) {
        Priority priority = f.add(F.createPriority(), name);
        priority.setRank(Integer.valueOf(rank));
        return priority;
    }

    private void judge(Priority priority, LikelihoodRating rating, LocalDate date) {
        Assessment assessment = f.add(F.createAssessment(), priority.getName() + " " + date);
        assessment.setSubject(priority);
        assessment.setRating(rating);
        assessment.setDate(date);
    }

    private Indicator indicator(Priority priority, String name, Polarity polarity, double planned) {
        Outcome outcome = f.add(F.createOutcome(), name + " outcome");
        priority.getOutcomes().add(outcome);
        Indicator indicator = f.add(F.createIndicator(), name);
        indicator.setMeasures(outcome);
        indicator.setPolarity(polarity);
        indicator.setFrequency(Frequency.MONTHLY);
        Trajectory trajectory = f.named(F.createTrajectory(), name + " plan");
        trajectory.setTolerance(Double.valueOf(1));
        TrajectoryPoint point = F.createTrajectoryPoint();
        point.setDate(LocalDate.of(2025, 5, 31));
        point.setValue(Double.valueOf(planned));
        trajectory.getPoints().add(point);
        indicator.setTrajectory(trajectory);
        return indicator;
    }

    private static void observe(Indicator indicator, LocalDate date, double value) {
        Observation observation = F.createObservation();
        observation.setDate(date);
        observation.setValue(Double.valueOf(value));
        indicator.getObservations().add(observation);
    }

    private void act(String name, Element addresses, ActionStatus status, LocalDate due) {
        Action action = f.add(F.createAction(), name);
        action.getAddresses().add(addresses);
        action.setStatus(status);
        action.setDueDate(due);
    }
}
