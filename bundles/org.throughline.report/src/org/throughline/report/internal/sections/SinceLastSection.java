// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.DeliveryChanges;
import org.throughline.analysis.api.DeliveryChanges.Change;
import org.throughline.model.Action;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.model.Stocktake;
import org.throughline.model.api.AsAt;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.PriorityScope;

/**
 * Since the last stocktake: what changed in delivery terms ({@link DeliveryChanges}) from the
 * stocktake before the latest one that reviewed a priority to the date the model describes, so
 * the decisions of the latest stocktake and what happened since are both shown.
 */
public final class SinceLastSection implements ReportSection {

    @Override
    public void writeHtml(ReportContext context, Markup html) throws Exception {
        html.element("h1", StocktakeMessages.since_title); //$NON-NLS-1$
        html.element("p", StocktakeMessages.since_intro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Catalogue catalogue = Sections.catalogue(context);
        List<Priority> priorities = Sections.priorities(catalogue);
        for (Priority priority : priorities) {
            html.open("section").open("h2").link(priority).close(); //$NON-NLS-1$ //$NON-NLS-2$
            changes(context, html, priority);
            html.close();
        }
    }

    @Override
    public void writePack(ReportContext context, Priority priority, Markup html) throws Exception {
        html.element("h2", StocktakeMessages.since_title); //$NON-NLS-1$
        changes(context, html, priority);
    }

    private static void changes(ReportContext context, Markup html, Priority priority) throws Exception {
        LocalDate asAt = context.asAt();
        List<LocalDate> held = stocktakes(Sections.catalogue(context), priority, asAt);
        if (held.size() < 2) {
            html.element("p", StocktakeMessages.since_noPrevious); //$NON-NLS-1$
            return;
        }
        LocalDate since = held.get(held.size() - 2);
        Model before = AsAt.view(context.model(), since);
        Model now = AsAt.view(context.model(), asAt);
        PriorityScope scope = PriorityScope.of(Sections.catalogue(context), priority);
        List<Change> changes = DeliveryChanges.between(before, since, now, asAt).stream()
                .filter(c -> inScope(context, scope, c)).toList();
        html.element("p", new java.text.MessageFormat(StocktakeMessages.since_period, java.util.Locale.ROOT).format( //$NON-NLS-1$
                new Object[] { since.toString(), held.get(held.size() - 1).toString(), asAt.toString(), Integer.valueOf(changes.size()) }));
        DeliveryChanges.Kind kind = null;
        for (Change change : changes) {
            if (change.kind() != kind) {
                if (kind != null) {
                    html.close();
                }
                kind = change.kind();
                html.element("h3", kind.label()).open("ul"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.open("li").text(change.text()); //$NON-NLS-1$
            if (change.worse() != null) {
                html.text(" ").element("strong", change.worse() ? StocktakeMessages.since_worse : StocktakeMessages.since_better); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close();
        }
        if (kind != null) {
            html.close();
        }
    }

    /** @return the dates of the stocktakes that reviewed the priority, up to the date, oldest first */
    private static List<LocalDate> stocktakes(Catalogue catalogue, Priority priority, LocalDate asAt) {
        return catalogue.all(Stocktake.class).stream()
                .filter(s -> s.getDate() != null && !s.getDate().isAfter(asAt) && s.getPrioritiesReviewed().contains(priority))
                .map(Stocktake::getDate).sorted(Comparator.naturalOrder()).distinct().toList();
    }

    /** @return whether the change concerns the priority: its own judgement, or an element of its scope, found by id in the live model */
    private static boolean inScope(ReportContext context, PriorityScope scope, Change change) {
        EObject element = change.element();
        if (element instanceof Element e && e.getId() != null && context.model().eResource() != null) {
            EObject live = context.model().eResource().getEObject(e.getId());
            if (live != null) {
                element = live;
            }
        }
        if (element == scope.priority() || scope.outcomes().contains(element)) {
            return true;
        }
        if (element instanceof Action action) {
            return scope.actions().contains(action);
        }
        return WhereToLookSection.inScope(scope, element);
    }
}
