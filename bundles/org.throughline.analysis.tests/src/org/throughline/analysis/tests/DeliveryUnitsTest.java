// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.DeliveryUnits;
import org.throughline.analysis.api.OnTrack;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.Polarity;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;
import org.throughline.model.api.Trajectories;

/** Indicators observed by delivery unit: totals built from the bottom up, and which units account for the gap. */
class DeliveryUnitsTest {

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 31);
    private static final LocalDate FEBRUARY = LocalDate.of(2025, 2, 28);
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 31);

    private final Fixtures f = new Fixtures();

    private Indicator indicator(String name, String unit, Polarity polarity, double tolerance, LocalDate from, double fromValue,
            LocalDate to, double toValue) {
        Indicator indicator = f.add(F.createIndicator(), name);
        indicator.setUnit(unit);
        indicator.setPolarity(polarity);
        Trajectory trajectory = f.named(F.createTrajectory(), "Plan");
        trajectory.setTolerance(Double.valueOf(tolerance));
        for (Object[] point : new Object[][] { { from, fromValue }, { to, toValue } }) {
            TrajectoryPoint p = F.createTrajectoryPoint();
            p.setDate((LocalDate) point[0]);
            p.setValue((Double) point[1]);
            trajectory.getPoints().add(p);
        }
        indicator.setTrajectory(trajectory);
        return indicator;
    }

    private static void observe(Indicator indicator, Organisation unit, LocalDate date, double value, Double weight) {
        Observation observation = F.createObservation();
        observation.setUnit(unit);
        observation.setDate(date);
        observation.setValue(Double.valueOf(value));
        observation.setWeight(weight);
        indicator.getObservations().add(observation);
    }

    @Test
    void aRateObservedOnlyByTrustIsTheirWeightedMeanAndEachTrustsShareOfTheGapIsItsShortfallTimesItsWeight()
            throws AnalysisException {
        Indicator fourHours = indicator("Seen within four hours", "%", Polarity.HIGHER_IS_BETTER, 1, JANUARY, 76, MARCH, 78);
        Organisation north = f.provider("North trust");
        Organisation east = f.provider("East trust");
        observe(fourHours, north, FEBRUARY, 78, Double.valueOf(9_000));
        observe(fourHours, east, FEBRUARY, 70, Double.valueOf(10_000));
        observe(fourHours, north, MARCH, 79.1, Double.valueOf(10_230));
        observe(fourHours, east, MARCH, 68.4, Double.valueOf(11_160));

        // No total recorded: the total is built from the trusts. March: (79.1 x 10,230 + 68.4 x 11,160) / 21,390
        // = (809,193 + 763,344) / 21,390 = 1,572,537 / 21,390 = 73.517; February: (78 x 9,000 + 70 x 10,000) / 19,000 = 73.789.
        assertEquals(2, Trajectories.observations(fourHours, MARCH).size());
        assertEquals(73.789, Trajectories.observations(fourHours, MARCH).get(0).getValue(), 0.001);
        assertEquals(73.517, Trajectories.latest(fourHours).getValue(), 0.001);
        // 78 planned in March, tolerance 1: 4.48 short, off track.
        assertEquals(OnTrack.Status.OFF_TRACK, OnTrack.of(fourHours, Fixtures.TODAY).status());

        DeliveryUnits.Breakdown breakdown = DeliveryUnits.of(fourHours, Fixtures.TODAY);
        assertTrue(breakdown.rate());
        assertEquals(MARCH, breakdown.date());
        assertEquals(78, breakdown.planned(), 1e-9);
        assertEquals(4.483, breakdown.gap(), 0.001); // 78 - 73.517
        // East: 11,160 / 21,390 = 0.5217 of the attendances, 78 - 68.4 = 9.6 short: 0.5217 x 9.6 = 5.009.
        // North: 10,230 / 21,390 = 0.4783, 78 - 79.1 = -1.1: 0.4783 x -1.1 = -0.526 (it narrows the gap). 5.009 - 0.526 = 4.483.
        assertEquals(east, breakdown.units().get(0).unit(), "the trust with the largest contribution first");
        assertEquals(5.009, breakdown.units().get(0).contribution(), 0.001);
        assertEquals(0.5217, breakdown.units().get(0).share(), 0.0001);
        assertEquals(north, breakdown.units().get(1).unit());
        assertEquals(-0.526, breakdown.units().get(1).contribution(), 0.001);

        AnalysisResult units = f.run("delivery-units");
        assertEquals(2, units.rows().size());
        assertEquals(east, units.rows().get(0).element());
        assertEquals(68.4, cell(units, units.rows().get(0), "Value"));
        assertEquals(5.0, cell(units, units.rows().get(0), "Contribution to the gap"));
        assertEquals(111.7, cell(units, units.rows().get(0), "Share of the gap (%)")); // 5.009 / 4.483 = 111.7 %
        assertEquals(52.2, cell(units, units.rows().get(0), "Share (%)"));
        assertNull(cell(units, units.rows().get(1), "Share of the gap (%)"), "a unit better than the plan has no share of the gap");
        assertTrue(units.headline().startsWith("Seen within four hours: the units' values combine to 73.5 against 78 planned on "
                + "2025-03-31, a gap of 4.5; East trust accounts for 5 of it."), units.headline());

        AnalysisResult trajectories = f.run("trajectories");
        assertTrue(trajectories.headline().contains("On Seen within four hours, East trust accounts for 5 of the gap of 4.5 "
                + "(by delivery unit, 2025-03-31)."), trajectories.headline());
    }

    @Test
    void aCountsPlanIsSharedAsTheUnitsStoodWhenFirstAllObservedAndTheRecordedTotalStaysTheSeries() {
        Indicator delayed = indicator("Delayed patients", "patients", Polarity.LOWER_IS_BETTER, 0, JANUARY, 100, MARCH, 80);
        Organisation west = f.provider("West council");
        Organisation south = f.provider("South council");
        observe(delayed, west, JANUARY, 60, null);
        observe(delayed, south, JANUARY, 40, null);
        observe(delayed, west, MARCH, 40, null);
        observe(delayed, south, MARCH, 50, null);
        Fixtures.observe(delayed, MARCH, 91);

        // The recorded total (91) is the indicator's series; the councils are its parts.
        assertEquals(1, Trajectories.observations(delayed, MARCH).size());
        assertEquals(91, Trajectories.latest(delayed).getValue(), 1e-9);

        DeliveryUnits.Breakdown breakdown = DeliveryUnits.of(delayed, Fixtures.TODAY);
        assertEquals(false, breakdown.rate());
        assertEquals(90, breakdown.combined(), 1e-9); // 40 + 50
        assertEquals(10, breakdown.gap(), 1e-9); // 90 against 80 planned, lower is better
        assertEquals(JANUARY, breakdown.sharesFrom());
        // In January West had 60 of 100 and South 40: their parts of March's 80 are 48 and 32.
        // South: 50 - 32 = 18 over its part; West: 40 - 48 = -8, under it. 18 - 8 = 10.
        assertEquals(south, breakdown.units().get(0).unit());
        assertEquals(18, breakdown.units().get(0).contribution(), 1e-9);
        assertEquals(0.4, breakdown.units().get(0).share(), 1e-9);
        assertEquals(west, breakdown.units().get(1).unit());
        assertEquals(-8, breakdown.units().get(1).contribution(), 1e-9);
    }

    @Test
    void anIndicatorWithoutUnitObservationsHasNoBreakdown() throws AnalysisException {
        Indicator plain = indicator("Plain", "%", Polarity.HIGHER_IS_BETTER, 1, JANUARY, 76, MARCH, 78);
        Fixtures.observe(plain, MARCH, 77);
        assertNull(DeliveryUnits.of(plain, Fixtures.TODAY));
        assertEquals("No indicator is observed by delivery unit.", f.run("delivery-units").headline());
    }
}
