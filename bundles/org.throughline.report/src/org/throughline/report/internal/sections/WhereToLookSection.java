// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Actor;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Indicator;
import org.throughline.model.Initiative;
import org.throughline.model.Link;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.PriorityScope;

/**
 * Where to look first: the analysis of the same name as a page, the places where problems meet
 * ranked with their reasons; in a priority's pack, those in the priority's scope.
 */
public final class WhereToLookSection implements ReportSection {

    /** The analysis this page shows. */
    static final String ANALYSIS = "where-to-look-first"; //$NON-NLS-1$

    /** The most places a pack lists; the HTML report lists them all. */
    static final int PACK_ROWS = 10;

    @Override
    public void writeHtml(ReportContext context, Markup html) throws Exception {
        html.element("h1", StocktakeMessages.look_title); //$NON-NLS-1$
        html.element("p", StocktakeMessages.look_intro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AnalysisResult result = run(context, html);
        if (result != null) {
            html.element("p", result.headline(), "class", "headline"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            table(html, result.rows(), Integer.MAX_VALUE);
        }
    }

    @Override
    public void writePack(ReportContext context, Priority priority, Markup html) throws Exception {
        html.element("h2", StocktakeMessages.look_title); //$NON-NLS-1$
        html.element("p", StocktakeMessages.look_packIntro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AnalysisResult result = run(context, html);
        if (result == null) {
            return;
        }
        PriorityScope scope = PriorityScope.of(Sections.catalogue(context), priority);
        List<AnalysisResult.Row> rows = result.rows().stream().filter(r -> inScope(scope, r.element())).toList();
        if (rows.isEmpty()) {
            html.element("p", StocktakeMessages.look_nothingInScope); //$NON-NLS-1$
            return;
        }
        table(html, rows, PACK_ROWS);
    }

    private static AnalysisResult run(ReportContext context, Markup html) throws Exception {
        AnalysisRun run = context.analysis(ANALYSIS, null);
        if (run.failed()) {
            html.element("p", StocktakeMessages.bind(StocktakeMessages.look_failed, run.failure()), "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        }
        return run.result();
    }

    private static void table(Markup html, List<AnalysisResult.Row> rows, int most) {
        if (rows.isEmpty()) {
            return;
        }
        html.open("table", "class", "values look-first"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // The analysis's own column titles: rank, element, type, score, reasons.
        Sections.headerRow(html, org.throughline.analysis.internal.StocktakeMessages.look_columnRank,
                org.throughline.analysis.internal.StocktakeMessages.look_columnElement,
                org.throughline.analysis.internal.StocktakeMessages.look_columnType,
                org.throughline.analysis.internal.StocktakeMessages.look_columnScore,
                org.throughline.analysis.internal.StocktakeMessages.look_columnReasons);
        html.open("tbody"); //$NON-NLS-1$
        int shown = 0;
        for (AnalysisResult.Row row : rows) {
            if (shown == most) {
                html.open("tr").element("td", StocktakeMessages.bind(StocktakeMessages.look_more, Integer.valueOf(rows.size() - most)), //$NON-NLS-1$ //$NON-NLS-2$
                        "colspan", "5").close(); //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            shown++;
            List<Object> cells = row.cells();
            html.open("tr"); //$NON-NLS-1$
            html.element("td", Integer.toString(shown), "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.open("td", "class", "place").link(row.element(), AnalysisResult.text(cells.get(1))).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("td", AnalysisResult.text(cells.get(2))); //$NON-NLS-1$
            html.element("td", AnalysisResult.text(cells.get(3)), "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("td", AnalysisResult.text(cells.get(4))); //$NON-NLS-1$
            html.close();
        }
        html.close().close();
    }

    /** @return whether the element belongs to the priority: in its chains, measures, services, plans or outcomes */
    static boolean inScope(PriorityScope scope, EObject element) {
        if (element instanceof Link link) {
            return scope.inChains(link);
        }
        if (element instanceof Actor actor) {
            return scope.inChains(actor) || scope.ownsOrProvidesAService(actor);
        }
        if (element instanceof ProcessStep step) {
            return scope.holds(step.eContainer()) && step.eContainer() instanceof Service;
        }
        if (element instanceof Indicator || element instanceof Service || element instanceof Initiative || element instanceof Outcome
                || element instanceof DeliveryChain) {
            return scope.holds(element);
        }
        return element == scope.priority();
    }
}
