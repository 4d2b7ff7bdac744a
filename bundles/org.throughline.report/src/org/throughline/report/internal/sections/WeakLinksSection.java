// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Routes;

import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.Priority;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.Messages;
import org.throughline.report.internal.PriorityScope;

/** Weak links: on each chain, the links judged weak, broken or unknown, and who the chain cannot do without. */
public final class WeakLinksSection implements ReportSection {

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        Catalogue catalogue = Sections.catalogue(context);
        html.element("h1", Messages.weak_title); //$NON-NLS-1$
        html.element("p", Messages.weak_intro, "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<DeliveryChain> chains = catalogue.all(DeliveryChain.class);
        if (chains.isEmpty()) {
            html.element("p", Messages.weak_noChains); //$NON-NLS-1$
        }
        for (DeliveryChain chain : chains) {
            html.open("section").open("h2").link(chain).close(); //$NON-NLS-1$ //$NON-NLS-2$
            chain(html, catalogue, chain);
            html.close();
        }
    }

    @Override
    public void writePack(ReportContext context, Priority priority, Markup html) {
        Catalogue catalogue = Sections.catalogue(context);
        PriorityScope scope = PriorityScope.of(catalogue, priority);
        html.element("h2", Messages.weak_title); //$NON-NLS-1$
        if (scope.chains().isEmpty()) {
            html.element("p", Messages.stocktake_noChain, "class", "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (DeliveryChain chain : scope.chains()) {
            html.open("h3").link(chain).close(); //$NON-NLS-1$
            chain(html, catalogue, chain);
        }
    }

    private static void chain(Markup html, Catalogue catalogue, DeliveryChain chain) {
        List<Link> weak = chain.getLinks().stream().filter(PriorityScope::isWeak).toList();
        if (weak.isEmpty()) {
            html.element("p", Messages.weak_none); //$NON-NLS-1$
        } else {
            html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Sections.headerRow(html, Messages.col_link, Messages.col_from, Messages.col_to, Messages.col_kind, Messages.col_strength,
                    Messages.col_evidence, Messages.col_actions);
            html.open("tbody"); //$NON-NLS-1$
            for (Link link : weak) {
                html.open("tr").open("td").link(link).close().open("td").link(link.getSource()).close().open("td").link(link.getTarget()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .close().element("td", Labels.value(link.getKind())).open("td"); //$NON-NLS-1$ //$NON-NLS-2$
                Sections.badge(html, "strength", link.getStrength()).close(); //$NON-NLS-1$
                html.element("td", link.getEvidence() == null || link.getEvidence().isBlank() ? Messages.weak_noEvidence : link.getEvidence()); //$NON-NLS-1$
                html.open("td"); //$NON-NLS-1$
                boolean any = false;
                for (var in : catalogue.incoming(link)) {
                    if (in.source() instanceof Action action && action.getAddresses().contains(link)) {
                        if (any) {
                            html.text(", "); //$NON-NLS-1$
                        }
                        any = true;
                        html.link(action).text(" (").text(Labels.value(action.getStatus())).text(")"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                if (!any) {
                    html.element("strong", Messages.weak_noAction); //$NON-NLS-1$
                }
                html.close().close();
            }
            html.close().close();
        }
        routes(html, Routes.of(chain));
    }

    /** Each group's strongest route and its weakest link, then who the chain cannot do without: {@link Routes}' answer. */
    private static void routes(Markup html, Routes routes) {
        if (routes.groups().isEmpty()) {
            return;
        }
        html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Sections.headerRow(html, Messages.col_group, Messages.col_route, Messages.col_weakestLink, Messages.col_cutOffBy);
        html.open("tbody"); //$NON-NLS-1$
        for (Routes.Group group : routes.groups()) {
            html.open("tr").open("td").link(group.group()).close().open("td"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (!group.reached()) {
                html.element("strong", Messages.weak_unreached).close().element("td", "").element("td", "").close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                continue;
            }
            Routes.Route route = group.strongest();
            Sections.badge(html, "strength", route.strength()); //$NON-NLS-1$
            html.text(" ").text(java.text.MessageFormat.format(Messages.weak_routeLength, Integer.valueOf(route.links().size()))).close(); //$NON-NLS-1$
            html.open("td").link(route.weakest()).close().open("td"); //$NON-NLS-1$ //$NON-NLS-2$
            List<EObject> cuts = new ArrayList<>(group.actors());
            cuts.addAll(group.links());
            if (cuts.isEmpty()) {
                html.text(Messages.weak_noSingleCut);
            }
            for (int i = 0; i < cuts.size(); i++) {
                html.text(i == 0 ? "" : ", ").link(cuts.get(i)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close().close();
        }
        html.close().close();
        List<Routes.Cut> single = routes.singlePoints().stream().filter(c -> c.element() instanceof Actor).toList();
        if (!single.isEmpty()) {
            html.open("p").text(Messages.weak_singlePoints).text(" "); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < single.size(); i++) {
                html.text(i == 0 ? "" : ", ").link(single.get(i).element()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close();
        }
    }
}
