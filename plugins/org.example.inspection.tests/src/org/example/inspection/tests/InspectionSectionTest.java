// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.Reports;

/**
 * The plugin's report section is a page of the HTML report; a broken section of another plugin
 * (this bundle's plugin.xml) fails alone, and the report is still written.
 */
class InspectionSectionTest {

    @TempDir
    Path dir;

    @Test
    void theReportHasAnInspectionRatingsPageAndSurvivesABrokenSection() throws IOException {
        ReportSummary summary = Reports.writeHtml(new InspectionModel().model, dir, null);
        Path page = dir.resolve("org.example.inspection.ratings.html");
        assertTrue(Files.exists(page), () -> dir.toFile().list().length + " files; no inspection page");
        String html = Files.readString(page);
        assertTrue(html.contains("<h1>Inspection ratings</h1>"), html);
        assertTrue(html.contains("1 of 2 inspected providers and services are rated below good"), html);
        assertTrue(html.contains("South Trust") && html.contains("Inadequate"), html);
        assertTrue(summary.failedSections().stream().anyMatch(s -> s.contains("Broken section") || s.contains("org.example.broken")),
                summary.failedSections()::toString);
        assertTrue(Files.readString(dir.resolve("index.html")).contains("Inspection ratings"), "the overview links to the page");
    }
}
