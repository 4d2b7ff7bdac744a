// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.api;

import org.throughline.model.Priority;

/**
 * A section of Throughline's reports, contributed through the extension point
 * {@code org.throughline.reportSections}. In the HTML report each section is a page of its own,
 * listed on the overview in the contribution's order; a section may also add pages to the PDF
 * stocktake pack of each priority.
 * <p>
 * A section only reads the model. It writes through the {@link Markup} it is given, which
 * escapes all text and allows only safe structural HTML, so model text can never run as script.
 * A section that throws is isolated: its page says that it failed and why, the failure is
 * logged, and the rest of the report is produced.
 *
 * <pre>
 * public final class OpenActionsSection implements ReportSection {
 *     public void writeHtml(ReportContext context, Markup html) {
 *         html.element("h1", "Open actions");
 *         html.open("ul");
 *         for (Action action : openActions(context.model())) {
 *             html.open("li").link(action).text(", due ").text(action.getDueDate()).close();
 *         }
 *         html.close();
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface ReportSection {

    /**
     * Writes the section's page of the HTML report (the part inside the page's main area; start
     * with an {@code h1}).
     *
     * @param context what the report knows
     * @param html    where to write
     * @throws Exception anything; the section is then reported as failed
     */
    void writeHtml(ReportContext context, Markup html) throws Exception;

    /**
     * Writes the section's part of a priority's stocktake pack. Only called when the
     * contribution says {@code pack="true"}; the default writes nothing.
     *
     * @param context  what the report knows ({@link ReportContext#isPack()} is {@code true})
     * @param priority the priority the pack is for
     * @param html     where to write (start with an {@code h2}); the part starts on a new page
     * @throws Exception anything; the part is then replaced by a note that it failed
     */
    default void writePack(ReportContext context, Priority priority, Markup html) throws Exception {
        // Sections are in the HTML report only unless they say otherwise.
    }
}
