// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.model.api.ModelFiles;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.internal.HtmlReportWriter;
import org.throughline.report.internal.PackWriter;
import org.throughline.report.internal.SectionRegistry;
import org.throughline.testing.Examples;
import org.throughline.viewpoint.api.ViewpointRegistry;

/** A section that throws is reported as failed, in the report and its summary, while the rest of the report is produced. */
class SectionIsolationTest {

    @TempDir
    Path temp;

    private record Contribution(String id, String title, boolean pack, int order, ReportSection section) implements
            SectionRegistry.Contribution {
        @Override
        public String contributor() {
            return "com.example.broken";
        }

        @Override
        public ReportSection create() {
            return section;
        }
    }

    private static final ReportSection THROWS = new ReportSection() {
        @Override
        public void writeHtml(ReportContext context, Markup html) {
            html.element("h1", "Half written").open("ul").open("li").text("first item");
            throw new IllegalStateException("the budget service is down");
        }

        @Override
        public void writePack(ReportContext context, Priority priority, Markup html) {
            throw new IllegalStateException("the budget service is down");
        }
    };

    private static final ReportSection WORKS = new ReportSection() {
        @Override
        public void writeHtml(ReportContext context, Markup html) {
            html.element("h1", "Model size").element("p", context.model().getFolders().size() + " folders");
        }

        @Override
        public void writePack(ReportContext context, Priority priority, Markup html) {
            html.element("h2", "Priority rank").element("p", "Rank " + priority.getRank());
        }
    };

    private static final ReportSection UNSAFE = (context, html) -> html.open("script").text("alert(1)").close();

    private static SectionRegistry sections() {
        return SectionRegistry.of(List.of(new Contribution("com.example.broken", "Budget", true, 1, THROWS),
                new Contribution("com.example.size", "Model size", true, 2, WORKS),
                new Contribution("com.example.unsafe", "Unsafe", false, 3, UNSAFE)));
    }

    private static Model example() throws Exception {
        return (Model) ModelFiles.load(Examples.file("benefit-claims.throughline")).getContents().get(0);
    }

    @Test
    void htmlReportSaysWhichSectionFailedAndWritesTheRest() throws Exception {
        Path folder = temp.resolve("report");
        ReportSummary summary = new HtmlReportWriter(example(), folder, null, sections(), ViewpointRegistry.getDefault(), 5)
                .write();
        assertEquals(2, summary.failedSections().size(), summary.failedSections().toString());
        String first = summary.failedSections().get(0);
        assertTrue(first.contains("Budget") && first.contains("the budget service is down"), first);
        assertTrue(summary.failedSections().get(1).contains("Unsafe") && summary.failedSections().get(1).contains("element not allowed"),
                "a section writing a script is stopped: " + summary.failedSections());
        String failedPage = Pages.text(Pages.parse(folder.resolve("com.example.broken.html")));
        assertTrue(failedPage.contains("failed") && failedPage.contains("the budget service is down"), failedPage);
        assertTrue(!failedPage.contains("first item"), "the half-written page is replaced");
        assertTrue(Pages.text(Pages.parse(folder.resolve("com.example.size.html"))).contains("folders"), "the next section is written");
        String overview = Pages.text(Pages.parse(folder.resolve("index.html")));
        assertTrue(overview.contains("Parts of this report failed") && overview.contains("the budget service is down"), overview);
        for (Path page : Pages.all(folder)) {
            Pages.assertSafe(page, Pages.parse(page));
        }
    }

    @Test
    void stocktakePackReplacesTheFailedPartWithANote() throws Exception {
        Path pdf = temp.resolve("pack.pdf");
        ReportSummary summary = new PackWriter(example(), null, pdf, null, sections(), ViewpointRegistry.getDefault())
                .write();
        assertEquals(1, summary.failedSections().size(), summary.failedSections().toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // The PDF breaks the sentence over lines wherever it wraps.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("the budget service is down"), "the failure is in the pack: " + text);
            assertTrue(text.contains("Priority rank"), "the next part is there");
        }
    }

    private static final ReportSection HANGS = new ReportSection() {
        @Override
        public void writeHtml(ReportContext context, Markup html) throws InterruptedException {
            html.element("h1", "Waiting");
            new java.util.concurrent.CountDownLatch(1).await();
        }

        @Override
        public void writePack(ReportContext context, Priority priority, Markup html) throws InterruptedException {
            new java.util.concurrent.CountDownLatch(1).await();
        }
    };

    @Test
    void aSectionThatNeverFinishesIsCutOffAndTheRestOfThePackIsWritten() throws Exception {
        SectionRegistry hanging = SectionRegistry.of(List.of(new Contribution("com.example.slow", "Slow budget", true, 1, HANGS),
                new Contribution("com.example.size", "Model size", true, 2, WORKS))).withTimeLimit(java.time.Duration.ofMillis(300));
        Path pdf = temp.resolve("pack.pdf");
        ReportSummary summary = new PackWriter(example(), null, pdf, null, hanging, ViewpointRegistry.getDefault())
                .write();
        assertEquals(1, summary.failedSections().size(), summary.failedSections().toString());
        String failure = summary.failedSections().get(0);
        assertTrue(failure.contains("Slow budget") && failure.contains("com.example.broken"), failure);
        assertTrue(failure.contains("did not answer within 1 s"), failure);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("did not answer"), "the pack says which part is missing");
            assertTrue(text.contains("Priority rank"), "the next part is there");
        }
    }

    @Test
    void aSectionThatNeverFinishesIsCutOffAndTheRestOfTheHtmlReportIsWritten() throws Exception {
        SectionRegistry hanging = SectionRegistry.of(List.of(new Contribution("com.example.slow", "Slow budget", false, 1, HANGS),
                new Contribution("com.example.size", "Model size", false, 2, WORKS))).withTimeLimit(java.time.Duration.ofMillis(300));
        Path folder = temp.resolve("report");
        ReportSummary summary = new HtmlReportWriter(example(), folder, null, hanging, ViewpointRegistry.getDefault(), 5)
                .write();
        assertEquals(1, summary.failedSections().size(), summary.failedSections().toString());
        assertTrue(summary.failedSections().get(0).contains("did not answer within 1 s"), summary.failedSections().toString());
        String slowPage = Pages.text(Pages.parse(folder.resolve("com.example.slow.html")));
        assertTrue(slowPage.contains("did not answer") && !slowPage.contains("Waiting"), "the page says why it is empty: " + slowPage);
        assertTrue(Pages.text(Pages.parse(folder.resolve("com.example.size.html"))).contains("folders"), "the next section is written");
    }

    @Test
    void ourSectionsComeThroughTheExtensionPoint() {
        List<String> ids = new java.util.ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.throughline.reportSections")) {
            ids.add(element.getAttribute("id"));
        }
        assertTrue(ids.containsAll(List.of("priorities", "weak-links", "risks", "trajectories", "analyses", "validation")), ids.toString());
        assertEquals(List.of(), SectionRegistry.fromExtensions().problems());
    }
}
