// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.blank;
import static org.throughline.analysis.internal.Elements.label;
import static org.throughline.analysis.internal.Elements.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.Routes;
import org.throughline.model.Action;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;

/** Analyses of delivery chains: weak links and single points of failure. */
final class ChainAnalyses {

    private ChainAnalyses() {
    }

    /** Weakness order: broken first, then weak, unknown, adequate, strong. */
    static int weakness(LinkStrength strength) {
        return switch (strength) {
            case BROKEN -> 0;
            case WEAK -> 1;
            case UNKNOWN -> 2;
            case ADEQUATE -> 3;
            default -> 4;
        };
    }

    /** A link worth a row: weak, broken or of unknown strength, or without evidence. */
    private static boolean concerning(Link link) {
        return weakness(link.getStrength()) <= 2 || blank(link.getEvidence());
    }

    /**
     * On each chain, the links that are broken, weak or of unknown strength, and those with no
     * evidence for their strength; links in no chain are listed too. Broken links first.
     */
    static final Analysis WEAK_LINKS = input -> {
        Map<EObject, List<Action>> actions = Elements.openActions(input);
        List<Row> rows = new ArrayList<>();
        List<String> weakChains = new ArrayList<>();
        List<String> weakRoutes = new ArrayList<>();
        Set<Link> inChains = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Link> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] byStrength = new int[5];
        int noEvidence = 0;
        List<Entry> entries = new ArrayList<>();
        for (DeliveryChain chain : all(input, DeliveryChain.class)) {
            LinkStrength weakest = chain.getLinks().stream().map(Link::getStrength).min(Comparator.comparingInt(ChainAnalyses::weakness))
                    .orElse(null);
            if (weakest == LinkStrength.WEAK || weakest == LinkStrength.BROKEN) {
                weakChains.add(Messages.bind(Messages.weakLinks_chainWeakest, name(chain), label(weakest)));
            }
            weakRoutes.addAll(weakRoutes(Routes.of(chain)));
            for (Link link : chain.getLinks()) {
                inChains.add(link);
                if (concerning(link)) {
                    entries.add(new Entry(chain, link));
                }
            }
        }
        for (Link link : all(input, Link.class)) {
            if (!inChains.contains(link) && concerning(link)) {
                entries.add(new Entry(null, link));
            }
        }
        entries.sort(Comparator.comparingInt(e -> weakness(e.link().getStrength())));
        for (Entry entry : entries) {
            Link link = entry.link();
            boolean unevidenced = blank(link.getEvidence());
            if (counted.add(link)) {
                byStrength[weakness(link.getStrength())]++;
                noEvidence += unevidenced ? 1 : 0;
            }
            List<Action> open = actions.getOrDefault(link, List.of());
            rows.add(new Row(link, Arrays.asList(entry.chain() == null ? Messages.weakLinks_noChain : name(entry.chain()), name(link),
                    name(link.getSource()), name(link.getTarget()), label(link.getKind()), label(link.getStrength()),
                    unevidenced ? Messages.evidence_none : Messages.evidence_recorded,
                    open.isEmpty() ? Messages.action_none : String.join("; ", open.stream().map(Elements::name).toList())))); //$NON-NLS-1$
        }
        String headline = Elements.format(Messages.weakLinks_headline, new Object[] { Integer.valueOf(byStrength[0]),
                Integer.valueOf(byStrength[1]), Integer.valueOf(byStrength[2]), Integer.valueOf(noEvidence) });
        headline += ' ' + (weakChains.isEmpty() ? Messages.weakLinks_noWeakChain
                : Messages.bind(Messages.weakLinks_weakChains, String.join("; ", weakChains))); //$NON-NLS-1$
        headline += ' ' + (weakRoutes.isEmpty() ? Messages.routes_allSound
                : Messages.bind(Messages.routes_headline, String.join("; ", weakRoutes))); //$NON-NLS-1$
        return new AnalysisResult(headline, List.of(Messages.column_chain, Messages.column_link, Messages.column_from,
                Messages.column_to, Messages.column_kind, Messages.column_strength, Messages.column_evidence,
                Messages.column_openAction), rows);
    };

    /**
     * The actors and links whose loss alone would cut the centre off from a group of people it
     * now reaches, as {@link Routes} defines a route, with whom each would cut off; the most
     * damaging first.
     */
    static final Analysis SINGLE_POINTS = input -> {
        List<Row> rows = new ArrayList<>();
        Set<EObject> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Cut> found = new ArrayList<>();
        for (DeliveryChain chain : all(input, DeliveryChain.class)) {
            Routes routes = Routes.of(chain);
            int served = routes.reached().size();
            routes.singlePoints().forEach(cut -> found.add(new Cut(chain, cut, served)));
        }
        found.sort(Comparator.comparingLong((Cut c) -> -c.cut().population()).thenComparingInt(c -> -c.cut().groups().size()));
        for (Cut each : found) {
            EObject element = each.cut().element();
            distinct.add(element);
            List<BeneficiaryGroup> lost = each.cut().groups();
            long population = each.cut().population();
            rows.add(new Row(element, Arrays.asList(name(each.chain()), element instanceof Link ? Messages.kind_link : Messages.kind_actor,
                    name(element), String.join("; ", lost.stream().map(Elements::name).toList()), //$NON-NLS-1$
                    Messages.bind(Messages.singlePoints_share, Integer.valueOf(lost.size()), Integer.valueOf(each.served())),
                    population > 0 ? Long.valueOf(population) : null)));
        }
        String headline = rows.isEmpty() ? Messages.singlePoints_none
                : Elements.format(Messages.singlePoints_headline, Integer.valueOf(distinct.size()), name(rows.get(0).element()));
        return new AnalysisResult(headline, List.of(Messages.column_chain, Messages.column_what, Messages.column_element,
                Messages.column_cutsOff, Messages.column_groupsCutOff, Messages.column_populationCutOff), rows);
    };

    /**
     * @param routes a chain's routes
     * @return for each group reached only by a weak route, and each not reached, a few words
     */
    static List<String> weakRoutes(Routes routes) {
        List<String> words = new ArrayList<>();
        for (Routes.Group group : routes.groups()) {
            if (!group.reached()) {
                words.add(Messages.bind(Messages.routes_unreached, name(group.group())));
            } else if (group.strongest().weak()) {
                words.add(Messages.bind(Messages.routes_weak, new Object[] { name(group.group()), name(group.strongest().weakest()),
                        label(group.strongest().strength()) }));
            }
        }
        return words;
    }

    /** A link of a chain, worth a row. */
    private record Entry(DeliveryChain chain, Link link) {
    }

    /** A single point of failure of a chain, and how many groups the chain reaches. */
    private record Cut(DeliveryChain chain, Routes.Cut cut, int served) {
    }
}
