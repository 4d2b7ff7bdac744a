// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.Reports;
import org.w3c.dom.Document;

/**
 * A corpus of hostile names and descriptions (script tags, event-handler attributes, quotes,
 * {@code </svg>}, bidi controls, one-megabyte strings) goes through the HTML report and the PDF
 * pack: the HTML holds no script or handler but ours, every page and SVG stays well-formed, the
 * text reads back as the text it was, and the PDF is produced.
 */
class HostileTextTest {

    @TempDir
    Path temp;

    @Test
    void htmlHasNoScriptButOursAndEveryPageAndSvgIsWellFormed() throws Exception {
        Model model = HostileModels.model();
        Path folder = temp.resolve("report");
        ReportSummary summary = Reports.writeHtml(model, folder, null);
        assertEquals(List.of(), summary.failedSections());
        List<Path> pages = Pages.all(folder);
        assertTrue(pages.size() > 20, "pages: " + pages.size());
        for (Path page : pages) {
            Document document = Pages.parse(page);
            Pages.assertSafe(page, document);
            Pages.assertLinksResolve(folder, page, document);
        }
        String priority = Pages.text(Pages.parse(folder.resolve("e/p-1.html")));
        for (String text : HostileModels.CORPUS.subList(0, 8)) {
            assertTrue(priority.contains(text), "shown as the text it is: " + text);
        }
        assertTrue(priority.contains("[U+202E]gnp.exe[U+202C]"), "bidi controls made visible");
        assertFalse(priority.contains("\u202E"), "no live bidi override");
        assertTrue(priority.contains(HostileModels.MEGABYTE_TEXT.strip()), "a one-megabyte description is shown whole");
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("longer than")), "the unwrappable label is noted, not drawn: "
                + summary.notes());
        assertTrue(summary.diagrams() >= 1, "the hostile chain is still drawn");
    }

    @Test
    void longTextsOfEmojiReadBackWholeOnPagesWrittenInParts() throws Exception {
        // Pages longer than the writer's buffer are written in parts; whatever the text's offset, some
        // of these descriptions have a character made of two UTF-16 units on a part's edge.
        Model model = ThroughlineFactory.eINSTANCE.createModel();
        model.setId("m");
        model.setName("Long texts");
        Folder folder = ThroughlineFactory.eINSTANCE.createFolder();
        folder.setId("f");
        folder.setName("Organisations");
        model.getFolders().add(folder);
        List<String> prefixes = List.of("", "x", "xy", "xyz");
        for (int i = 0; i < prefixes.size(); i++) {
            Organisation organisation = ThroughlineFactory.eINSTANCE.createOrganisation();
            organisation.setId("org" + i);
            organisation.setName("Organisation " + i);
            organisation.setDescription(prefixes.get(i) + "\uD83D\uDE00".repeat(60_000) + " end");
            folder.getElements().add(organisation);
        }
        Path report = temp.resolve("report");
        Reports.writeHtml(model, report, null);
        for (int i = 0; i < prefixes.size(); i++) {
            String page = Pages.text(Pages.parse(report.resolve("e/org" + i + ".html")));
            Organisation organisation = (Organisation) folder.getElements().get(i);
            assertTrue(page.contains(organisation.getDescription()), "description " + i + " read back whole");
        }
    }

    @Test
    void searchIndexCannotBreakOutOfItsStrings() throws Exception {
        Path folder = temp.resolve("report");
        Reports.writeHtml(HostileModels.model(), folder, null);
        String index = Files.readString(folder.resolve("assets/search-index.js"), StandardCharsets.UTF_8);
        assertFalse(index.contains("<"), "markup characters escaped");
        for (String line : index.lines().toList()) {
            if (line.startsWith("[")) {
                assertTrue(line.matches("\\[\"(?:[^\"\\\\]|\\\\u[0-9a-f]{4})*\"(?:,\"(?:[^\"\\\\]|\\\\u[0-9a-f]{4})*\"){3}\\],?"),
                        "four plain string literals: " + line.substring(0, Math.min(200, line.length())));
            }
        }
    }

    @Test
    void stocktakePackIsProducedAndShowsTheTextAsText() throws Exception {
        Path pdf = temp.resolve("pack.pdf");
        ReportSummary summary = Reports.writePack(HostileModels.model(), null, pdf, null);
        assertEquals(List.of(), summary.failedSections());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertEquals(summary.pages(), document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("<script>alert('x')</script>"), "markup in names is printed as text");
            assertTrue(text.contains("1. What are we trying to do?"), text.substring(0, Math.min(2000, text.length())));
        }
    }
}
