// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.label;
import static org.throughline.analysis.internal.Elements.name;
import static org.throughline.analysis.internal.Elements.type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.Routes;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Benefit;
import org.throughline.model.Criticality;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Deliverable;
import org.throughline.model.Dependency;
import org.throughline.model.Indicator;
import org.throughline.model.Initiative;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.Milestone;
import org.throughline.model.Mission;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Programme;
import org.throughline.model.Role;
import org.throughline.model.Service;
import org.throughline.model.Team;
import org.throughline.model.UserJourney;

/**
 * What if this actor, link or project fails: what depends on it, ranked by criticality. By
 * default the failure is followed through what really depends on it: the delivery chains (who
 * the centre no longer reaches, as {@link Routes} defines a route), the services and steps it
 * provides and their users, what it owns, the dependencies recorded on it, the projects of a
 * failing programme, the outcomes and priorities those serve, and the indicators a data link
 * reports. It stops there: a project's programme, a priority's mission, the outcomes an outcome
 * contributes to and the people an outcome is for are reached only when asked to go further
 * ({@link AnalysisInput#FURTHER}). A path is as critical as its least critical step; an element
 * takes its most critical path. People are counted once ({@link Routes#peopleAtLeast(List)}).
 */
final class ImpactAnalysis {

    private ImpactAnalysis() {
    }

    /** Whether an edge goes from a whole to its parts, from a part to its whole, or neither. */
    enum Direction {
        ACROSS, DOWN, UP
    }

    /** One way the failure of an element spreads to another. */
    record Edge(EObject to, Criticality criticality, String how, Direction direction) {
    }

    /**
     * How an affected element was reached: the most critical path, then the shortest. A whole
     * reached through one failing part is harmed, but its other parts do not fail with it.
     */
    record Reached(EObject element, Criticality criticality, int steps, Reached previous, String how, boolean partly) {
    }

    /** The model's references, read backwards once: from each element to what fails with it. */
    static final class Graph {
        private final Map<EObject, List<Edge>> edges = new IdentityHashMap<>();
        private final boolean further;
        /** The graph of the whole model this one adds a subject's own edges to, or null. */
        private final Graph base;

        Graph(boolean further) {
            this.further = further;
            this.base = null;
        }

        /** A graph that reads the base's edges and keeps its own apart, leaving the base as it is. */
        Graph(Graph base) {
            this.further = base.further;
            this.base = base;
        }

        void add(EObject from, EObject to, Criticality criticality, String how) {
            add(from, to, criticality, how, Direction.ACROSS);
        }

        void add(EObject from, EObject to, Criticality criticality, String how, Direction direction) {
            if (from != null && to != null && from != to) {
                edges.computeIfAbsent(from, k -> new ArrayList<>()).add(new Edge(to, criticality, how, direction));
            }
        }

        List<Edge> from(EObject element) {
            List<Edge> own = edges.getOrDefault(element, List.of());
            if (base == null) {
                return own;
            }
            List<Edge> inBase = base.from(element);
            if (own.isEmpty() || inBase.isEmpty()) {
                return own.isEmpty() ? inBase : own;
            }
            List<Edge> both = new ArrayList<>(inBase);
            both.addAll(own);
            return both;
        }

        /** An edge followed only when asked to go further than what depends directly. */
        void wider(EObject from, EObject to, Criticality criticality, String how, Direction direction) {
            if (further) {
                add(from, to, criticality, how, direction);
            }
        }

        static Graph of(Model model, boolean further) {
            Graph graph = new Graph(further);
            for (TreeIterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
                graph.read(contents.next());
            }
            return graph;
        }

        private void read(EObject element) {
            if ((element instanceof Deliverable || element instanceof Mission)
                    && element.eClass().getEStructuralFeature("owner") instanceof EStructuralFeature owner //$NON-NLS-1$
                    && element.eGet(owner) instanceof Role role) {
                add(role, element, Criticality.MEDIUM, Messages.bind(Messages.impact_ownedBy, name(role)));
            }
            switch (element) {
                case Organisation organisation -> add(organisation.getParent(), organisation, Criticality.HIGH,
                        Messages.bind(Messages.impact_partOf, name(organisation.getParent())));
                case Role role -> add(role.getOrganisation(), role, Criticality.HIGH,
                        Messages.bind(Messages.impact_roleIn, name(role.getOrganisation())));
                case Team team -> add(team.getOrganisation(), team, Criticality.HIGH,
                        Messages.bind(Messages.impact_roleIn, name(team.getOrganisation())));
                case Priority priority -> {
                    add(priority.getLeadOrganisation(), priority, Criticality.HIGH,
                            Messages.bind(Messages.impact_ledBy, name(priority.getLeadOrganisation())));
                    wider(priority, priority.getMission(), Criticality.HIGH, Messages.bind(Messages.impact_servesMission, name(priority)),
                            Direction.ACROSS);
                    for (Outcome outcome : priority.getOutcomes()) {
                        add(outcome, priority, Criticality.HIGH, Messages.bind(Messages.impact_deliveredThrough, name(outcome)));
                    }
                }
                case Mission mission -> {
                    for (Outcome outcome : mission.getOutcomes()) {
                        wider(outcome, mission, Criticality.HIGH, Messages.bind(Messages.impact_deliveredThrough, name(outcome)),
                                Direction.ACROSS);
                    }
                }
                case Outcome outcome -> {
                    for (BeneficiaryGroup group : outcome.getBeneficiaries()) {
                        wider(outcome, group, Criticality.HIGH, Messages.bind(Messages.impact_benefitFrom, name(outcome)),
                                Direction.ACROSS);
                    }
                }
                case OutcomeContribution contribution -> wider(contribution.eContainer(), contribution.getTarget(), Criticality.MEDIUM,
                        Messages.bind(Messages.impact_contributes, name(contribution.eContainer()), name(contribution)), Direction.ACROSS);
                case Benefit benefit -> add(benefit.getOutcome(), benefit, Criticality.HIGH,
                        Messages.bind(Messages.impact_benefitOf, name(benefit.getOutcome())));
                case Service service -> {
                    add(service.getProvider(), service, Criticality.CRITICAL, Messages.bind(Messages.impact_providedBy,
                            name(service.getProvider())));
                    for (Outcome outcome : service.getOutcomes()) {
                        add(service, outcome, Criticality.HIGH, Messages.bind(Messages.impact_served, name(service)));
                    }
                    for (BeneficiaryGroup group : service.getUsers()) {
                        add(service, group, Criticality.CRITICAL, Messages.bind(Messages.impact_use, name(service)));
                    }
                    for (ProcessStep step : service.getSteps()) {
                        add(service, step, Criticality.CRITICAL, Messages.bind(Messages.impact_stepOf, name(service)), Direction.DOWN);
                        add(step, service, Criticality.HIGH, Messages.bind(Messages.impact_hasStep, name(step)), Direction.UP);
                    }
                }
                case ProcessStep step -> add(step.getPerformedBy(), step, Criticality.CRITICAL,
                        Messages.bind(Messages.impact_performedBy, name(step.getPerformedBy())));
                case UserJourney journey -> {
                    for (ProcessStep step : journey.getSteps()) {
                        add(step, journey, Criticality.HIGH, Messages.bind(Messages.impact_journeyStep, name(step)));
                    }
                    for (BeneficiaryGroup group : journey.getUsers()) {
                        add(journey, group, Criticality.HIGH, Messages.bind(Messages.impact_journeyOf, name(journey)));
                    }
                }
                case Initiative initiative -> readInitiative(initiative);
                case Milestone milestone -> add(milestone, milestone.eContainer(), Criticality.MEDIUM,
                        Messages.bind(Messages.impact_milestoneOf, name(milestone)), Direction.UP);
                case Dependency dependency -> add(dependency.getTo(), dependency.getFrom(),
                        dependency.getCriticality() == null ? Criticality.NOT_SET : dependency.getCriticality(),
                        Messages.bind(Messages.impact_dependsOn, new Object[] { name(dependency.getTo()), label(dependency.getKind()),
                                name(dependency) }));
                default -> {
                    // Other elements spread nothing further.
                }
            }
        }

        private void readInitiative(Initiative initiative) {
            for (Milestone milestone : initiative.getMilestones()) {
                add(initiative, milestone, Criticality.CRITICAL, Messages.bind(Messages.impact_milestone, name(initiative)),
                        Direction.DOWN);
            }
            for (Outcome outcome : initiative.getOutcomes()) {
                add(initiative, outcome, Criticality.HIGH, Messages.bind(Messages.impact_plannedBy, name(initiative)));
            }
            for (Benefit benefit : initiative.getBenefits()) {
                add(initiative, benefit, Criticality.HIGH, Messages.bind(Messages.impact_plannedBy, name(initiative)));
            }
            if (initiative instanceof Programme programme) {
                for (Initiative project : programme.getProjects()) {
                    add(programme, project, Criticality.CRITICAL, Messages.bind(Messages.impact_projectOf, name(programme)),
                            Direction.DOWN);
                    wider(project, programme, Criticality.HIGH, Messages.bind(Messages.impact_hasProject, name(project)), Direction.UP);
                }
            }
        }

        /**
         * The chains: who the centre no longer reaches without the subject, what those chains
         * deliver, and the indicators their data links report (the chain's "how will we know").
         */
        void addChains(Chains chains, EObject subject) {
            // A data link that names the indicators it carries feeds those, wherever it is drawn.
            for (Link link : chains.namingFrom(subject)) {
                if (link != subject) {
                    add(subject, link, Criticality.HIGH, Messages.bind(Messages.impact_reportsThrough, name(link.getSource())));
                }
                for (Indicator indicator : link.getReports()) {
                    add(link, indicator, Criticality.HIGH, Messages.bind(Messages.impact_feeds, name(link)));
                }
            }
            for (DeliveryChain chain : chains.with(subject)) {
                Actor without = subject instanceof Actor actor ? actor : null;
                Link skip = subject instanceof Link link ? link : null;
                for (Link link : chain.getLinks()) {
                    // One that names none is read by its chain: the indicators of the chain's outcomes.
                    if (dataFrom(link, subject) && link.getReports().isEmpty()) {
                        if (link != subject) {
                            add(subject, link, Criticality.HIGH, Messages.bind(Messages.impact_reportsThrough, name(without)));
                        }
                        for (Indicator indicator : reported(chain, chains.measuring)) {
                            add(link, indicator, Criticality.HIGH, Messages.bind(Messages.impact_feedsByChain, name(link)));
                        }
                    }
                }
                Routes routes = Routes.of(chain);
                Set<Actor> before = routes.reach(null, null);
                Set<Actor> after = routes.reach(without, skip);
                boolean peopleLost = false;
                for (Actor actor : chain.getActors()) {
                    if (actor != subject && before.contains(actor) && !after.contains(actor)) {
                        add(subject, actor, Criticality.CRITICAL, Messages.bind(Messages.impact_cutOff, name(chain)));
                        peopleLost |= actor instanceof BeneficiaryGroup;
                    }
                }
                if (peopleLost) {
                    add(subject, chain.getPriority(), Criticality.HIGH, Messages.bind(Messages.impact_chainLoses, name(chain)));
                    add(subject, chain.getOutcome(), Criticality.HIGH, Messages.bind(Messages.impact_chainLoses, name(chain)));
                }
            }
        }
    }

    /**
     * The chains and data links of a model, found once for every subject asked about: the
     * indicators of each outcome, the data links that name indicators by the actor that sends
     * them, and the chains each actor or link is in, each in the model's order.
     */
    static final class Chains {
        private final Map<Outcome, List<Indicator>> measuring = new IdentityHashMap<>();
        private final Map<EObject, List<Link>> naming = new IdentityHashMap<>();
        private final Map<EObject, List<DeliveryChain>> chainsOf = new IdentityHashMap<>();

        Chains(Elements.Kinds kinds) {
            for (Indicator indicator : kinds.all(Indicator.class)) {
                if (indicator.getMeasures() != null) {
                    measuring.computeIfAbsent(indicator.getMeasures(), k -> new ArrayList<>()).add(indicator);
                }
            }
            for (Link link : kinds.all(Link.class)) {
                if (link.getKind() == LinkKind.DATA_AND_REPORTING && !link.getReports().isEmpty()) {
                    naming.computeIfAbsent(link, k -> new ArrayList<>(1)).add(link);
                    if (link.getSource() != null) {
                        naming.computeIfAbsent(link.getSource(), k -> new ArrayList<>(1)).add(link);
                    }
                }
            }
            for (DeliveryChain chain : kinds.all(DeliveryChain.class)) {
                for (Actor actor : chain.getActors()) {
                    in(actor, chain);
                }
                for (Link link : chain.getLinks()) {
                    in(link, chain);
                }
            }
        }

        private void in(EObject member, DeliveryChain chain) {
            List<DeliveryChain> of = chainsOf.computeIfAbsent(member, k -> new ArrayList<>(1));
            if (of.isEmpty() || of.get(of.size() - 1) != chain) {
                of.add(chain);
            }
        }

        /** @return the data links naming indicators that fail with the subject (it, or the actor that sends them), in the model's order */
        List<Link> namingFrom(EObject subject) {
            return naming.getOrDefault(subject, List.of());
        }

        /** @return the chains the subject is an actor or a link of, in the model's order */
        List<DeliveryChain> with(EObject subject) {
            return subject instanceof Actor || subject instanceof Link ? chainsOf.getOrDefault(subject, List.of()) : List.of();
        }
    }

    /** @return whether the link is a data and reporting link that fails with the subject (it, or the actor that sends it) */
    private static boolean dataFrom(Link link, EObject subject) {
        return link.getKind() == LinkKind.DATA_AND_REPORTING
                && (link == subject || link.getSource() != null && link.getSource() == subject);
    }

    /**
     * The indicators a chain's data link is taken to report when it names none: those measuring
     * the outcomes of the chain and of its priority.
     */
    private static List<Indicator> reported(DeliveryChain chain, Map<Outcome, List<Indicator>> measuring) {
        Set<Outcome> outcomes = new LinkedHashSet<>();
        if (chain.getOutcome() != null) {
            outcomes.add(chain.getOutcome());
        }
        if (chain.getPriority() != null) {
            outcomes.addAll(chain.getPriority().getOutcomes());
        }
        List<Indicator> indicators = new ArrayList<>();
        outcomes.forEach(o -> indicators.addAll(measuring.getOrDefault(o, List.of())));
        return indicators;
    }

    /** The graph of a whole model and its elements by kind: what every subject's run reads. */
    record Whole(Model model, boolean further, Graph graph, Elements.Kinds kinds, Chains chains) {
        Whole(Model model, boolean further) {
            this(model, further, Graph.of(model, further), new Elements.Kinds(model));
        }

        Whole(Model model, boolean further, Graph graph, Elements.Kinds kinds) {
            this(model, further, graph, kinds, new Chains(kinds));
        }
    }

    /** The last whole model read for a caller that said its model stays as it is (a report). */
    private static java.lang.ref.SoftReference<Whole> last = new java.lang.ref.SoftReference<>(null);

    /**
     * @return the whole model's graph, read again unless the caller said the model is a view
     *         that stays as it is while it asks ({@link AnalysisInput#KNOWN}) and it was read last
     */
    private static synchronized Whole whole(AnalysisInput input, boolean further) {
        if (!input.has(AnalysisInput.KNOWN)) {
            return new Whole(input.model(), further);
        }
        Whole cached = last.get();
        if (cached == null || cached.model() != input.model() || cached.further() != further) {
            cached = new Whole(input.model(), further, Graph.of(input.model(), further), Elements.kinds(input));
            last = new java.lang.ref.SoftReference<>(cached);
        }
        return cached;
    }

    /**
     * @param whole   what the model's graph and elements are
     * @param subject the element that fails
     * @return everything affected, each by its most critical (then shortest) path, in that order
     */
    private static List<Reached> affected(Whole whole, EObject subject) {
        Graph graph = new Graph(whole.graph());
        graph.addChains(whole.chains(), subject);
        Map<EObject, Reached> best = new IdentityHashMap<>();
        Comparator<Reached> order = Comparator.comparingInt((Reached r) -> severity(r.criticality())).thenComparingInt(Reached::steps)
                .thenComparing(Reached::partly);
        PriorityQueue<Reached> queue = new PriorityQueue<>(order);
        Reached start = new Reached(subject, Criticality.CRITICAL, 0, null, null, false);
        best.put(subject, start);
        queue.add(start);
        Set<EObject> done = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Reached> affected = new ArrayList<>();
        while (!queue.isEmpty()) {
            Reached current = queue.poll();
            if (!done.add(current.element())) {
                continue;
            }
            if (current != start) {
                affected.add(current);
            }
            for (Edge edge : graph.from(current.element())) {
                if (current.partly() && edge.direction() == Direction.DOWN) {
                    continue;
                }
                Criticality criticality = severity(edge.criticality()) > severity(current.criticality()) ? edge.criticality()
                        : current.criticality();
                Reached next = new Reached(edge.to(), criticality, current.steps() + 1, current, edge.how(),
                        edge.direction() == Direction.UP);
                Reached known = best.get(edge.to());
                if (!done.contains(edge.to()) && (known == null || order.compare(next, known) < 0)) {
                    best.put(edge.to(), next);
                    queue.add(next);
                }
            }
        }
        return affected;
    }

    /**
     * @return the order of a criticality, most critical first; a dependency nobody has judged
     *         comes after the least critical, so a path through it is never called critical
     */
    static int severity(Criticality criticality) {
        return criticality == Criticality.NOT_SET ? Criticality.LOW.getValue() + 1 : criticality.getValue();
    }

    /** The order kinds of element are listed in, within one criticality: what ministers ask about first. */
    private static int rank(EObject element) {
        return switch (element) {
            case Mission m -> 0;
            case Priority p -> 1;
            case Outcome o -> 2;
            case BeneficiaryGroup g -> 3;
            case Service s -> 4;
            case UserJourney j -> 5;
            case Benefit b -> 6;
            case Initiative i -> 7;
            case ProcessStep s -> 8;
            case Milestone m -> 9;
            default -> 10;
        };
    }

    static final Analysis IMPACT = input -> {
        EObject subject = input.subject();
        if (!(subject instanceof Actor || subject instanceof Link || subject instanceof Deliverable)) {
            throw new AnalysisException(Messages.bind(Messages.impact_badSubject, subject == null ? "" : name(subject), //$NON-NLS-1$
                    subject == null ? "" : type(subject))); //$NON-NLS-1$
        }
        boolean further = input.has(AnalysisInput.FURTHER);
        List<Reached> affected = new ArrayList<>(affected(whole(input, further), subject));
        affected.sort(Comparator.comparingInt((Reached r) -> severity(r.criticality())).thenComparingInt(r -> rank(r.element()))
                .thenComparingInt(Reached::steps));
        List<Row> rows = new ArrayList<>();
        int[] counts = new int[5];
        List<BeneficiaryGroup> groups = new ArrayList<>();
        int critical = 0;
        for (Reached r : affected) {
            EObject element = r.element();
            switch (element) {
                case Priority p -> counts[0]++;
                case Outcome o -> counts[1]++;
                case Service s -> counts[2]++;
                case BeneficiaryGroup g -> {
                    counts[3]++;
                    groups.add(g);
                }
                case Indicator i -> counts[4]++;
                default -> {
                    // counted in the total only
                }
            }
            critical += r.criticality() == Criticality.CRITICAL ? 1 : 0;
            List<String> route = new ArrayList<>();
            for (Reached step = r; step != null; step = step.previous()) {
                route.add(0, name(step.element()));
            }
            rows.add(new Row(element, Arrays.asList(element instanceof BeneficiaryGroup ? Messages.impact_peopleServed : type(element),
                    name(element), label(r.criticality()), Integer.valueOf(r.steps()), r.how(),
                    String.join(" \u2192 ", route)))); //$NON-NLS-1$
        }
        String headline = affected.isEmpty() ? Messages.bind(Messages.impact_nothing, name(subject))
                : Elements.format(Messages.impact_headline, new Object[] { name(subject), Integer.valueOf(counts[0]),
                        Integer.valueOf(counts[1]), Integer.valueOf(counts[2]), Integer.valueOf(counts[3]),
                        Integer.valueOf(affected.size()), Integer.valueOf(critical) });
        if (counts[4] > 0) {
            headline += ' ' + Elements.format(Messages.impact_indicators, Integer.valueOf(counts[4]));
        }
        long people = Routes.peopleAtLeast(groups);
        if (people > 0) {
            headline += ' ' + Elements.format(Messages.impact_people, String.format(java.util.Locale.ROOT, "%,d", //$NON-NLS-1$
                    Long.valueOf(people)), Integer.valueOf(groups.size()));
        }
        headline += ' ' + (further ? Messages.impact_further : Messages.impact_direct);
        return new AnalysisResult(headline, List.of(Messages.column_what, Messages.column_element, Messages.column_criticality,
                Messages.column_steps, Messages.column_how, Messages.column_through), rows);
    };

    /** @return the distinct names of what the subject's failure reaches, for tests and reports */
    static Set<String> names(List<Reached> affected) {
        Set<String> names = new LinkedHashSet<>();
        affected.forEach(r -> names.add(name(r.element())));
        return names;
    }
}
