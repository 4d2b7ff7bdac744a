// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.OnTrack;
import org.throughline.analysis.api.Routes;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.Assessment;
import org.throughline.model.CriterionRating;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Indicator;
import org.throughline.model.Initiative;
import org.throughline.model.Link;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.Service;
import org.throughline.model.Target;
import org.throughline.model.ThroughlineFactory;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.Messages;
import org.throughline.report.internal.PageMarkup;
import org.throughline.report.internal.PriorityScope;

/**
 * The five questions of a stocktake, answered from the model for each priority: what are we
 * trying to do; how; are we on track; if not, what will we do; how likely is delivery, and how
 * has that judgement moved.
 */
public final class StocktakeSection implements ReportSection {

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        Catalogue catalogue = Sections.catalogue(context);
        html.element("h1", Messages.stocktake_title); //$NON-NLS-1$
        html.element("p", Messages.stocktake_intro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Priority> priorities = Sections.priorities(catalogue);
        if (priorities.isEmpty()) {
            html.element("p", Messages.stocktake_none); //$NON-NLS-1$
        }
        for (Priority priority : priorities) {
            PriorityScope scope = PriorityScope.of(catalogue, priority);
            html.open("section", "class", "priority"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.open("h2").link(priority).text(" "); //$NON-NLS-1$ //$NON-NLS-2$
            Assessment latest = Sections.latest(scope.assessments());
            Sections.badge(html, "rating", latest == null ? null : latest.getRating()).close(); //$NON-NLS-1$
            questions(context, html, scope, false);
            html.close();
        }
    }

    @Override
    public void writePack(ReportContext context, Priority priority, Markup html) {
        questions(context, html, PriorityScope.of(Sections.catalogue(context), priority), true);
    }

    /**
     * @param context the report
     * @param html    where to write
     * @param scope   the priority's scope
     * @param full    with charts and diagrams (the pack) or compact (the HTML overview of all priorities)
     */
    static void questions(ReportContext context, Markup html, PriorityScope scope, boolean full) {
        String heading = full ? "h2" : "h3"; //$NON-NLS-1$ //$NON-NLS-2$
        what(html, scope, heading);
        how(html, scope, heading, full);
        onTrack(context, html, scope, heading, full);
        actions(context, html, scope, heading);
        likelihood(html, scope, heading);
    }

    private static void what(Markup html, PriorityScope scope, String heading) {
        Priority priority = scope.priority();
        html.open("div", "class", "question"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.element(heading, Messages.stocktake_what);
        if (priority.getDescription() != null && !priority.getDescription().isBlank()) {
            html.element("p", priority.getDescription(), "class", "description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        html.open("p"); //$NON-NLS-1$
        if (priority.getMission() != null) {
            html.text(Messages.stocktake_mission).text(" ").link(priority.getMission()).text(". "); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.text(Messages.stocktake_owner).text(" ").link(priority.getOwner()).text(". "); //$NON-NLS-1$ //$NON-NLS-2$
        if (priority.getLeadOrganisation() != null) {
            html.text(Messages.stocktake_lead).text(" ").link(priority.getLeadOrganisation()).text("."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.close();
        if (!scope.outcomes().isEmpty()) {
            html.element("p", Messages.stocktake_outcomes, "class", "label"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.open("ul"); //$NON-NLS-1$
            for (Outcome outcome : scope.outcomes()) {
                html.open("li").link(outcome); //$NON-NLS-1$
                for (Indicator indicator : scope.indicators()) {
                    if (indicator.getMeasures() == outcome) {
                        html.open("br").text(Messages.stocktake_measuredBy).text(" ").link(indicator); //$NON-NLS-1$ //$NON-NLS-2$
                        Target target = indicator.getTargets().isEmpty() ? null
                                : org.throughline.model.api.Trajectories.finalTarget(indicator);
                        if (target != null) {
                            html.text(": ").text(Messages.bind(Messages.stocktake_target, new Object[] { //$NON-NLS-1$
                                    Labels.number(target.getValue()), unit(indicator), Labels.date(target.getDate()) }));
                        }
                    }
                }
                html.close();
            }
            html.close();
        }
        html.close();
    }

    private static String unit(Indicator indicator) {
        return indicator.getUnit() == null ? "" : indicator.getUnit(); //$NON-NLS-1$
    }

    private static void how(Markup html, PriorityScope scope, String heading, boolean full) {
        html.open("div", "class", "question"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.element(heading, Messages.stocktake_how);
        if (scope.chains().isEmpty()) {
            html.element("p", Messages.stocktake_noChain, "class", "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (DeliveryChain chain : scope.chains()) {
            html.open("p").link(chain).text(": ").text(Messages.bind(Messages.stocktake_chainSize, Integer.valueOf(chain.getActors().size()), //$NON-NLS-1$ //$NON-NLS-2$
                    Integer.valueOf(chain.getLinks().size()))).close();
            if (full) {
                // On A4: the tiers and the weakest route on one page, then the whole chain on pages of its own.
                weakestRoute(html, chain);
                html.open("div", "class", "full-chain"); //$NON-NLS-1$ //$NON-NLS-2$
                html.diagram("delivery-chain", chain); //$NON-NLS-1$
                html.close();
            }
        }
        if (!scope.services().isEmpty() || !scope.initiatives().isEmpty()) {
            html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Sections.headerRow(html, Messages.col_deliveredThrough, Messages.col_type, Messages.col_owner, Messages.col_status);
            html.open("tbody"); //$NON-NLS-1$
            for (Service service : scope.services()) {
                html.open("tr").open("td").link(service).close().element("td", Labels.type(service)).open("td").link(service.getOwner()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .close().element("td", "").close(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (Initiative initiative : scope.initiatives()) {
                html.open("tr").open("td").link(initiative).close().element("td", Labels.type(initiative)).open("td") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .link(initiative.getOwner()).close().element("td", Labels.value(initiative.getStatus())).close(); //$NON-NLS-1$
            }
            html.close().close();
        }
        html.close();
    }

    /**
     * The chain simplified: its tiers and its weakest route from the centre to the people served
     * (of every group's strongest route, the weakest; of equals, the one reaching more people), drawn
     * by the delivery-chain viewpoint as a chain of that route's links alone.
     */
    private static void weakestRoute(Markup html, DeliveryChain chain) {
        Routes routes = Routes.of(chain);
        Routes.Group weakest = routes.groups().stream().filter(Routes.Group::reached)
                .max(Comparator.comparingInt((Routes.Group g) -> g.strongest().strength().getValue())
                        .thenComparingLong(g -> g.group().getPopulation() == null ? 0 : g.group().getPopulation().longValue()))
                .orElse(null);
        long unreached = routes.groups().stream().filter(g -> !g.reached()).count();
        if (weakest == null) {
            html.element("p", Messages.stocktake_noRoute, "class", "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        Routes.Route route = weakest.strongest();
        html.open("p").text(java.text.MessageFormat.format(Messages.stocktake_weakestRoute, new Object[] { Labels.label(weakest.group()), //$NON-NLS-1$
                Integer.valueOf(route.links().size()), Labels.value(route.strength()).toLowerCase(java.util.Locale.ROOT) })).text(" "); //$NON-NLS-1$
        if (route.weakest() != null) {
            html.text(Messages.stocktake_weakestLink).text(" ").link(route.weakest()).text("."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (unreached > 0) {
            html.text(" ").text(java.text.MessageFormat.format(Messages.stocktake_unreached, Long.valueOf(unreached))); //$NON-NLS-1$
        }
        html.close();
        DeliveryChain simplified = ThroughlineFactory.eINSTANCE.createDeliveryChain();
        simplified.setId(chain.getId() + "-weakest-route"); //$NON-NLS-1$
        simplified.setName(Messages.bind(Messages.stocktake_routeName, Labels.label(chain)));
        simplified.setPriority(chain.getPriority());
        simplified.setOutcome(chain.getOutcome());
        for (Link link : route.links()) {
            simplified.getLinks().add(link);
            for (Actor end : List.of(link.getSource(), link.getTarget())) {
                if (!simplified.getActors().contains(end)) {
                    simplified.getActors().add(end);
                }
            }
        }
        html.open("div", "class", "weakest-route"); //$NON-NLS-1$ //$NON-NLS-2$
        if (html instanceof PageMarkup page) {
            page.compactDiagram("delivery-chain", simplified); //$NON-NLS-1$
        } else {
            html.diagram("delivery-chain", simplified); //$NON-NLS-1$
        }
        html.close();
    }

    private static void onTrack(ReportContext context, Markup html, PriorityScope scope, String heading, boolean full) {
        html.open("div", "class", "question"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.element(heading, Messages.stocktake_onTrack);
        if (scope.indicators().isEmpty()) {
            html.element("p", Messages.stocktake_noIndicator, "class", "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.close();
            return;
        }
        html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Sections.headerRow(html, Messages.col_indicator, Messages.col_latest, Messages.col_planned, Messages.col_status,
                Messages.col_forecast);
        html.open("tbody"); //$NON-NLS-1$
        for (Indicator indicator : scope.indicators()) {
            OnTrack.Answer answer = OnTrack.of(indicator, context.asAt());
            html.open("tr").open("td").link(indicator).close(); //$NON-NLS-1$ //$NON-NLS-2$
            html.element("td", answer.latest() == null ? "\u2014" //$NON-NLS-1$ //$NON-NLS-2$
                    : Labels.number(answer.latest().getValue()) + " " + unit(indicator) + " (" + answer.latest().getDate() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("td", answer.planned() == null ? "\u2014" : Labels.number(answer.planned()) + " " + unit(indicator)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.open("td"); //$NON-NLS-1$
            TrackSections.state(html, answer);
            html.close();
            String outlook = answer.outlookSentence();
            html.element("td", outlook.isEmpty() ? "\u2014" : TrackSections.capitalised(outlook)); //$NON-NLS-1$ //$NON-NLS-2$
            html.close();
        }
        html.close().close();
        if (full) {
            for (Indicator indicator : scope.indicators()) {
                html.open("figure", "class", "chart").trajectoryChart(indicator); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                html.element("figcaption", Labels.label(indicator)).close(); //$NON-NLS-1$
                UnitsTable.write(html, indicator, context.asAt());
            }
        }
        html.close();
    }

    private static void actions(ReportContext context, Markup html, PriorityScope scope, String heading) {
        html.open("div", "class", "question"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.element(heading, Messages.stocktake_actions);
        boolean offTrack = scope.indicators().stream()
                .anyMatch(i -> OnTrack.of(i, context.asAt()).status() == OnTrack.Status.OFF_TRACK);
        boolean anyOpen = scope.actions().stream().anyMatch(Sections::open);
        if (offTrack && !anyOpen) {
            html.element("p", Messages.stocktake_offTrackNoAction, "class", "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (scope.actions().isEmpty()) {
            html.element("p", Messages.stocktake_noActions); //$NON-NLS-1$
            html.close();
            return;
        }
        html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Sections.headerRow(html, Messages.col_action, Messages.col_owner, Messages.col_due, Messages.col_status, Messages.col_addresses);
        html.open("tbody"); //$NON-NLS-1$
        for (Action action : scope.actions()) {
            boolean overdue = Sections.overdue(action, context.asAt());
            html.open("tr", "class", overdue ? "overdue" : null).open("td").link(action).close().open("td").link(action.getOwner()).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            html.open("td").text(Labels.date(action.getDueDate())); //$NON-NLS-1$
            if (overdue) {
                html.text(" ").element("strong", Messages.stocktake_overdue); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close();
            html.open("td"); //$NON-NLS-1$
            Sections.badge(html, "status", action.getStatus()); //$NON-NLS-1$
            html.close().open("td"); //$NON-NLS-1$
            boolean first = true;
            for (EObject addressed : action.getAddresses()) {
                if (!first) {
                    html.text(", "); //$NON-NLS-1$
                }
                first = false;
                html.link(addressed);
            }
            html.close().close();
        }
        html.close().close();
        html.close();
    }

    private static void likelihood(Markup html, PriorityScope scope, String heading) {
        html.open("div", "class", "question"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.element(heading, Messages.stocktake_likelihood);
        Assessment latest = Sections.latest(scope.assessments());
        if (latest == null) {
            html.element("p", Messages.stocktake_notAssessed, "class", "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.close();
            return;
        }
        html.open("p").text(Messages.stocktake_latestRating).text(" "); //$NON-NLS-1$ //$NON-NLS-2$
        Sections.badge(html, "rating", latest.getRating()); //$NON-NLS-1$
        html.text(" ").text(Messages.bind(Messages.stocktake_assessedOn, Labels.date(latest.getDate()))).text(" ").link(latest.getAssessor()) //$NON-NLS-1$ //$NON-NLS-2$
                .close();
        if (latest.getRationale() != null) {
            html.element("blockquote", latest.getRationale()); //$NON-NLS-1$
        }
        if (!latest.getCriteria().isEmpty()) {
            html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Sections.headerRow(html, Messages.col_criterion, Messages.col_rating, Messages.col_comment);
            html.open("tbody"); //$NON-NLS-1$
            for (CriterionRating criterion : latest.getCriteria()) {
                html.open("tr").element("td", criterion.getCriterion()).open("td"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Sections.badge(html, "rating", criterion.getRating()).close().element("td", criterion.getComment()).close(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close().close();
        }
        html.element("p", Messages.stocktake_history, "class", "label"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.open("ol", "class", "history"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (Assessment assessment : scope.assessments()) {
            html.open("li").text(Labels.date(assessment.getDate())).text(" "); //$NON-NLS-1$ //$NON-NLS-2$
            Sections.badge(html, "rating", assessment.getRating()).text(" ").link(assessment).close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.close();
        html.close();
    }
}
