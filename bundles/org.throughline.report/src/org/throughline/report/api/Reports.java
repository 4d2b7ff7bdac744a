// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.api;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.report.internal.HtmlReportWriter;
import org.throughline.report.internal.PackWriter;
import org.throughline.report.internal.SectionRegistry;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * Throughline's reports of a model, headless: for the command line, the workbench and CI.
 *
 * <pre>
 * ReportSummary html = Reports.writeHtml(model, Path.of("report"), null);
 * ReportSummary pdf = Reports.writePack(model, null, Path.of("stocktake.pdf"), null);
 * </pre>
 *
 * Both read the model only, and use the sections contributed to
 * {@code org.throughline.reportSections}.
 *
 * @since 0.1
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes the HTML report: a folder that opens from disk with no server ({@code index.html}),
     * with the model's overview, every diagram as inline SVG, a page per element with its
     * properties and relations, validation findings and suppressions, the sections' pages,
     * trajectory charts and a search box. Pages are written as they are made, so models of any
     * size fit in little memory. Existing files of an earlier report in the folder are replaced.
     *
     * @param model    the model
     * @param folder   the folder to write into, created when missing
     * @param monitor  progress and cancellation, or {@code null}
     * @return what was written, and which sections failed
     * @throws IOException                when the folder cannot be written
     * @throws OperationCanceledException when the user cancelled: the folder then holds part of
     *                                    the report
     */
    public static ReportSummary writeHtml(Model model, Path folder, IProgressMonitor monitor) throws IOException {
        return new HtmlReportWriter(model, folder, monitor, SectionRegistry.fromExtensions(), ViewpointRegistry.getDefault(),
                HtmlReportWriter.DEFAULT_MAX_DIAGRAMS_PER_KIND).write();
    }

    /**
     * Writes the PDF stocktake pack: for each priority (or the one given), the five questions
     * answered from the model (what are we trying to do; how, with the chain's diagram; are we on
     * track, with trajectory charts; if not, what will we do; the likelihood of delivery and its
     * history), then the weak links and the risks, and the parts sections contribute. The file
     * is written to a temporary file beside it and moved into place when complete.
     *
     * @param model    the model
     * @param priority the priority, or {@code null} for a pack of every priority
     * @param pdf      the PDF file to write
     * @param monitor  progress and cancellation, or {@code null}
     * @return what was written, and which sections failed
     * @throws IOException                when the file cannot be written
     * @throws OperationCanceledException when the user cancelled: the file is then as it was
     */
    public static ReportSummary writePack(Model model, Priority priority, Path pdf, IProgressMonitor monitor) throws IOException {
        return new PackWriter(model, priority, pdf, monitor, SectionRegistry.fromExtensions(), ViewpointRegistry.getDefault()).write();
    }
}
