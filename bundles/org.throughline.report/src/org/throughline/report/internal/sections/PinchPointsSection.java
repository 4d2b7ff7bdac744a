// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.PriorityScope;

/**
 * Pinch-points and what they block: each pinch-point the flow analysis finds, with what the
 * impact analysis says rests on it. Both judgements are the analyses'; this page puts them side
 * by side for the stocktake.
 */
public final class PinchPointsSection implements ReportSection {

    /** The most elements named as blocked by one pinch-point; the impact analysis lists them all. */
    static final int MOST_BLOCKED = 6;

    @Override
    public void writeHtml(ReportContext context, Markup html) throws Exception {
        html.element("h1", StocktakeMessages.pinch_title); //$NON-NLS-1$
        html.element("p", StocktakeMessages.pinch_intro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        table(context, html, null);
    }

    @Override
    public void writePack(ReportContext context, Priority priority, Markup html) throws Exception {
        html.element("h2", StocktakeMessages.pinch_title); //$NON-NLS-1$
        table(context, html, PriorityScope.of(Sections.catalogue(context), priority).services());
    }

    private static void table(ReportContext context, Markup html, List<Service> services) throws Exception {
        AnalysisRun flow = context.analysis("flow", null); //$NON-NLS-1$
        if (flow.failed()) {
            html.element("p", flow.failure(), "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        AnalysisResult result = flow.result();
        int pinch = result.columns().indexOf(org.throughline.analysis.internal.Messages.column_pinch);
        int used = result.columns().indexOf(org.throughline.analysis.internal.Messages.column_utilisation);
        List<AnalysisResult.Row> pinches = new ArrayList<>();
        for (AnalysisResult.Row row : result.rows()) {
            if (pinch >= 0 && row.element() instanceof ProcessStep step
                    && org.throughline.analysis.internal.Messages.isPinchPointToActOn(row.cells().get(pinch))
                    && (services == null || services.contains(step.eContainer()))) {
                pinches.add(row);
            }
        }
        if (pinches.isEmpty()) {
            html.element("p", StocktakeMessages.pinch_none); //$NON-NLS-1$
            return;
        }
        html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Sections.headerRow(html, StocktakeMessages.pinch_columnStep, StocktakeMessages.pinch_columnService,
                StocktakeMessages.pinch_columnDemand, StocktakeMessages.pinch_columnUtilisation, StocktakeMessages.pinch_columnBlocks);
        html.open("tbody"); //$NON-NLS-1$
        for (AnalysisResult.Row row : pinches) {
            ProcessStep step = (ProcessStep) row.element();
            html.open("tr").open("td").link(step).close().open("td").link(step.eContainer()).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("td", StocktakeMessages.bind(StocktakeMessages.pinch_demand, AnalysisResult.text(step.getDemandPerPeriod()), //$NON-NLS-1$
                    AnalysisResult.text(step.getCapacityPerPeriod())), "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$
            html.element("td", AnalysisResult.text(row.cells().get(used)) + " %", "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            html.open("td"); //$NON-NLS-1$
            blocks(context, html, step);
            html.close().close();
        }
        html.close().close();
    }

    /** Writes what the impact analysis says rests on the step: the most critical first. */
    private static void blocks(ReportContext context, Markup html, ProcessStep step) throws Exception {
        AnalysisRun impact = context.analysis("impact", step); //$NON-NLS-1$
        if (impact.failed()) {
            html.text(impact.failure());
            return;
        }
        List<EObject> blocked = impact.result().rows().stream().map(AnalysisResult.Row::element).filter(e -> e != null && e != step)
                .distinct().toList();
        if (blocked.isEmpty()) {
            html.text(StocktakeMessages.pinch_blocksNothing);
            return;
        }
        for (int i = 0; i < Math.min(MOST_BLOCKED, blocked.size()); i++) {
            html.text(i == 0 ? "" : "; ").link(blocked.get(i)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (blocked.size() > MOST_BLOCKED) {
            html.text(" ").text(StocktakeMessages.bind(StocktakeMessages.pinch_more, Integer.valueOf(blocked.size() - MOST_BLOCKED))); //$NON-NLS-1$
        }
    }
}
