// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report run produced.
 *
 * @param entry          the file to open: the HTML report's {@code index.html}, or the PDF
 * @param pages          how many pages were written (HTML files, or PDF pages)
 * @param diagrams       how many diagrams were drawn
 * @param failedSections one sentence for each section that failed (the rest of the report was
 *                       produced)
 * @param notes          other things the reader should know, one sentence each (for example a
 *                       diagram too large to draw)
 * @since 0.1
 */
public record ReportSummary(Path entry, int pages, int diagrams, List<String> failedSections, List<String> notes) {
}
