// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.throughline.model.Indicator;
import org.throughline.report.internal.TrajectoryChart;
import org.throughline.testing.Indicators;

/** The report's trajectory chart: render's {@code TrajectoryFigure} (laid out and tested there) as an image, described in words. */
class ChartLayoutTest {

    private static Indicator indicator(String unit, double... values) {
        return Indicators.every4Months(unit, values);
    }

    @Test
    void theReportsChartIsTheTrajectoryFigureAsAnImage() {
        String svg = TrajectoryChart.svg(indicator("%", 40, 45, 52.5), null);
        assertTrue(svg.startsWith("<svg") && svg.contains("role=\"img\""), svg);
        assertTrue(svg.contains("<title>Trajectory of Patients waiting: planned against actual</title>"), svg);
        assertTrue(svg.contains("<g class=\"observation\"><title>2024-09-01: 52.5</title>"), svg);
    }

    @Test
    void anIndicatorWithNothingToChartIsSaidInAParagraph() {
        assertEquals("<p class=\"no-chart\">No trajectory or observations to chart yet.</p>", TrajectoryChart.svg(indicator("%"), null));
    }

    @Test
    void theChartIsDescribedInWordsForThoseWhoCannotSeeIt() {
        String description = TrajectoryChart.describe(indicator("%", 40, 45, 52.5));
        assertTrue(description.startsWith("Trajectory of Patients waiting"), description);
        assertTrue(description.contains("latest actual 52.5 % on 2024-09-01"), description);
    }
}
