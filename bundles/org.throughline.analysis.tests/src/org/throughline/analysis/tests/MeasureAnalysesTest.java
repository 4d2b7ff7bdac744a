// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;
import static org.throughline.analysis.tests.Fixtures.observe;
import static org.throughline.analysis.tests.Fixtures.rowOf;
import static org.throughline.analysis.tests.Fixtures.target;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.Indicator;
import org.throughline.model.Period;
import org.throughline.model.Polarity;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;

/** Trajectory status (polarity, tolerance, forecast) and flow, with figures worked out by hand. */
class MeasureAnalysesTest {

    private final Fixtures f = new Fixtures();

    /** A trajectory from 50 on 1 January 2025 to 60 on 1 July 2025 (181 days), tolerance 1. */
    private Indicator indicator(String name, Polarity polarity) {
        Indicator indicator = f.add(F.createIndicator(), name);
        indicator.setPolarity(polarity);
        Trajectory trajectory = F.createTrajectory();
        trajectory.setTolerance(Double.valueOf(1));
        trajectory.getPoints().add(point(LocalDate.of(2025, 1, 1), 50));
        trajectory.getPoints().add(point(LocalDate.of(2025, 7, 1), 60));
        indicator.setTrajectory(trajectory);
        return indicator;
    }

    private static TrajectoryPoint point(LocalDate date, double value) {
        TrajectoryPoint point = F.createTrajectoryPoint();
        point.setDate(date);
        point.setValue(Double.valueOf(value));
        return point;
    }

    @Test
    void theSameShortfallIsOffTrackWhenHigherIsBetterAndOnTrackWhenLowerIsBetter() throws AnalysisException {
        // On 1 April (90 days in) the plan is 50 + 10 * 90 / 181 = 54.97; the actual is 53.
        Indicator higher = indicator("Reading", Polarity.HIGHER_IS_BETTER);
        Indicator lower = indicator("Waiting", Polarity.LOWER_IS_BETTER);
        observe(higher, LocalDate.of(2025, 4, 1), 53);
        observe(lower, LocalDate.of(2025, 4, 1), 53);
        AnalysisResult result = f.run("trajectories");
        assertEquals("off track", cell(result, rowOf(result, higher), "Status"));
        assertEquals(55.0, cell(result, rowOf(result, higher), "Planned"));
        assertEquals(2.0, cell(result, rowOf(result, higher), "Shortfall"), "1.97 short, beyond the tolerance of 1");
        assertEquals("on track", cell(result, rowOf(result, lower), "Status"));
        assertEquals(-2.0, cell(result, rowOf(result, lower), "Shortfall"), "below plan is better when lower is better");
        assertEquals(higher, result.rows().get(0).element(), "off track first");
        assertTrue(result.headline().startsWith("1 of 2 indicators is off trajectory: Reading (53 on 2025-04-01 against 55 planned)."),
                result.headline());
    }

    @Test
    void withinTheToleranceIsOnTrack() throws AnalysisException {
        Indicator reading = indicator("Reading", Polarity.HIGHER_IS_BETTER);
        observe(reading, LocalDate.of(2025, 4, 1), 54.1); // 0.87 short, tolerance 1
        assertEquals("on track", cell(f.run("trajectories"), rowOf(f.run("trajectories"), reading), "Status"));
        reading.getTrajectory().setTolerance(Double.valueOf(0.5));
        assertEquals("off track", cell(f.run("trajectories"), rowOf(f.run("trajectories"), reading), "Status"));
    }

    @Test
    void anObservationAfterTodayIsNotTheLatest() throws AnalysisException {
        Indicator reading = indicator("Reading", Polarity.HIGHER_IS_BETTER);
        observe(reading, LocalDate.of(2025, 4, 1), 56);
        observe(reading, Fixtures.TODAY.plusDays(1), 10);
        AnalysisResult result = f.run("trajectories");
        assertEquals("2025-04-01", cell(result, rowOf(result, reading), "Latest"));
        assertEquals("on track", cell(result, rowOf(result, reading), "Status"));
    }

    @Test
    void theForecastFollowsTheTrendToTheTargetDate() throws AnalysisException {
        // 10 on 1 January, 20 a hundred days later: 0.1 a day, so 40 on day 300 (28 October 2025).
        Indicator higher = indicator("Reading", Polarity.HIGHER_IS_BETTER);
        Indicator lower = indicator("Waiting", Polarity.LOWER_IS_BETTER);
        for (Indicator indicator : new Indicator[] { higher, lower }) {
            observe(indicator, LocalDate.of(2025, 1, 1), 10);
            observe(indicator, LocalDate.of(2025, 1, 1).plusDays(100), 20);
            target(indicator, LocalDate.of(2025, 1, 1).plusDays(300), 35);
        }
        AnalysisResult result = f.run("trajectories");
        assertEquals(40.0, cell(result, rowOf(result, higher), "Forecast"));
        assertEquals("meets target", cell(result, rowOf(result, higher), "Outlook"));
        assertEquals("misses target", cell(result, rowOf(result, lower), "Outlook"), "rising is bad when lower is better");
        assertTrue(result.headline().endsWith("On the forecast, 1 indicator misses its next target."), result.headline());
    }

    @Test
    void aTargetWhoseDateHasPassedIsJudgedOnTheActualThenNotForecast() throws AnalysisException {
        Indicator reading = indicator("Reading", Polarity.HIGHER_IS_BETTER);
        observe(reading, LocalDate.of(2025, 2, 1), 52);
        observe(reading, LocalDate.of(2025, 3, 1), 55);
        observe(reading, LocalDate.of(2025, 5, 1), 61);
        target(reading, LocalDate.of(2025, 3, 1), 60);
        AnalysisResult result = f.run("trajectories");
        assertEquals("missed target", cell(result, rowOf(result, reading), "Outlook"), "55 on the target date, against 60");
        assertNull(cell(result, rowOf(result, reading), "Forecast"));
        assertEquals("The one indicator is not off trajectory. 1 final target has passed unmet.", result.headline());
    }

    @Test
    void everyValueIsShownInTheIndicatorsUnit() throws AnalysisException {
        // As in the first test: planned 54.97 on 1 April, actual 53, shortfall 1.97, tolerance 1.
        Indicator reading = indicator("Reading", Polarity.HIGHER_IS_BETTER);
        reading.setUnit("%");
        Indicator waiting = indicator("Waiting", Polarity.HIGHER_IS_BETTER);
        waiting.setUnit("weeks");
        observe(reading, LocalDate.of(2025, 4, 1), 53);
        observe(waiting, LocalDate.of(2025, 4, 1), 53);
        target(reading, LocalDate.of(2025, 12, 1), 60);
        AnalysisResult result = f.run("trajectories");
        AnalysisResult.Row row = rowOf(result, reading);
        int actual = result.columns().indexOf("Actual");
        assertEquals(List.of("53%", "55%", "2%", "1%", "60%"), List.of(AnalysisResult.text(row.cells().get(actual)),
                AnalysisResult.text(row.cells().get(actual + 1)), AnalysisResult.text(row.cells().get(actual + 2)),
                AnalysisResult.text(row.cells().get(actual + 3)), AnalysisResult.text(row.cells().get(actual + 5))));
        assertEquals("53 weeks", AnalysisResult.text(rowOf(result, waiting).cells().get(actual)));
        assertEquals(53.0, ((Number) row.cells().get(actual)).doubleValue(), 0, "still a number to machines");
        assertTrue(result.headline().contains("Reading (53% on 2025-04-01 against 55% planned)"), result.headline());
        assertTrue(result.headline().contains("Waiting (53 weeks on 2025-04-01 against 55 weeks planned)"), result.headline());
    }

    @Test
    void anIndicatorWithoutTrajectoryOrDataSaysSo() throws AnalysisException {
        Indicator untracked = f.add(F.createIndicator(), "Untracked");
        observe(untracked, LocalDate.of(2025, 3, 1), 5);
        Indicator unmeasured = indicator("Unmeasured", Polarity.HIGHER_IS_BETTER);
        AnalysisResult result = f.run("trajectories");
        assertEquals("no trajectory", cell(result, rowOf(result, untracked), "Status"));
        assertNull(cell(result, rowOf(result, untracked), "Tolerance"));
        assertEquals("no observations", cell(result, rowOf(result, unmeasured), "Status"));
        assertTrue(result.headline().startsWith("None of the 2 indicators is off trajectory."), result.headline());
    }

    private ProcessStep step(Service service, String name, double demand, double capacity, Double failureShare) {
        ProcessStep step = f.named(F.createProcessStep(), name);
        step.setPeriod(Period.WEEK);
        step.setDemandPerPeriod(Double.valueOf(demand));
        step.setCapacityPerPeriod(Double.valueOf(capacity));
        step.setFailureDemandShare(failureShare);
        service.getSteps().add(step);
        return step;
    }

    @Test
    void thePinchPointIsTheMostOverloadedStepAndItsQueueGrowsByTheExcess() throws AnalysisException {
        Service claims = f.add(F.createService(), "Claims");
        ProcessStep register = step(claims, "Register", 100, 110, Double.valueOf(0.1));
        ProcessStep assess = step(claims, "Assess", 120, 100, Double.valueOf(0.25));
        ProcessStep decide = step(claims, "Decide", 90, 80, null);
        Service calm = f.add(F.createService(), "Calm");
        ProcessStep easy = step(calm, "Easy", 10, 20, null);
        AnalysisResult result = f.run("flow");
        assertEquals(120.0, cell(result, rowOf(result, assess), "Utilisation %"));
        assertEquals(20.0, cell(result, rowOf(result, assess), "Queue growth"));
        assertEquals(30.0, cell(result, rowOf(result, assess), "Failure demand"), "a quarter of 120");
        assertEquals(25.0, cell(result, rowOf(result, assess), "Failure demand %"));
        assertEquals("pinch-point", cell(result, rowOf(result, assess), "Pinch-point"));
        assertEquals("", cell(result, rowOf(result, decide), "Pinch-point"), "112.5% is over capacity, but Assess is worse");
        assertEquals(10.0, cell(result, rowOf(result, decide), "Queue growth"));
        assertEquals(0.0, cell(result, rowOf(result, register), "Queue growth"));
        assertEquals("", cell(result, rowOf(result, easy), "Pinch-point"));
        assertEquals("week", cell(result, rowOf(result, easy), "Per"));
        assertTrue(result.headline().startsWith("Pinch-points: Assess in Claims (120% of capacity)."), result.headline());
        // The highest share at one step: Assess, 0.25 x 120 = 30 a week. Across Claims' steps, 0.1 x 100 + 0.25 x 120 = 40 a
        // week (Decide records no share), set against the 100 entering at Register, its first step: 40 / 100 = 0.4 for each.
        // Demand is never summed over steps (100 + 120 + 90 would count a claim three times).
        assertTrue(result.headline().endsWith("The highest failure-demand share is at Assess in Claims: 25% of its demand, about 30 a week."
                + " Across its steps Claims meets about 40 failure demand a week, against 100 entering at its first step (Register):"
                + " 0.4 for each."), result.headline());
    }

    @Test
    void aPeriodNotSetIsNotTakenForADay() throws AnalysisException {
        // Assess: 0.25 x 120 = 30 failure demand, a period nobody stated; Register counts weekly.
        Service claims = f.add(F.createService(), "Claims");
        ProcessStep register = step(claims, "Register", 100, 110, Double.valueOf(0.1));
        ProcessStep assess = step(claims, "Assess", 120, 100, Double.valueOf(0.25));
        assess.setPeriod(Period.NOT_SET);
        AnalysisResult result = f.run("flow");
        assertEquals("not set", cell(result, rowOf(result, assess), "Per"));
        assertEquals("week", cell(result, rowOf(result, register), "Per"));
        assertEquals(120.0, cell(result, rowOf(result, assess), "Utilisation %"), "demand against capacity needs no period");
        assertTrue(result.headline().endsWith("The highest failure-demand share is at Assess in Claims: 25% of its demand, about 30 a"
                + " period (the period is not set). The failure demand of Claims's steps cannot be added up: their periods are not all"
                + " set, or differ."), result.headline());
    }

    @Test
    void pinchPointsThatDependOnOneAnotherAreOneChainWithTheBindingOneNamed() throws AnalysisException {
        Service hospital = f.add(F.createService(), "Hospital");
        ProcessStep admit = step(hospital, "Admit", 92, 78, null);
        Service discharge = f.add(F.createService(), "Discharge");
        ProcessStep ready = step(discharge, "Ready", 95, 100, null);
        ProcessStep source = step(discharge, "Source care", 34, 24, null);
        Service other = f.add(F.createService(), "Phonics");
        ProcessStep catchUp = step(other, "Catch-up", 38, 24, null);
        // Admit waits on Ready, Ready on Source care: Admit depends on Source care through a step that is no pinch-point.
        org.throughline.model.Dependency first = f.add(F.createDependency(), "Admission depends on readiness");
        first.setFrom(admit);
        first.setTo(ready);
        org.throughline.model.Dependency second = f.add(F.createDependency(), "Readiness depends on care");
        second.setFrom(ready);
        second.setTo(source);
        AnalysisResult result = f.run("flow");
        assertEquals("pinch-point, binding", cell(result, rowOf(result, source), "Pinch-point"));
        assertEquals("pinch-point, waits on Source care", cell(result, rowOf(result, admit), "Pinch-point"));
        assertEquals("pinch-point", cell(result, rowOf(result, catchUp), "Pinch-point"), "depends on nothing, and nothing on it");
        // 34 / 24 = 141.7%, 92 / 78 = 117.9%, 38 / 24 = 158.3%.
        assertTrue(result.headline().startsWith("Pinch-points: Source care in Discharge (141.7% of capacity), the binding one,"
                + " on which waits Admit in Hospital (117.9% of capacity); Catch-up in Phonics (158.3% of capacity)."), result.headline());
    }

    @Test
    void noStepOverCapacityMeansNoPinchPoint() throws AnalysisException {
        Service calm = f.add(F.createService(), "Calm");
        step(calm, "Easy", 10, 10, null);
        assertEquals("No step of any service has more demand than capacity.", f.run("flow").headline());
    }
}
