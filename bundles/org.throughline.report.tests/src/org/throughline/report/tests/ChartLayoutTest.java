// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.report.internal.TrajectoryChart;

/** The trajectory chart's axis is laid out from its measured labels: nothing is cut off or drawn over. */
class ChartLayoutTest {

    private static final Pattern TEXT = Pattern.compile("<text( class=\"unit\")? x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"([^>]*)>([^<]*)</text>");

    private static Indicator indicator(String unit, double... values) {
        Indicator indicator = ThroughlineFactory.eINSTANCE.createIndicator();
        indicator.setName("Patients waiting");
        indicator.setUnit(unit);
        LocalDate date = LocalDate.of(2024, 1, 1);
        for (double value : values) {
            Observation observation = ThroughlineFactory.eINSTANCE.createObservation();
            observation.setDate(date);
            observation.setValue(Double.valueOf(value));
            indicator.getObservations().add(observation);
            date = date.plusMonths(4);
        }
        return indicator;
    }

    @Test
    void aLongUnitStandsAboveTheTopTickAndWideTickLabelsFitLeftOfThePlot() {
        // Values in the hundreds of thousands: tick labels such as "1,234,567.8" are wide.
        String svg = TrajectoryChart.svg(indicator("patients per 100,000 people", 1_234_567.8, 987_654.3, 1_100_000), null);
        List<double[]> ticks = new ArrayList<>();
        double[] unit = null;
        Matcher text = TEXT.matcher(svg);
        while (text.find()) {
            double x = Double.parseDouble(text.group(2));
            double y = Double.parseDouble(text.group(3));
            double width = TextMetrics.width(text.group(5), 11, false);
            if (text.group(1) != null) {
                unit = new double[] { x, y, width };
            } else if (text.group(4).contains("text-anchor=\"end\"")) {
                // Right-aligned at x: the label runs from x - width to x.
                ticks.add(new double[] { x - width, y });
                assertTrue(x - width >= 0, "the tick label " + text.group(5) + " starts inside the chart: " + (x - width));
            }
        }
        assertFalse(ticks.isEmpty(), svg);
        assertTrue(unit != null, "the unit is drawn: " + svg);
        double topTick = ticks.stream().mapToDouble(t -> t[1]).min().orElseThrow();
        // Baselines at least a line of 11 px text apart: the unit's glyphs end above the top tick's.
        assertTrue(unit[1] <= topTick - 11, "the unit (baseline " + unit[1] + ") stands above the top tick (baseline " + topTick + ")");
        assertTrue(unit[0] + unit[2] <= 640, "the unit fits the chart's width");
    }

    @Test
    void aUnitTooLongForTheChartIsShortenedWithAnEllipsis() {
        String unit = "thousands of people waiting longer than eighteen weeks from referral to treatment, ".repeat(3);
        String svg = TrajectoryChart.svg(indicator(unit, 10, 12, 11), null);
        Matcher text = TEXT.matcher(svg);
        boolean found = false;
        while (text.find()) {
            if (text.group(1) != null) {
                found = true;
                assertTrue(text.group(5).endsWith("\u2026"), text.group(5));
                assertTrue(TextMetrics.width(text.group(5), 11, false) <= 640 - 8, "fits the chart");
            }
        }
        assertTrue(found, svg);
    }

    @Test
    void theChartIsDescribedInWordsForThoseWhoCannotSeeIt() {
        String description = TrajectoryChart.describe(indicator("%", 40, 45, 52.5));
        assertTrue(description.startsWith("Trajectory of Patients waiting"), description);
        assertTrue(description.contains("latest actual 52.5 % on 2024-09-01"), description);
    }
}
