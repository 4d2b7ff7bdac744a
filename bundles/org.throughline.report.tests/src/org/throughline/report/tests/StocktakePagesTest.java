// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.model.api.ModelFiles;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.Reports;
import org.throughline.testing.Examples;
import org.w3c.dom.Document;

/** The stocktake's own pages: where to look first, in the HTML report and in a priority's pack. */
class StocktakePagesTest {

    @TempDir
    Path temp;

    private static Model load(String example) throws Exception {
        return (Model) ModelFiles.load(Examples.file(example)).getContents().get(0);
    }

    @Test
    void whereToLookFirstPageRanksTheCouncilsHomeCareLinkFirst() throws Exception {
        Model model = load("emergency-care.throughline");
        Path folder = temp.resolve("ec");
        ReportSummary summary = Reports.writeHtml(model, folder, null);
        assertEquals(List.of(), summary.failedSections());
        Document page = Pages.parse(folder.resolve("where-to-look-first.html"));
        String text = Pages.text(page);
        assertTrue(text.contains("Where to look first"), text);
        // The first row of the table: rank 1, the link (linked to its page), its score and its reasons.
        int first = text.indexOf("Council commissions home care");
        assertTrue(first >= 0 && first < text.indexOf("Council supports discharge from Northshire General"), text);
        assertTrue(text.contains("weak link, the only route to Patients fit to leave hospital but delayed"), text);
        Pages.assertLinksResolve(folder, folder.resolve("where-to-look-first.html"), page);
        String overview = Pages.text(Pages.parse(folder.resolve("index.html")));
        assertTrue(overview.contains("Where to look first"), "listed on the overview");
    }

    @Test
    void packShowsWhereToLookFirstInThePrioritysScope() throws Exception {
        Model model = load("emergency-care.throughline");
        Priority priority = (Priority) model.eResource().getEObject("ec-priority");
        Path pdf = temp.resolve("ec.pdf");
        ReportSummary summary = Reports.writePack(model, priority, pdf, null);
        assertEquals(List.of(), summary.failedSections());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        int section = text.indexOf("Where to look first");
        assertTrue(section >= 0, text);
        assertTrue(text.indexOf("Council commissions home care", section) > section, "the council's link is listed in the pack");
        // Pinch-points and what they block: the flow analysis's two pinch-points, and what the impact analysis says rests on them.
        int pinches = text.indexOf("Pinch-points and what they block");
        assertTrue(pinches > 0, text);
        int sourcing = text.indexOf("Source home care or a placement", pinches);
        assertTrue(sourcing > pinches && text.indexOf("141.7 %", pinches) > pinches, "the binding pinch-point at 141.7 %: " + text);
        assertTrue(text.indexOf("Admission to a ward bed", pinches) > pinches, "admission, which depends on discharge: " + text);
        // The cover's league table.
        int cover = text.indexOf("The portfolio");
        // The table's cells wrap, so the date may be split: "worse: amber red on 2024- 10-15".
        assertTrue(cover >= 0 && cover < section && text.indexOf("worse: amber red on", cover) > cover, text);
        // The sixth question: the help offered, and whether help is aimed at the first places to look.
        int help = text.indexOf("6. How can the centre help?");
        assertTrue(help > 0 && text.indexOf("Capacity support for the council's home care commissioning", help) > help, text);
        assertTrue(text.indexOf("help offered", help) > help, "the council's link has help aimed at it: " + text);
        // Since the last stocktake: October 2024 to April 2025.
        String joined = text.replace("- ", "-"); // dates split where a cell wraps
        int since = joined.indexOf("Since the last stocktake");
        assertTrue(since > 0 && joined.indexOf("amber red (2024-10-15)", since) > since
                && joined.indexOf("red (2025-04-10)", since) > since, joined);
        // Indicators by delivery unit: of the local four-hour gap (73.52 % against 78 % planned), Eastvale accounts for
        // 11,160 / 21,390 x (78 - 68.4) = 5.01 points, 111.7 % of it; Northshire, better than the plan, narrows it.
        int units = text.indexOf("By delivery unit:");
        assertTrue(units > 0 && text.indexOf("a gap of 4.48 %", units) > units, text);
        int eastvale = text.indexOf("Eastvale University Hospitals NHS Trust", units);
        int northshire = text.indexOf("Northshire Hospitals NHS Foundation Trust", units);
        assertTrue(eastvale > units && northshire > eastvale, "Eastvale, the larger contribution, first: " + text.substring(units));
        assertTrue(text.indexOf("+5.01 %", units) > units && text.indexOf("111.7 %", units) > units, text.substring(units));
        // The evidence and assumption register: the council's weak home-care contract and the assumption it rests on.
        int register = text.indexOf("Evidence and assumptions");
        assertTrue(register > 0 && text.indexOf("Agencies on the framework can recruit", register) > register, text);
        // The chain on A4: simplified to its weakest route first, the strongest route to the delayed patients, whose weakest link is
        // the council's home-care contract; drawn whole on one page (only the full chain is cut into tiles, after it).
        int simplified = text.indexOf("The chain simplified: its tiers and its weakest route");
        assertTrue(simplified > 0 && text.indexOf("Patients fit to leave hospital but delayed (3 links, as strong as its weakest: weak)",
                simplified) > simplified && text.indexOf("Its weakest link: Council commissions home care", simplified) > simplified, text);
        assertEquals(1, text.split("Part 1 of ").length - 1, "one drawing cut into tiles, the full chain: " + text);
        assertTrue(text.indexOf("Part 1 of ", simplified) > simplified, "the full chain after the simplified one");
        Samples.keep(pdf, "emergency-care-pack.pdf");
    }
}
