// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.Reports;
import org.throughline.testing.Examples;
import org.w3c.dom.Document;

/** The HTML report of the example models, read as a user and a security reviewer would. */
class HtmlReportTest {

    @TempDir
    Path temp;

    private static Model load(String example) throws Exception {
        return (Model) ModelFiles.load(Examples.file(example)).getContents().get(0);
    }

    @Test
    void everyExampleGivesAWellFormedSafeReportWhoseLinksAllResolve() throws Exception {
        for (Path example : Examples.all()) {
            Model model = (Model) ModelFiles.load(example).getContents().get(0);
            Path folder = temp.resolve(example.getFileName().toString());
            ReportSummary summary = Reports.writeHtml(model, folder, null);
            assertEquals(List.of(), summary.failedSections(), example + ": no section fails");
            assertTrue(summary.diagrams() > 0, example + ": diagrams drawn");
            List<Path> pages = Pages.all(folder);
            assertEquals(summary.pages(), pages.size(), "every page counted");
            for (Path page : pages) {
                Document document = Pages.parse(page);
                Pages.assertSafe(page, document);
                Pages.assertLinksResolve(folder, page, document);
            }
            assertTrue(Files.isRegularFile(folder.resolve("assets/report.css")));
            assertTrue(Files.isRegularFile(folder.resolve("assets/report.js")));
            assertTrue(Files.isRegularFile(folder.resolve("assets/search-index.js")));
        }
    }

    @Test
    void emergencyCareReportAnswersWhatADeliveryUnitAsks() throws Exception {
        Model model = load("emergency-care.throughline");
        Path folder = temp.resolve("ec");
        Reports.writeHtml(model, folder, null);

        String overview = Pages.text(Pages.parse(folder.resolve("index.html")));
        assertTrue(overview.contains("Emergency care: four hours in A&E"), overview);
        assertTrue(overview.contains("As at 2025-04-30"), "the model's as-at date: " + overview);
        assertTrue(overview.contains("Patients seen within four hours in A&E"), "the priority is listed");
        assertTrue(overview.contains("Red"), "its latest likelihood rating (RED in April 2025)");

        String priorities = Pages.text(Pages.parse(folder.resolve("priorities.html")));
        assertTrue(priorities.contains("1. What are we trying to do?") && priorities.contains("5. How likely is delivery?"), priorities);
        assertTrue(priorities.contains("Off track"), "the four-hour indicator is off its trajectory");
        assertTrue(priorities.contains("overdue"), "the council's discharge action is overdue");

        String weak = Pages.text(Pages.parse(folder.resolve("weak-links.html")));
        assertTrue(weak.contains("Broken") && weak.contains("Weak") && weak.contains("Unknown"), weak);
        assertTrue(weak.contains("no action"), "weak links without actions are called out");

        String validation = Pages.text(Pages.parse(folder.resolve("validation.html")));
        // No errors (the red judgement is answered by the actions agreed with it) and 23 warnings: the no-criteria-to-reside count is
        // monthly, so not stale; the trusts' two links have their own names; five actors are single points of failure.
        assertTrue(validation.contains("No errors, 23 warnings") && validation.contains("Suppressed findings"), validation);

        // The priority's own page: properties, user properties, cross-links both ways.
        Path priorityPage = folder.resolve("e/ec-priority.html");
        Document page = Pages.parse(priorityPage);
        String text = Pages.text(page);
        assertTrue(text.contains("NHS Constitution: 95% within four hours"), "user property shown");
        assertTrue(text.contains("Lead organisation"), "properties shown");
        assertTrue(text.contains("Referred to by"), "incoming references shown");
        String html = Files.readString(priorityPage, StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"../e/ec-mission.html\""), "links to its mission");
        assertTrue(Files.readString(folder.resolve("e/ec-mission.html"), StandardCharsets.UTF_8).contains("href=\"../e/ec-priority.html\""),
                "and the mission links back");
        Samples.keep(folder, "emergency-care-report");
    }

    @Test
    void everyDeliveryChainHasItsDiagramAsInlineSvgAndIndicatorsHaveCharts() throws Exception {
        Model model = load("emergency-care.throughline");
        Path folder = temp.resolve("ec");
        Reports.writeHtml(model, folder, null);
        String list = Files.readString(folder.resolve("diagrams.html"), StandardCharsets.UTF_8);
        assertTrue(list.contains("Delivery Chain"), "the delivery-chain viewpoint applies");
        long chainDiagrams = 0;
        for (Path page : Pages.all(folder.resolve("d"))) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            if (html.contains("Delivery Chain")) {
                chainDiagrams++;
                assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), page + ": inline SVG");
                assertFalse(html.contains("<?xml version"), "no XML declaration inside HTML");
            }
        }
        long chains = allContents(model).stream().filter(org.throughline.model.DeliveryChain.class::isInstance).count();
        assertEquals(chains, chainDiagrams, "one delivery-chain diagram per chain");
        String indicator = Files.readString(folder.resolve("e/ec-ind-4hr.html"), StandardCharsets.UTF_8);
        assertTrue(indicator.contains("class=\"chart\"") && indicator.contains("class=\"planned\"")
                && indicator.contains("class=\"actual\""),
                "the trajectory chart shows planned and actual");
    }

    private static List<Object> allContents(Model model) {
        List<Object> all = new java.util.ArrayList<>();
        model.eAllContents().forEachRemaining(all::add);
        return all;
    }

    @Test
    void searchIndexListsEveryElementAsEscapedScriptData() throws Exception {
        Model model = load("school-literacy.throughline");
        Path folder = temp.resolve("sl");
        ReportSummary summary = Reports.writeHtml(model, folder, null);
        String index = Files.readString(folder.resolve("assets/search-index.js"), StandardCharsets.UTF_8);
        assertTrue(index.startsWith("throughlineSearch.load(["), index.substring(0, 40));
        long entries = index.lines().filter(l -> l.startsWith("[\"e/")).count();
        assertEquals(Pages.all(folder.resolve("e")).size(), entries, "one entry per element page");
        assertTrue(summary.pages() > entries);
    }
}
