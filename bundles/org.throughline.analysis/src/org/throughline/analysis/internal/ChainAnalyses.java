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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.api.Chains;

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
        Map<EObject, List<Action>> actions = Elements.openActions(input.model());
        List<Row> rows = new ArrayList<>();
        List<String> weakChains = new ArrayList<>();
        Set<Link> inChains = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Link> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] byStrength = new int[5];
        int noEvidence = 0;
        List<Entry> entries = new ArrayList<>();
        for (DeliveryChain chain : all(input.model(), DeliveryChain.class)) {
            LinkStrength weakest = chain.getLinks().stream().map(Link::getStrength).min(Comparator.comparingInt(ChainAnalyses::weakness))
                    .orElse(null);
            if (weakest == LinkStrength.WEAK || weakest == LinkStrength.BROKEN) {
                weakChains.add(Messages.bind(Messages.weakLinks_chainWeakest, name(chain), label(weakest)));
            }
            for (Link link : chain.getLinks()) {
                inChains.add(link);
                if (concerning(link)) {
                    entries.add(new Entry(chain, link));
                }
            }
        }
        for (Link link : all(input.model(), Link.class)) {
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
        return new AnalysisResult(headline, List.of(Messages.column_chain, Messages.column_link, Messages.column_from,
                Messages.column_to, Messages.column_kind, Messages.column_strength, Messages.column_evidence,
                Messages.column_openAction), rows);
    };

    /**
     * The actors and links whose loss alone would cut the centre off from some of the people it
     * now reaches (articulation points and bridges of the chain between the centre and the people
     * served), with whom each would cut off; the most damaging first.
     */
    static final Analysis SINGLE_POINTS = input -> {
        List<Row> rows = new ArrayList<>();
        List<Cut> found = new ArrayList<>();
        Set<EObject> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DeliveryChain chain : all(input.model(), DeliveryChain.class)) {
            List<Actor> centre = Chains.centre(chain);
            List<Actor> people = Chains.peopleReached(chain);
            if (centre.isEmpty() || people.isEmpty()) {
                continue;
            }
            for (Actor actor : chain.getActors()) {
                if (!centre.contains(actor) && !people.contains(actor)) {
                    List<Actor> lost = lost(people, Chains.reach(chain, centre, actor, null));
                    if (!lost.isEmpty()) {
                        found.add(new Cut(chain, actor, Messages.kind_actor, lost, people.size()));
                    }
                }
            }
            for (Link link : chain.getLinks()) {
                List<Actor> lost = lost(people, Chains.reach(chain, centre, null, link));
                if (!lost.isEmpty()) {
                    found.add(new Cut(chain, link, Messages.kind_link, lost, people.size()));
                }
            }
        }
        found.sort(Comparator.comparingLong((Cut c) -> -population(c.lost())).thenComparingInt(c -> -c.lost().size()));
        for (Cut cut : found) {
            EObject element = cut.element();
            distinct.add(element);
            List<Actor> lost = cut.lost();
            long population = population(lost);
            rows.add(new Row(element, Arrays.asList(name(cut.chain()), cut.what(), name(element),
                    String.join("; ", lost.stream().map(Elements::name).toList()), //$NON-NLS-1$
                    Messages.bind(Messages.singlePoints_share, Integer.valueOf(lost.size()), Integer.valueOf(cut.served())),
                    population > 0 ? Long.valueOf(population) : null)));
        }
        String headline = rows.isEmpty() ? Messages.singlePoints_none
                : Elements.format(Messages.singlePoints_headline, Integer.valueOf(distinct.size()), name(rows.get(0).element()));
        return new AnalysisResult(headline, List.of(Messages.column_chain, Messages.column_what, Messages.column_element,
                Messages.column_cutsOff, Messages.column_groupsCutOff, Messages.column_populationCutOff), rows);
    };

    /** A link of a chain, worth a row. */
    private record Entry(DeliveryChain chain, Link link) {
    }

    /** An actor or link whose loss cuts the centre off from some of the people served. */
    private record Cut(DeliveryChain chain, EObject element, String what, List<Actor> lost, int served) {
    }

    private static List<Actor> lost(List<Actor> people, Set<Actor> reached) {
        List<Actor> lost = new ArrayList<>(new LinkedHashSet<>(people));
        lost.removeIf(reached::contains);
        return lost;
    }

    private static long population(List<Actor> groups) {
        long total = 0;
        for (Actor group : groups) {
            if (group instanceof BeneficiaryGroup b && b.getPopulation() != null) {
                total += b.getPopulation();
            }
        }
        return total;
    }
}
