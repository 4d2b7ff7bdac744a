// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.analysis.internal.EvidenceRegister;
import org.throughline.model.Link;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Priority;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.PriorityScope;

/**
 * The evidence and assumption register: the analysis of the same name as a page, every claim
 * the theory of change and the chains rest on, the weakest first; in a priority's pack, the
 * claims that priority rests on.
 */
public final class RegisterSection implements ReportSection {

    /** The analysis this page shows. */
    static final String ANALYSIS = "evidence-register"; //$NON-NLS-1$

    /** The most claims a pack lists; the HTML report lists them all. */
    static final int PACK_ROWS = 8;

    @Override
    public void writeHtml(ReportContext context, Markup html) throws Exception {
        html.element("h1", StocktakeMessages.register_title); //$NON-NLS-1$
        html.element("p", StocktakeMessages.register_intro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AnalysisResult result = run(context, html);
        if (result != null) {
            html.element("p", result.headline(), "class", "headline"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            table(html, result, result.rows(), Integer.MAX_VALUE, result.columns().size());
        }
    }

    @Override
    public void writePack(ReportContext context, Priority priority, Markup html) throws Exception {
        html.element("h2", StocktakeMessages.register_title); //$NON-NLS-1$
        html.element("p", StocktakeMessages.register_packIntro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AnalysisResult result = run(context, html);
        if (result == null) {
            return;
        }
        PriorityScope scope = PriorityScope.of(Sections.catalogue(context), priority);
        List<AnalysisResult.Row> rows = result.rows().stream().filter(r -> restsOn(scope, priority, r.element())).toList();
        if (rows.isEmpty()) {
            html.element("p", StocktakeMessages.register_nothingInScope); //$NON-NLS-1$
            return;
        }
        // The pack leaves out the priorities column: the pack is this priority's.
        table(html, result, rows, PACK_ROWS, result.columns().size() - 1);
    }

    /** @return whether the priority rests on the claim's element: a link of its chains, or a contribution to one of its outcomes */
    private static boolean restsOn(PriorityScope scope, Priority priority, EObject element) {
        if (element instanceof Link link) {
            return scope.inChains(link);
        }
        if (element instanceof OutcomeContribution contribution && contribution.getTarget() != null) {
            return EvidenceRegister.downstream(contribution.getTarget()).stream().anyMatch(priority.getOutcomes()::contains);
        }
        return false;
    }

    private static AnalysisResult run(ReportContext context, Markup html) throws Exception {
        AnalysisRun run = context.analysis(ANALYSIS, null);
        if (run.failed()) {
            html.element("p", run.failure(), "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        }
        return run.result();
    }

    private static void table(Markup html, AnalysisResult result, List<AnalysisResult.Row> rows, int most, int columns) {
        if (rows.isEmpty()) {
            return;
        }
        html.open("table", "class", "values register"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // The analysis's own columns: kind, claim, about, strength, what rests on it, priorities.
        Sections.headerRow(html, result.columns().subList(0, columns).toArray(String[]::new));
        html.open("tbody"); //$NON-NLS-1$
        int shown = 0;
        for (AnalysisResult.Row row : rows) {
            if (shown == most) {
                html.open("tr").element("td", java.text.MessageFormat.format(StocktakeMessages.register_more, Integer.valueOf(rows.size() - most)), //$NON-NLS-1$ //$NON-NLS-2$
                        "colspan", Integer.toString(columns)).close(); //$NON-NLS-1$
                break;
            }
            shown++;
            List<Object> cells = row.cells();
            html.open("tr"); //$NON-NLS-1$
            html.element("td", AnalysisResult.text(cells.get(0))); //$NON-NLS-1$
            html.element("td", AnalysisResult.text(cells.get(1))); //$NON-NLS-1$
            html.open("td").link(row.element(), AnalysisResult.text(cells.get(2))).close(); //$NON-NLS-1$
            for (int i = 3; i < columns; i++) {
                html.element("td", AnalysisResult.text(cells.get(i))); //$NON-NLS-1$
            }
            html.close();
        }
        html.close().close();
    }
}
