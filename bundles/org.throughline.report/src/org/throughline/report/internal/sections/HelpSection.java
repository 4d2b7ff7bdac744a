// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Priority;
import org.throughline.model.SupportOffer;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.PriorityScope;

/**
 * How can the centre help? The support offered to each priority (a problem-solving review,
 * capacity, lessons from elsewhere), who gives it and where it stands; and the first places to
 * look in the priority's scope, each with whether help or an action is aimed at it.
 */
public final class HelpSection implements ReportSection {

    /** How many of the first places to look the section weighs help against. */
    static final int FIRST_PLACES = 3;

    @Override
    public void writeHtml(ReportContext context, Markup html) throws Exception {
        html.element("h1", StocktakeMessages.help_title); //$NON-NLS-1$
        html.element("p", StocktakeMessages.help_intro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // Where to look first runs once for the page, not once per priority.
        AnalysisRun look = context.analysis(WhereToLookSection.ANALYSIS, null);
        // Which rows are about each element, looked up per element of each priority: every row
        // read for each of 950 priorities was a tenth of a 100,000-element report's sections.
        Map<EObject, List<Integer>> rowsAbout = new IdentityHashMap<>();
        if (!look.failed()) {
            List<AnalysisResult.Row> rows = look.result().rows();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).element() != null) {
                    rowsAbout.computeIfAbsent(rows.get(i).element(), e -> new ArrayList<>(1)).add(Integer.valueOf(i));
                }
            }
        }
        for (Priority priority : Sections.priorities(Sections.catalogue(context))) {
            html.open("section").open("h2").link(priority).close(); //$NON-NLS-1$ //$NON-NLS-2$
            help(context, html, priority, look, rowsAbout);
            html.close();
        }
    }

    @Override
    public void writePack(ReportContext context, Priority priority, Markup html) throws Exception {
        html.element("h2", StocktakeMessages.help_title); //$NON-NLS-1$
        help(context, html, priority,
                context.analysis(WhereToLookSection.ANALYSIS, null), null);
    }

    /**
     * @param rowsAbout for each element, the indices of the rows of where to look first about it,
     *                  or {@code null} to read every row
     */
    private static void help(ReportContext context, Markup html, Priority priority, AnalysisRun look,
            Map<EObject, List<Integer>> rowsAbout) throws Exception {
        Catalogue catalogue = Sections.catalogue(context);
        List<SupportOffer> offers = catalogue.all(SupportOffer.class).stream().filter(o -> o.getPriority() == priority).toList();
        if (offers.isEmpty()) {
            html.element("p", StocktakeMessages.help_none, "class", "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else {
            html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Sections.headerRow(html, StocktakeMessages.help_columnOffer, StocktakeMessages.help_columnKind,
                    StocktakeMessages.help_columnOwner, StocktakeMessages.help_columnStatus, StocktakeMessages.help_columnOffered,
                    StocktakeMessages.help_columnAimedAt);
            html.open("tbody"); //$NON-NLS-1$
            for (SupportOffer offer : offers) {
                html.open("tr").open("td").link(offer).close(); //$NON-NLS-1$ //$NON-NLS-2$
                html.element("td", Labels.value(offer.getKind())); //$NON-NLS-1$
                html.open("td"); //$NON-NLS-1$
                if (offer.getOwner() != null) {
                    html.link(offer.getOwner());
                }
                html.close().element("td", Labels.value(offer.getStatus())) //$NON-NLS-1$
                        .element("td", offer.getOfferedDate() == null ? "" : Labels.date(offer.getOfferedDate())).open("td"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (int i = 0; i < offer.getAddresses().size(); i++) {
                    html.text(i == 0 ? "" : "; ").link(offer.getAddresses().get(i)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                html.close().close();
            }
            html.close().close();
        }
        if (look.failed()) {
            return;
        }
        PriorityScope scope = PriorityScope.of(catalogue, priority);
        List<AnalysisResult.Row> first = firstPlaces(scope, look.result().rows(), rowsAbout);
        if (first.isEmpty()) {
            return;
        }
        html.element("h3", StocktakeMessages.help_firstPlaces).open("ul"); //$NON-NLS-1$ //$NON-NLS-2$
        for (AnalysisResult.Row row : first) {
            boolean helped = offers.stream().anyMatch(o -> o.getAddresses().contains(row.element()));
            boolean acted = scope.actions().stream().anyMatch(a -> a.getAddresses().contains(row.element()));
            html.open("li").link(row.element()).text(": ").text(AnalysisResult.text(row.cells().get(4))).text(" \u2014 "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("strong", helped ? StocktakeMessages.help_helped : acted ? StocktakeMessages.help_actedOnly : StocktakeMessages.help_neither); //$NON-NLS-1$
            html.close();
        }
        html.close();
    }

    /** @return the first rows, in the analysis' order, about an element of the priority's */
    private static List<AnalysisResult.Row> firstPlaces(PriorityScope scope, List<AnalysisResult.Row> rows,
            Map<EObject, List<Integer>> rowsAbout) {
        if (rowsAbout == null) {
            return rows.stream().filter(r -> WhereToLookSection.inScope(scope, r.element())).limit(FIRST_PLACES).toList();
        }
        TreeSet<Integer> about = new TreeSet<>();
        for (EObject member : scope.members()) {
            about.addAll(rowsAbout.getOrDefault(member, List.of()));
        }
        List<AnalysisResult.Row> first = new ArrayList<>();
        for (Integer index : about) {
            AnalysisResult.Row row = rows.get(index.intValue());
            if (first.size() < FIRST_PLACES && WhereToLookSection.inScope(scope, row.element())) {
                first.add(row);
            }
        }
        return first;
    }
}
