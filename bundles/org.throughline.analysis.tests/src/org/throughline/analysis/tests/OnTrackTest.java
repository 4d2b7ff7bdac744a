// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;
import static org.throughline.analysis.tests.Fixtures.observe;
import static org.throughline.analysis.tests.Fixtures.rowOf;
import static org.throughline.analysis.tests.Fixtures.target;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.OnTrack;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.Polarity;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;

/** "Are we on track?" as at a date, with every figure worked out by hand beside its assertion. */
class OnTrackTest {

    private static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 30);

    private final Fixtures f = new Fixtures();

    private Indicator indicator(String name, Polarity polarity, Frequency frequency) {
        Indicator indicator = f.add(F.createIndicator(), name);
        indicator.setPolarity(polarity);
        indicator.setFrequency(frequency);
        indicator.setUnit("%");
        return indicator;
    }

    private static LocalDate monthEnd(int year, int month) {
        return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    }

    /** Monthly values from April of the year given, one a month. */
    private static void monthly(Indicator indicator, int fromYear, double... values) {
        for (int i = 0; i < values.length; i++) {
            observe(indicator, LocalDate.of(fromYear, 4, 1).plusMonths(i + 1L).minusDays(1), values[i]);
        }
    }

    @Test
    void aTargetWhoseDateHasPassedIsJudgedOnTheActualThenNeverForecast() {
        // The four-hour case: 78% by 31 March 2025; the actual that month was 75.0, and April's
        // 76.0 came after the target's date, so it does not count.
        Indicator fourHours = indicator("Four hours", Polarity.HIGHER_IS_BETTER, Frequency.MONTHLY);
        observe(fourHours, monthEnd(2025, 1), 73.0);
        observe(fourHours, monthEnd(2025, 2), 73.4);
        observe(fourHours, monthEnd(2025, 3), 75.0);
        observe(fourHours, APRIL_2025, 76.0);
        target(fourHours, monthEnd(2025, 3), 78);
        OnTrack.Answer answer = OnTrack.of(fourHours, APRIL_2025);
        assertEquals(OnTrack.Outlook.MISSED, answer.outlook(), "75.0 < 78");
        assertEquals(75.0, answer.actualAtTarget().getValue().doubleValue());
        assertNull(answer.forecast(), "a date that has passed is never forecast");
        assertEquals("missed target: 75% on 2025-03-31 against a target of 78% by 2025-03-31", answer.outlookSentence());
    }

    @Test
    void anIndicatorWithDataButNoTrajectorySaysSoWithItsLatestValue() throws AnalysisException {
        Indicator beds = indicator("Bed occupancy", Polarity.LOWER_IS_BETTER, Frequency.MONTHLY);
        observe(beds, monthEnd(2025, 2), 94.1);
        observe(beds, monthEnd(2025, 3), 93.8);
        OnTrack.Answer answer = OnTrack.of(beds, APRIL_2025);
        assertEquals(OnTrack.Status.NO_TRAJECTORY, answer.status(), "data, no trajectory: not 'no data'");
        assertEquals("93.8% on 2025-03-31", answer.latestText());
        AnalysisResult result = f.run("trajectories");
        assertEquals("no trajectory", cell(result, rowOf(result, beds), "Status"));
        assertEquals(93.8, cell(result, rowOf(result, beds), "Actual"));
    }

    @Test
    void aSeasonalSeriesIsComparedLikeWithLikeNotAlongOneWinter() {
        // Twelve-hour waits, April 2024 to March 2025 (lower is better), target 10% by March 2026.
        // A straight line through the last six months (10.7, 11.2, 12.6, 11.9, 10.9, 10.2) falls
        // about 0.117 a month (Sxy -2.05 / Sxx 17.5, months as steps) and reaches about
        // 11.25 - 0.117 * 14.5 = 9.55 by March 2026 (9.6 by days): "meets", the old answer.
        // Like with like, March 2026 is compared with March 2025: 10.2, with no
        // year-on-year change measurable from one year of data; 10.2 > 10, so it misses. The range
        // is the lowest and highest month of the year: 9.6 (May 2024) to 12.6 (December 2024).
        Indicator waits = indicator("Twelve-hour waits", Polarity.LOWER_IS_BETTER, Frequency.MONTHLY);
        monthly(waits, 2024, 9.8, 9.6, 9.9, 10.0, 9.7, 10.4, 10.7, 11.2, 12.6, 11.9, 10.9, 10.2);
        target(waits, monthEnd(2026, 3), 10.0);
        OnTrack.Answer answer = OnTrack.of(waits, APRIL_2025);
        assertEquals(10.2, answer.forecast().value(), 1e-9);
        assertEquals(9.6, answer.forecast().low(), 1e-9);
        assertEquals(12.6, answer.forecast().high(), 1e-9);
        assertEquals(OnTrack.Outlook.MISSES, answer.outlook());
        assertTrue(answer.forecast().how().contains("the same time of year, 2025-03-31: 10.2"), answer.forecast().how());
        assertEquals("misses target: forecast 10.2% (range 9.6% to 12.6%) against a target of 10% by 2026-03-31", answer.outlookSentence());
    }

    @Test
    void withTwoYearsTheYearOnYearChangeMovesTheForecastAndGivesItsRange() {
        // Year one (April 2023 to March 2024): 70 plus a season of 2, 1, 0, -1, -2, -3, -3, -2, -1, 0,
        // 1, 2. Year two: the same months plus 0.3 and 0.7 in turn (April +0.3, May +0.7, ...), so
        // the year-on-year change averages 0.5, lowest 0.3, highest 0.7. March 2025 is 72 + 0.7 =
        // 72.7; March 2026 is forecast at 72.7 + 0.5 = 73.2, range 73.0 to 73.4: meets 72.5.
        Indicator reading = indicator("Reading", Polarity.HIGHER_IS_BETTER, Frequency.MONTHLY);
        double[] season = { 2, 1, 0, -1, -2, -3, -3, -2, -1, 0, 1, 2 };
        double[] values = new double[24];
        for (int i = 0; i < 12; i++) {
            values[i] = 70 + season[i];
            values[12 + i] = values[i] + (i % 2 == 0 ? 0.3 : 0.7);
        }
        monthly(reading, 2023, values);
        target(reading, monthEnd(2026, 3), 72.5);
        OnTrack.Answer answer = OnTrack.of(reading, APRIL_2025);
        assertEquals(73.2, answer.forecast().value(), 1e-6);
        assertEquals(73.0, answer.forecast().low(), 1e-6);
        assertEquals(73.4, answer.forecast().high(), 1e-6);
        assertEquals(OnTrack.Outlook.MEETS, answer.outlook());
    }

    @Test
    void lessThanAYearOfMonthlyDataGivesNoForecastAndSaysWhy() {
        Indicator young = indicator("Young", Polarity.HIGHER_IS_BETTER, Frequency.MONTHLY);
        monthly(young, 2024, 50, 51, 52, 53, 54, 55);
        target(young, monthEnd(2026, 3), 60);
        OnTrack.Answer answer = OnTrack.of(young, APRIL_2025);
        assertEquals(OnTrack.Outlook.NO_FORECAST, answer.outlook(), "six months cannot separate a trend from the season");
        assertTrue(answer.outlookSentence().contains("less than a year of data"), answer.outlookSentence());
    }

    @Test
    void aForecastExactlyOnTheTargetMeetsItWhicheverWayIsBetter() {
        // 10 on 1 January 2025 and 20 a hundred days later: 0.1 a day, so 30 two hundred days in.
        for (Polarity polarity : new Polarity[] { Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER }) {
            Indicator indicator = indicator("Equal " + polarity, polarity, Frequency.AD_HOC);
            observe(indicator, LocalDate.of(2025, 1, 1), 10);
            observe(indicator, LocalDate.of(2025, 1, 1).plusDays(100), 20);
            target(indicator, LocalDate.of(2025, 1, 1).plusDays(200), 30);
            OnTrack.Answer answer = OnTrack.of(indicator, LocalDate.of(2025, 5, 1));
            assertEquals(30.0, answer.forecast().value(), 1e-9);
            assertEquals(OnTrack.Outlook.MEETS, answer.outlook(), "a forecast of 30 meets a target of 30 (" + polarity + ")");
        }
    }

    @Test
    void withoutAPolarityNothingIsJudged() throws AnalysisException {
        Indicator unjudged = indicator("Unjudged", Polarity.NOT_SET, Frequency.MONTHLY);
        Trajectory trajectory = F.createTrajectory();
        for (LocalDate date : new LocalDate[] { LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1) }) {
            TrajectoryPoint point = F.createTrajectoryPoint();
            point.setDate(date);
            point.setValue(Double.valueOf(50));
            trajectory.getPoints().add(point);
        }
        unjudged.setTrajectory(trajectory);
        observe(unjudged, monthEnd(2025, 3), 10);
        target(unjudged, monthEnd(2025, 12), 60);
        AnalysisResult result = f.run("trajectories");
        assertEquals("cannot judge: polarity not set", cell(result, rowOf(result, unjudged), "Status"),
                "10 against 50 planned is off track one way and far ahead the other");
        assertEquals("cannot judge: polarity not set", cell(result, rowOf(result, unjudged), "Outlook"));
    }

    @Test
    void asAtAnEarlierDateTheAnalysisSeesOnlyWhatWasKnownThen() throws AnalysisException {
        Indicator waits = indicator("Twelve-hour waits", Polarity.LOWER_IS_BETTER, Frequency.MONTHLY);
        monthly(waits, 2024, 9.8, 9.6, 9.9, 10.0, 9.7, 10.4, 10.7, 11.2, 12.6, 11.9, 10.9, 10.2);
        target(waits, monthEnd(2026, 3), 10.0);
        LocalDate october = LocalDate.of(2024, 10, 31);
        AnalysisRun run = Analyses.standard().run("trajectories", new AnalysisInput(f.model, null, october));
        AnalysisResult result = run.result();
        assertEquals("2024-10-31", cell(result, rowOf(result, waits), "Latest"), "November to March were not yet known");
        assertEquals(10.7, cell(result, rowOf(result, waits), "Actual"));
        assertEquals("no forecast", cell(result, rowOf(result, waits), "Outlook"),
                "seven months (April to October 2024) are less than a year");
        assertEquals(12, waits.getObservations().size(), "the model itself is not changed");
    }

    @Test
    void anInputSaidToBeKnownAlreadyIsTakenAsItIs() {
        Indicator waits = indicator("Twelve-hour waits", Polarity.LOWER_IS_BETTER, Frequency.MONTHLY);
        monthly(waits, 2024, 9.8, 9.6, 9.9, 10.0, 9.7, 10.4, 10.7, 11.2, 12.6, 11.9, 10.9, 10.2);
        LocalDate october = LocalDate.of(2024, 10, 31);
        AnalysisInput asked = new AnalysisInput(f.model, null, october);
        assertNotSame(f.model, asked.asKnown().model(), "the model holds November to March: the run reads a view without them");
        // A report's model is a view already; it says so, and no run looks through it again.
        AnalysisInput known = new AnalysisInput(f.model, null, october, java.util.Set.of(AnalysisInput.KNOWN));
        assertSame(known, known.asKnown());
    }
}
