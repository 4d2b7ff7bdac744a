// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.List;

import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.Messages;

/** Analyses: every contributed analysis's question, headline answer and table, rows linked to their elements. */
public final class AnalysesSection implements ReportSection {

    /** The most rows of one analysis shown; the command line gives them all. */
    static final int MAX_ROWS = 500;

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        html.element("h1", Messages.analyses_title); //$NON-NLS-1$
        Analyses analyses = Analyses.standard();
        for (String problem : analyses.problems()) {
            html.element("p", problem, "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<AnalysisRun> runs = context.analyses();
        if (runs.isEmpty()) {
            html.element("p", Messages.analyses_none); //$NON-NLS-1$
            return;
        }
        html.open("ul", "class", "contents"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (AnalysisRun run : runs) {
            html.open("li").element("a", run.descriptor().name(), "href", "#analysis-" + safe(run.descriptor().id())).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        html.close();
        for (AnalysisRun run : runs) {
            html.open("section", "class", "analysis", "id", "analysis-" + safe(run.descriptor().id())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            html.element("h2", run.descriptor().name()); //$NON-NLS-1$
            html.element("p", run.descriptor().question(), "class", "question-text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (run.failed()) {
                html.element("p", run.failure(), "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                html.close();
                continue;
            }
            table(html, run.result());
            html.close();
        }
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void table(Markup html, AnalysisResult result) {
        html.element("p", result.headline(), "class", "headline"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (result.rows().isEmpty()) {
            return;
        }
        html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Sections.headerRow(html, result.columns().toArray(String[]::new));
        html.open("tbody"); //$NON-NLS-1$
        int shown = 0;
        for (AnalysisResult.Row row : result.rows()) {
            if (shown++ == MAX_ROWS) {
                html.open("tr").element("td", Messages.bind(Messages.analyses_moreRows, Integer.valueOf(result.rows().size() - MAX_ROWS)), //$NON-NLS-1$ //$NON-NLS-2$
                        "colspan", String.valueOf(Math.max(1, result.columns().size()))).close(); //$NON-NLS-1$
                break;
            }
            html.open("tr"); //$NON-NLS-1$
            for (int i = 0; i < row.cells().size(); i++) {
                Object cell = row.cells().get(i);
                String text = cell instanceof Number n && !(cell instanceof Integer || cell instanceof Long)
                        ? Labels.number(n.doubleValue()) + (cell instanceof AnalysisResult.Quantity q ? AnalysisResult.Quantity.suffix(q.unit()) : "") //$NON-NLS-1$
                        : Labels.value(cell);
                html.open("td", "class", cell instanceof Number ? "number" : null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (i == 0 && row.element() != null) {
                    html.link(row.element(), text);
                } else {
                    html.text(text);
                }
                html.close();
            }
            html.close();
        }
        html.close().close();
    }
}
