// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.analysis.internal.StocktakeMessages;
import org.throughline.model.LikelihoodRating;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;

/**
 * The portfolio: the league table of priorities from the portfolio analysis, the page a
 * delivery unit opens a stocktake with; the stocktake pack's cover shows the same table.
 */
public final class PortfolioSection implements ReportSection {

    /** The analysis this page shows. */
    static final String ANALYSIS = "portfolio"; //$NON-NLS-1$

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        html.element("h1", org.throughline.report.internal.sections.StocktakeMessages.portfolio_title); //$NON-NLS-1$
        html.element("p", org.throughline.report.internal.sections.StocktakeMessages.portfolio_intro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        leagueTable(context, html, null);
    }

    /**
     * Writes the league table.
     *
     * @param context the report
     * @param html    where to write
     * @param only    the priorities to list (the pack's), or {@code null} for every one
     */
    public static void leagueTable(ReportContext context, Markup html, List<? extends EObject> only) {
        AnalysisRun run;
        try {
            run = context.analysis(ANALYSIS, null);
        } catch (AnalysisException e) {
            html.element("p", e.getMessage(), "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        if (run.failed()) {
            html.element("p", run.failure(), "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        AnalysisResult result = run.result();
        html.element("p", result.headline(), "class", "headline"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<AnalysisResult.Row> rows = result.rows().stream().filter(r -> only == null || only.contains(r.element())).toList();
        if (rows.isEmpty()) {
            return;
        }
        int rating = result.columns().indexOf(StocktakeMessages.portfolio_columnRating);
        int judged = result.columns().indexOf(StocktakeMessages.portfolio_columnJudged);
        String[] shown = { StocktakeMessages.portfolio_columnChange, StocktakeMessages.portfolio_columnTrajectory,
                StocktakeMessages.portfolio_columnDirection, StocktakeMessages.portfolio_columnWeakest,
                StocktakeMessages.portfolio_columnActions };
        html.open("table", "class", "values portfolio"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Sections.headerRow(html, StocktakeMessages.portfolio_columnPriority, StocktakeMessages.portfolio_columnRating, shown[0], shown[1],
                shown[2], shown[3], shown[4]);
        html.open("tbody"); //$NON-NLS-1$
        for (AnalysisResult.Row row : rows) {
            html.open("tr").open("td").link(row.element()).close().open("td"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            LikelihoodRating latest = rating(AnalysisResult.text(row.cells().get(rating)));
            Sections.badge(html, "rating", latest); //$NON-NLS-1$
            Object date = judged < 0 ? null : row.cells().get(judged);
            if (date != null) {
                html.element("div", AnalysisResult.text(date), "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            html.close();
            for (String column : shown) {
                int index = result.columns().indexOf(column);
                html.element("td", index < 0 ? "" : AnalysisResult.text(row.cells().get(index))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close();
        }
        html.close().close();
    }

    /** @return the rating the analysis named ("amber red"), or {@code null} when not judged */
    private static LikelihoodRating rating(String text) {
        for (LikelihoodRating rating : LikelihoodRating.VALUES) {
            if (rating.getName().replace('_', ' ').toLowerCase(Locale.ROOT).equals(text)) {
                return rating;
            }
        }
        return null;
    }
}
