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
import org.throughline.report.api.ReportProgress;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.Reports;
import org.throughline.testing.Examples;

/** The PDF stocktake pack answers the five questions from the model, with the chain, the charts, the actions and the judgement. */
class StocktakePackTest {

    @TempDir
    Path temp;

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // Table cells wrap: compare words, not line breaks.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void packOfOnePriorityAnswersTheFiveQuestions() throws Exception {
        Model model = (Model) ModelFiles.load(Examples.file("school-literacy.throughline")).getContents().get(0);
        Priority priority = (Priority) model.eResource().getEObject("sl-priority");
        Path pdf = temp.resolve("literacy.pdf");
        ReportSummary summary = Reports.writePack(model, priority, pdf, ReportProgress.NONE);
        assertEquals(List.of(), summary.failedSections());
        assertTrue(summary.pages() >= 4, "cover, questions with chain and charts, weak links, risks: " + summary.pages());
        String text = text(pdf);
        for (String question : List.of("1. What are we trying to do?", "2. How will we deliver it?", "3. Are we on track?",
                "4. If not, what will we do?", "5. How likely is delivery?", "Weak links", "Risks and issues")) {
            assertTrue(text.contains(question), "the pack has " + question);
        }
        assertTrue(text.contains("Off track"), "reading at age 11 is off its trajectory");
        assertTrue(text.contains("Amber red") && text.contains("Red"), "the judgement's history: AMBER_RED then RED");
        assertTrue(text.contains("overdue"), "the overdue records-transfer action");
        assertTrue(text.contains("Page 1 of " + summary.pages()), "numbered pages");
        Samples.keep(pdf, "school-literacy-pack.pdf");
    }

    @Test
    void packOfAllPrioritiesHasACoverListingThem() throws Exception {
        Model model = (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
        Path pdf = temp.resolve("all.pdf");
        ReportSummary summary = Reports.writePack(model, null, pdf, ReportProgress.NONE);
        Path ordinary = java.nio.file.Files.writeString(temp.resolve("ordinary.txt"), "");
        assertEquals(java.nio.file.Files.getPosixFilePermissions(ordinary), java.nio.file.Files.getPosixFilePermissions(pdf),
                "the pack gets the permissions of any new file, not a private temporary file's");
        java.nio.file.Files.delete(ordinary);
        String text = text(pdf);
        assertTrue(text.contains("Priorities in this pack"), text.substring(0, 500));
        assertTrue(text.contains("Patients seen within four hours in A&E"));
        assertTrue(summary.pages() >= 4);
        Samples.keep(pdf, "emergency-care-pack.pdf");
    }

    @Test
    void anExistingPackIsReplacedWholeAndNoTemporaryFileIsLeft() throws Exception {
        Model model = (Model) ModelFiles.load(Examples.file("benefit-claims.throughline")).getContents().get(0);
        Path pdf = temp.resolve("pack.pdf");
        java.nio.file.Files.writeString(pdf, "old");
        Reports.writePack(model, null, pdf, ReportProgress.NONE);
        assertTrue(text(pdf).contains("Priorities in this pack"));
        try (var files = java.nio.file.Files.list(temp)) {
            assertEquals(List.of(pdf), files.toList());
        }
    }
}
