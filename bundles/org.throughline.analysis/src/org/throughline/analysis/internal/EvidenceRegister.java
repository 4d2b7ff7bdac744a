// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.blank;
import static org.throughline.analysis.internal.Elements.label;
import static org.throughline.analysis.internal.Elements.name;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.Routes;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.EvidenceStrength;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Priority;

/**
 * The evidence and assumption register: every assumption and piece of evidence the theory of
 * change and the delivery chains record, with its strength and what rests on it, the weakest
 * first. A contribution between outcomes (A contributes to B) carries assumptions and evidence
 * rated for strength; what rests on it is B and every outcome B contributes to, directly or
 * further on, and the priorities pursuing any of them. A link carries the evidence behind its
 * strength and the assumptions it works under; what rests on it is its chain's outcome and
 * priority, and the groups of people served whose strongest route runs through it. A
 * contribution with neither assumptions nor evidence is listed too: nothing supports it.
 */
public final class EvidenceRegister {

    private EvidenceRegister() {
    }

    /** One entry: its order (0 strongest, 3 weakest), and its row. */
    private record Entry(int weakness, int resting, Row row) {
    }

    static final Analysis REGISTER = input -> {
        List<Entry> entries = new ArrayList<>();
        List<Priority> priorities = all(input, Priority.class);
        // Which priorities pursue each outcome (by their position): asked for every claim, not answered by asking every priority.
        Map<Outcome, List<Integer>> pursuedBy = new IdentityHashMap<>();
        for (int i = 0; i < priorities.size(); i++) {
            for (Outcome outcome : priorities.get(i).getOutcomes()) {
                List<Integer> by = pursuedBy.computeIfAbsent(outcome, k -> new ArrayList<>(1));
                if (by.isEmpty() || by.get(by.size() - 1).intValue() != i) {
                    by.add(Integer.valueOf(i));
                }
            }
        }
        int assumptions = 0;
        int evidence = 0;
        for (OutcomeContribution contribution : all(input, OutcomeContribution.class)) {
            if (!(contribution.eContainer() instanceof Outcome from) || contribution.getTarget() == null) {
                continue;
            }
            List<Outcome> resting = downstream(contribution.getTarget());
            List<Priority> pursuing = resting.stream().flatMap(o -> pursuedBy.getOrDefault(o, List.of()).stream())
                    .mapToInt(Integer::intValue).sorted().distinct().mapToObj(priorities::get).toList();
            String about = RegisterMessages.bind(RegisterMessages.register_step, name(from), name(contribution.getTarget()));
            EvidenceStrength strength = EvidenceAnalysis.strength(contribution);
            String strengthText = strength == EvidenceStrength.NONE ? RegisterMessages.register_noEvidence
                    : RegisterMessages.bind(RegisterMessages.register_evidenceStrength, label(strength));
            String rests = RegisterMessages.bind(RegisterMessages.register_outcomes, names(resting));
            int weakness = strength.getValue();
            int weight = resting.size() + pursuing.size();
            if (!blank(contribution.getAssumptions())) {
                assumptions++;
                entries.add(new Entry(weakness, weight, row(contribution, RegisterMessages.register_assumption,
                        contribution.getAssumptions(), about, strengthText, rests, pursuing)));
            }
            if (!blank(contribution.getEvidence())) {
                evidence++;
                entries.add(new Entry(weakness, weight, row(contribution, RegisterMessages.register_evidence, contribution.getEvidence(),
                        about, strengthText, rests, pursuing)));
            }
            if (blank(contribution.getAssumptions()) && blank(contribution.getEvidence())) {
                entries.add(new Entry(weakness, weight, row(contribution, RegisterMessages.register_nothing,
                        RegisterMessages.register_nothingClaim, about, strengthText, rests, pursuing)));
            }
        }
        for (DeliveryChain chain : all(input, DeliveryChain.class)) {
            Routes routes = null;
            for (Link link : chain.getLinks()) {
                if (blank(link.getAssumptions()) && blank(link.getEvidence())) {
                    continue;
                }
                routes = routes == null ? Routes.of(chain) : routes;
                List<BeneficiaryGroup> groups = new ArrayList<>();
                for (Routes.Group group : routes.groups()) {
                    if (group.strongest() != null && group.strongest().links().contains(link)) {
                        groups.add(group.group());
                    }
                }
                Set<Priority> pursuing = new LinkedHashSet<>();
                if (chain.getPriority() != null) {
                    pursuing.add(chain.getPriority());
                }
                if (chain.getOutcome() != null) {
                    pursuedBy.getOrDefault(chain.getOutcome(), List.of()).forEach(i -> pursuing.add(priorities.get(i.intValue())));
                }
                List<String> rests = new ArrayList<>();
                rests.add(RegisterMessages.bind(RegisterMessages.register_chain, name(chain)));
                if (chain.getOutcome() != null) {
                    rests.add(RegisterMessages.bind(RegisterMessages.register_outcomes, name(chain.getOutcome())));
                }
                if (!groups.isEmpty()) {
                    rests.add(RegisterMessages.bind(RegisterMessages.register_groups, names(groups)));
                }
                String about = RegisterMessages.bind(RegisterMessages.register_step, name(link.getSource()), name(link.getTarget()));
                String strengthText = RegisterMessages.bind(RegisterMessages.register_linkStrength, label(link.getStrength()));
                int weakness = weakness(link.getStrength());
                int weight = groups.size() + pursuing.size() + (chain.getOutcome() == null ? 0 : 1);
                List<Priority> priorityList = List.copyOf(pursuing);
                if (!blank(link.getAssumptions())) {
                    assumptions++;
                    entries.add(new Entry(weakness, weight, row(link, RegisterMessages.register_assumption, link.getAssumptions(), about,
                            strengthText, String.join("; ", rests), priorityList))); //$NON-NLS-1$
                }
                if (!blank(link.getEvidence())) {
                    evidence++;
                    entries.add(new Entry(weakness, weight, row(link, RegisterMessages.register_evidence, link.getEvidence(), about,
                            strengthText, String.join("; ", rests), priorityList))); //$NON-NLS-1$
                }
            }
        }
        // Weakest first; of equal strength, the one more rests on first.
        entries.sort(Comparator.comparingInt(Entry::weakness).reversed().thenComparing(Comparator.comparingInt(Entry::resting).reversed()));
        List<Row> rows = entries.stream().map(Entry::row).toList();
        String headline;
        List<Entry> weak = entries.stream().filter(e -> e.weakness() >= 2).toList();
        if (entries.isEmpty()) {
            headline = RegisterMessages.register_none;
        } else if (weak.isEmpty()) {
            headline = Elements.format(RegisterMessages.register_allSound, Integer.valueOf(assumptions), Integer.valueOf(evidence));
        } else {
            List<String> items = new ArrayList<>();
            for (Entry entry : weak.subList(0, Math.min(3, weak.size()))) {
                List<Object> cells = entry.row().cells();
                items.add(RegisterMessages.bind(RegisterMessages.register_weakItem, new Object[] { cells.get(2), cells.get(0), cells.get(3),
                        cells.get(4) }));
            }
            headline = Elements.format(RegisterMessages.register_headline, Integer.valueOf(assumptions), Integer.valueOf(evidence),
                    Integer.valueOf(weak.size()), String.join("; ", items)); //$NON-NLS-1$
        }
        return new AnalysisResult(headline, List.of(RegisterMessages.register_columnKind, RegisterMessages.register_columnClaim,
                RegisterMessages.register_columnAbout, RegisterMessages.register_columnStrength, RegisterMessages.register_columnRestsOn,
                RegisterMessages.register_columnPriorities), rows);
    };

    private static Row row(EObject element, String kind, String claim, String about, String strength, String rests,
            List<Priority> priorities) {
        return new Row(element, Arrays.asList(kind, claim.strip(), about, strength, rests, names(priorities)));
    }

    /** @return how weak a link's strength leaves the evidence behind it: broken and unknown as weak as none */
    private static int weakness(LinkStrength strength) {
        return switch (strength) {
            case STRONG -> 0;
            case ADEQUATE -> 1;
            case WEAK -> 2;
            default -> 3;
        };
    }

    /**
     * @param outcome an outcome
     * @return it and every outcome it contributes to, directly or further on, nearest first
     */
    public static List<Outcome> downstream(Outcome outcome) {
        List<Outcome> found = new ArrayList<>();
        Set<Outcome> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Outcome> queue = new ArrayDeque<>(List.of(outcome));
        seen.add(outcome);
        while (!queue.isEmpty()) {
            Outcome next = queue.poll();
            found.add(next);
            for (OutcomeContribution contribution : next.getContributions()) {
                if (contribution.getTarget() != null && seen.add(contribution.getTarget())) {
                    queue.add(contribution.getTarget());
                }
            }
        }
        return found;
    }

    private static String names(List<? extends EObject> elements) {
        return String.join(", ", elements.stream().map(Elements::name).toList()); //$NON-NLS-1$
    }
}
