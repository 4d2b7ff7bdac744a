// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.internal;

import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;

/**
 * The report's "Inspection ratings" page: the answer of the {@link InspectionRatings} analysis,
 * each inspected provider or service linked to its page.
 */
public final class InspectionSection implements ReportSection {

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        AnalysisResult result = new InspectionRatings().run(new AnalysisInput(context.model(), null, context.asAt()));
        html.element("h1", Messages.section_title);
        html.element("p", result.headline());
        if (result.rows().isEmpty()) {
            return;
        }
        html.open("table").open("thead").open("tr");
        for (String column : result.columns()) {
            html.element("th", column);
        }
        html.close().close().open("tbody");
        for (AnalysisResult.Row row : result.rows()) {
            html.open("tr").open("td").link(row.element()).close();
            for (Object cell : row.cells().subList(1, row.cells().size())) {
                html.element("td", cell);
            }
            html.close();
        }
        html.close().close();
    }
}
