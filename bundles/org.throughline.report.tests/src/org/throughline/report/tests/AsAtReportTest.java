// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.report.api.Reports;
import org.throughline.testing.Examples;

/** The report of a model as at a date shows what was known then, and says "are we on track?" as the analysis does. */
class AsAtReportTest {

    @TempDir
    Path temp;

    private static Model emergencyCare() throws Exception {
        return (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
    }

    @Test
    void asAtOctober2024TheReportShowsOctoberNotMarchAndNotTheAprilJudgement() throws Exception {
        Model model = emergencyCare();
        model.setAsAt(LocalDate.of(2024, 10, 31));
        Path folder = temp.resolve("october");
        Reports.writeHtml(model, folder, null);
        String overview = Pages.text(Pages.parse(folder.resolve("index.html")));
        assertTrue(overview.contains("As at 2024-10-31"), overview);
        String trajectories = Pages.text(Pages.parse(folder.resolve("trajectories.html")));
        assertTrue(trajectories.contains("Latest 72.9 % on 2024-10-31"), "October's four-hour figure: " + trajectories);
        assertFalse(trajectories.contains("Latest 75 % on 2025-03-31"), "March 2025 was not yet known");
        // As at October 2024 the 78% target of March 2025 is still to come, so it is forecast:
        // March 2024 (74.2) plus the average of the seven year-on-year changes April to October
        // (-0.2, 0, +0.1, -1.7, +0.6, +1.1, +3.0: 2.9 / 7 = +0.41), 74.6, range 72.5 to 77.2.
        assertTrue(trajectories.contains("Misses target: forecast 74.6% (range 72.5% to 77.2%) against a target of 78% by 2025-03-31"),
                trajectories);
        String all = allText(folder);
        assertFalse(all.contains("Four-hour priority, April 2025"), "the April 2025 RED judgement had not been made");
        assertFalse(all.contains("Urgent and emergency care stocktake, April 2025"), "nor the April stocktake held");
        assertEquals(LocalDate.of(2024, 10, 31), model.getAsAt(), "the model given is not changed");
    }

    @Test
    void asAtItsOwnDateThePassedTargetIsJudgedOnTheActualNotForecast() throws Exception {
        Path folder = temp.resolve("april");
        Reports.writeHtml(emergencyCare(), folder, null);
        String trajectories = Pages.text(Pages.parse(folder.resolve("trajectories.html")));
        assertTrue(trajectories.contains("Missed target: 75% on 2025-03-31 against a target of 78% by 2025-03-31"), trajectories);
        assertFalse(trajectories.contains("74.05"), "no forecast of a date that has passed");
        assertFalse(trajectories.contains("No data"), "indicators with data but no trajectory say so: " + trajectories);
        assertTrue(trajectories.contains("No trajectory"), "bed occupancy has data but no trajectory");
    }

    private static String allText(Path folder) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Path page : Pages.all(folder)) {
            text.append(Files.readString(page)).append('\n');
        }
        return text.toString();
    }
}
