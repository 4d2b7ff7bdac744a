// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.model.api.ModelFiles;
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
        ReportSummary summary = Reports.writePack(model, priority, pdf, null);
        assertEquals(List.of(), summary.failedSections());
        assertTrue(summary.pages() >= 4, "cover, questions with chain and charts, weak links, risks: " + summary.pages());
        String text = text(pdf);
        for (String question : List.of("1. What are we trying to do?", "2. How will we deliver it?",
                "3. How will we know, and are we on track?",
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
        ReportSummary summary = Reports.writePack(model, null, pdf, null);
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

    /**
     * What accessibility regulations and archives ask of a published PDF: tagged (PDF/UA) with
     * the document's title and language, every font embedded (so names in any script print),
     * every chart and diagram described in words, and the text extractable.
     */
    @Test
    void thePackIsTaggedEmbedsItsFontsAndDescribesEveryFigure() throws Exception {
        Model model = (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
        model.setName("Urgent care \u00e9t\u00e9 \u05e9\u05d9\u05e8\u05d5\u05ea");
        Path pdf = temp.resolve("tagged.pdf");
        Reports.writePack(model, null, pdf, null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "tagged");
            assertEquals("en-GB", catalog.getLanguage());
            assertEquals("Stocktake pack: " + model.getName(), document.getDocumentInformation().getTitle());
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                fonts(page.getResources(), notEmbedded, new java.util.HashSet<>());
            }
            assertEquals(List.of(), notEmbedded, "every font is embedded");
            List<String> figures = new ArrayList<>();
            List<String> undescribed = new ArrayList<>();
            figures(catalog.getStructureTreeRoot().getKids(), figures, undescribed);
            assertEquals(List.of(), undescribed, "figures without alternative text");
            assertTrue(figures.stream().anyMatch(alt -> alt.startsWith("Diagram ")), "the chain diagram is described: " + figures);
            assertTrue(figures.stream().anyMatch(alt -> alt.startsWith("Trajectory of ") && alt.contains("latest actual")),
                    "the charts are described with their latest figures: " + figures);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("\u00e9t\u00e9"), "Latin text with accents is extracted");
            assertTrue(text.contains("\u05e9\u05d9\u05e8\u05d5\u05ea"),
                    "Hebrew is set in an embedded font that has it, and extracted in its order");
            assertFalse(text.contains("\u05ea\u05d5\u05e8\u05d9\u05e9"), "Hebrew is never set backwards");
        }
    }

    /**
     * The labels inside the charts and diagrams are text in the embedded font, not filled
     * outlines: a reader can find them, copy them and hear them like the pages' text. An
     * organisation with a Hebrew name reads right to left in the chain diagram and on the
     * pages, and its name comes out of the PDF in its own order, never backwards.
     */
    @Test
    void chartAndDiagramLabelsAreTextAndRightToLeftNamesKeepTheirOrder() throws Exception {
        Model model = (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
        // "Emergency service": shin yod resh vav tav, space, het yod resh vav mem.
        String hebrew = "\u05e9\u05d9\u05e8\u05d5\u05ea \u05d7\u05d9\u05e8\u05d5\u05dd";
        String backwards = new StringBuilder(hebrew).reverse().toString();
        ((org.throughline.model.Element) model.eResource().getEObject("ec-org-ambulance")).setName(hebrew);
        Path pdf = temp.resolve("labels.pdf");
        Reports.writePack(model, (Priority) model.eResource().getEObject("ec-priority"), pdf, null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StringBuilder figures = new StringBuilder();
            for (PDPage page : document.getPages()) {
                figureText(page.getResources(), figures, new java.util.HashSet<>());
            }
            String drawn = figures.toString();
            for (String legend : List.of("Planned", "Actual", "Target")) {
                assertTrue(drawn.contains(legend), "the trajectory charts' legend is text: " + legend);
            }
            assertTrue(drawn.contains("NHS England"), "the chain diagram's organisations are text");
            assertTrue(drawn.contains(hebrew), "the Hebrew name in the chain diagram reads in its order: " + drawn);
            assertFalse(drawn.contains(backwards), "and not backwards");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(hebrew), "the Hebrew name on the pages reads in its order");
            assertFalse(text.contains(backwards), "and nowhere backwards");
        }
    }

    /** The text drawn inside the form XObjects (the charts and diagrams), as a PDF reader extracts it. */
    private static void figureText(PDResources resources, StringBuilder text, java.util.Set<COSBase> seen) throws Exception {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                try (PDDocument scratch = new PDDocument()) {
                    PDPage page = new PDPage(form.getBBox());
                    page.setResources(form.getResources());
                    page.getCOSObject().setItem(COSName.CONTENTS, form.getCOSObject());
                    scratch.addPage(page);
                    text.append(new PDFTextStripper().getText(scratch)).append('\n');
                }
                figureText(form.getResources(), text, seen);
            }
        }
    }

    private static void fonts(PDResources resources, List<String> notEmbedded, java.util.Set<COSBase> seen) throws Exception {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            boolean embedded = font instanceof PDType0Font type0 ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
            if (!embedded) {
                notEmbedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), notEmbedded, seen);
            }
        }
    }

    private static void figures(List<Object> kids, List<String> figures, List<String> undescribed) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    String alt = element.getAlternateDescription();
                    if (alt == null || alt.isBlank()) {
                        undescribed.add(String.valueOf(element.getTitle()));
                    } else {
                        figures.add(alt);
                    }
                }
                figures(element.getKids(), figures, undescribed);
            }
        }
    }

    @Test
    void anExistingPackIsReplacedWholeAndNoTemporaryFileIsLeft() throws Exception {
        Model model = (Model) ModelFiles.load(Examples.file("benefit-claims.throughline")).getContents().get(0);
        Path pdf = temp.resolve("pack.pdf");
        java.nio.file.Files.writeString(pdf, "old");
        Reports.writePack(model, null, pdf, null);
        assertTrue(text(pdf).contains("Priorities in this pack"));
        try (var files = java.nio.file.Files.list(temp)) {
            assertEquals(List.of(pdf), files.toList());
        }
    }

    @Test
    void thePackHoldsEveryServiceEveryActionAgreedAndTheBalancingIndicators() throws Exception {
        Model claims = (Model) ModelFiles.load(Examples.file("benefit-claims.throughline")).getContents().get(0);
        Path pdf = temp.resolve("claims.pdf");
        Reports.writePack(claims, (Priority) claims.eResource().getEObject("bc-priority"), pdf, null);
        String text = text(pdf);
        assertTrue(text.contains("Appeal a benefit decision to a tribunal"),
                "the Ministry of Justice's appeal service, which the claim journey runs through");
        assertTrue(text.contains("PIP case management centres"),
                "the single point of failure for claimants with a mental health condition");
        Samples.keep(pdf, "benefit-claims-pack.pdf");
        Model care = (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
        Path carePdf = temp.resolve("care.pdf");
        Reports.writePack(care, (Priority) care.eResource().getEObject("ec-priority"), carePdf, null);
        String careText = text(carePdf);
        assertTrue(careText.contains("ECIST diagnostic of flow at Northshire General"), "the action agreed on the admission step");
        int fourHours = careText.indexOf("A&E attendances seen within four hours", careText.indexOf("3. Are we on track?"));
        int twelveHours = careText.indexOf("Type 1 attendances spending more than 12 hours in A&E", fourHours);
        assertTrue(fourHours > 0 && twelveHours > fourHours, "the 12-hour balancing indicator follows the four-hour indicator it balances");
    }
}
