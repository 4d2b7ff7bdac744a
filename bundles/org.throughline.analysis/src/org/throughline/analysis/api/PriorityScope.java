// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Indicator;
import org.throughline.model.Initiative;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Programme;
import org.throughline.model.Service;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.UserJourney;

/**
 * The one answer to "what bears on this priority", shared by validation (is a red judgement
 * answered by an action on anything here) and the stocktake pack (what the pack shows):
 * <ul>
 * <li>the priority and its outcomes;</li>
 * <li>the indicators measuring those outcomes, each followed at once by the indicators that
 * balance it (wherever those are);</li>
 * <li>the delivery chains of the priority or of its outcomes, with their links and actors;</li>
 * <li>the services serving its outcomes, and every other service a user journey through one of
 * them also runs through (a journey that crosses departments brings the other department's
 * service with it), with all their steps;</li>
 * <li>the programmes and projects serving its outcomes, the projects of those programmes, and
 * their milestones.</li>
 * </ul>
 */
public final class PriorityScope {

    /** The classes whose elements may bear on a priority without being contained in it. */
    private static final List<EClass> KINDS = List.of(ThroughlinePackage.Literals.INDICATOR, ThroughlinePackage.Literals.DELIVERY_CHAIN,
            ThroughlinePackage.Literals.SERVICE, ThroughlinePackage.Literals.USER_JOURNEY, ThroughlinePackage.Literals.INITIATIVE);

    private final Priority priority;
    private final List<Outcome> outcomes;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<DeliveryChain> chains = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final Set<EObject> elements = Collections.newSetFromMap(new IdentityHashMap<>());

    private PriorityScope(Priority priority, Function<EClass, ? extends Collection<? extends EObject>> kinds) {
        this.priority = priority;
        // A mutable list answers contains(null) (an indicator measuring nothing) with false, where List.copyOf throws.
        this.outcomes = Collections.unmodifiableList(new ArrayList<>(new LinkedHashSet<>(priority.getOutcomes())));
        List<Indicator> measuring = new ArrayList<>();
        List<UserJourney> journeys = new ArrayList<>();
        List<Service> allServices = new ArrayList<>();
        for (EObject each : kinds.apply(ThroughlinePackage.Literals.INDICATOR)) {
            if (outcomes.contains(((Indicator) each).getMeasures())) {
                measuring.add((Indicator) each);
            }
        }
        for (EObject each : kinds.apply(ThroughlinePackage.Literals.DELIVERY_CHAIN)) {
            DeliveryChain chain = (DeliveryChain) each;
            if (chain.getPriority() == priority || outcomes.contains(chain.getOutcome())) {
                chains.add(chain);
            }
        }
        for (EObject each : kinds.apply(ThroughlinePackage.Literals.SERVICE)) {
            allServices.add((Service) each);
        }
        for (EObject each : kinds.apply(ThroughlinePackage.Literals.USER_JOURNEY)) {
            journeys.add((UserJourney) each);
        }
        for (EObject each : kinds.apply(ThroughlinePackage.Literals.INITIATIVE)) {
            if (((Initiative) each).getOutcomes().stream().anyMatch(outcomes::contains)) {
                add((Initiative) each);
            }
        }
        for (Indicator indicator : measuring) {
            addIndicator(indicator);
            indicator.getBalancingIndicators().forEach(this::addIndicator);
        }
        for (Service service : allServices) {
            if (service.getOutcomes().stream().anyMatch(outcomes::contains)) {
                services.add(service);
            }
        }
        for (UserJourney journey : journeys) {
            if (journey.getSteps().stream().anyMatch(s -> services.contains(s.eContainer()))) {
                for (ProcessStep step : journey.getSteps()) {
                    if (step.eContainer() instanceof Service other && !services.contains(other)) {
                        services.add(other);
                    }
                }
            }
        }
        elements.add(priority);
        elements.addAll(outcomes);
        elements.addAll(indicators);
        for (DeliveryChain chain : chains) {
            elements.add(chain);
            elements.addAll(chain.getLinks());
            elements.addAll(chain.getActors());
        }
        for (Service service : services) {
            elements.add(service);
            elements.addAll(service.getSteps());
        }
        for (Initiative initiative : initiatives) {
            elements.add(initiative);
            elements.addAll(initiative.getMilestones());
        }
    }

    private static EObject root(EObject element) {
        EObject root = element;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        return root;
    }

    private void add(Initiative initiative) {
        if (!initiatives.contains(initiative)) {
            initiatives.add(initiative);
            if (initiative instanceof Programme programme) {
                programme.getProjects().forEach(this::add);
            }
        }
    }

    private void addIndicator(Indicator indicator) {
        if (indicator != null && !indicators.contains(indicator)) {
            indicators.add(indicator);
        }
    }

    /**
     * @param priority a priority in a model
     * @return what bears on it, worked out now
     */
    public static PriorityScope of(Priority priority) {
        Map<EClass, List<EObject>> found = new HashMap<>();
        for (TreeIterator<EObject> contents = root(priority).eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            for (EClass kind : KINDS) {
                if (kind.isSuperTypeOf(next.eClass())) {
                    found.computeIfAbsent(kind, k -> new ArrayList<>()).add(next);
                }
            }
        }
        return new PriorityScope(priority, kind -> found.getOrDefault(kind, List.of()));
    }

    /**
     * For asking about many priorities of one model: the scope found among the elements an index
     * of the model already holds, without walking the model for each priority.
     *
     * @param priority a priority in a model
     * @param kinds    every element of the model of a class (or its subclasses), in model order;
     *                 asked for indicators, delivery chains, services, user journeys and
     *                 initiatives
     * @return what bears on it, worked out now
     */
    public static PriorityScope of(Priority priority, Function<EClass, ? extends Collection<? extends EObject>> kinds) {
        return new PriorityScope(priority, kinds);
    }

    /**
     * For asking about every priority of one model that does not change meanwhile: each kind of
     * element is indexed once by the outcomes (and priorities) it serves, so that the scope of one
     * priority is found among the few elements that can bear on it. A report of a model of 953
     * priorities and 100,000 elements otherwise looked at every indicator, chain, service, journey
     * and initiative for each priority.
     *
     * @param kinds every element of the model of a class (or its subclasses), in model order;
     *              asked once each for indicators, delivery chains, services, user journeys and
     *              initiatives
     * @return the index: {@link Index#of(Priority)} gives the same answer as
     *         {@link #of(Priority, Function)} with these kinds
     */
    public static Index index(Function<EClass, ? extends Collection<? extends EObject>> kinds) {
        return new Index(kinds);
    }

    /**
     * The elements of one model that can bear on a priority, by the outcome or priority they
     * serve, each list in model order (see {@link PriorityScope#index(Function)}).
     */
    public static final class Index {

        private final Kind<Indicator> indicators;
        private final Kind<DeliveryChain> chains;
        private final Kind<Service> services;
        private final Kind<UserJourney> journeys;
        private final Kind<Initiative> initiatives;

        private Index(Function<EClass, ? extends Collection<? extends EObject>> kinds) {
            indicators = new Kind<>(kinds.apply(ThroughlinePackage.Literals.INDICATOR), Indicator.class,
                    i -> i.getMeasures() == null ? List.of() : List.of(i.getMeasures()));
            chains = new Kind<>(kinds.apply(ThroughlinePackage.Literals.DELIVERY_CHAIN), DeliveryChain.class, c -> {
                List<EObject> keys = new ArrayList<>(2);
                if (c.getPriority() != null) {
                    keys.add(c.getPriority());
                }
                if (c.getOutcome() != null) {
                    keys.add(c.getOutcome());
                }
                return keys;
            });
            services = new Kind<>(kinds.apply(ThroughlinePackage.Literals.SERVICE), Service.class, Service::getOutcomes);
            // A journey is found by each service its steps belong to.
            journeys = new Kind<>(kinds.apply(ThroughlinePackage.Literals.USER_JOURNEY), UserJourney.class, j -> {
                List<EObject> keys = new ArrayList<>();
                for (ProcessStep step : j.getSteps()) {
                    if (step.eContainer() != null) {
                        keys.add(step.eContainer());
                    }
                }
                return keys;
            });
            initiatives = new Kind<>(kinds.apply(ThroughlinePackage.Literals.INITIATIVE), Initiative.class, Initiative::getOutcomes);
        }

        /**
         * @param priority a priority of the indexed model
         * @return what bears on it, as {@link PriorityScope#of(Priority, Function)} finds it
         */
        public PriorityScope of(Priority priority) {
            List<EObject> keys = new ArrayList<>(priority.getOutcomes());
            List<Service> served = services.serving(keys);
            // Every journey that could run through a service of the scope: those through the
            // services serving its outcomes, and again through the services those journeys bring,
            // until no more come. The scope takes them in model order, as it takes all journeys.
            Set<EObject> reached = Collections.newSetFromMap(new IdentityHashMap<>());
            reached.addAll(served);
            List<EObject> frontier = new ArrayList<>(served);
            java.util.BitSet journeyPositions = new java.util.BitSet();
            while (!frontier.isEmpty()) {
                List<EObject> next = new ArrayList<>();
                for (int position : journeys.positions(frontier)) {
                    if (!journeyPositions.get(position)) {
                        journeyPositions.set(position);
                        for (ProcessStep step : journeys.all.get(position).getSteps()) {
                            if (step.eContainer() instanceof Service other && reached.add(other)) {
                                next.add(other);
                            }
                        }
                    }
                }
                frontier = next;
            }
            List<UserJourney> throughScope = journeyPositions.stream().mapToObj(journeys.all::get).toList();
            List<EObject> chainKeys = new ArrayList<>(keys);
            chainKeys.add(priority);
            Map<EClass, List<? extends EObject>> candidates = Map.of(ThroughlinePackage.Literals.INDICATOR, indicators.serving(keys),
                    ThroughlinePackage.Literals.DELIVERY_CHAIN, chains.serving(chainKeys), ThroughlinePackage.Literals.SERVICE, served,
                    ThroughlinePackage.Literals.USER_JOURNEY, throughScope, ThroughlinePackage.Literals.INITIATIVE,
                    initiatives.serving(keys));
            return new PriorityScope(priority, candidates::get);
        }
    }

    /** The elements of one kind, in model order, and where each is by the elements it serves. */
    private static final class Kind<T extends EObject> {

        final List<T> all = new ArrayList<>();
        final Map<EObject, List<Integer>> byKey = new IdentityHashMap<>();

        Kind(Collection<? extends EObject> elements, Class<T> type, Function<T, ? extends Collection<? extends EObject>> keys) {
            for (EObject each : elements) {
                T element = type.cast(each);
                Integer position = Integer.valueOf(all.size());
                all.add(element);
                for (EObject key : keys.apply(element)) {
                    List<Integer> at = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
                    if (at.isEmpty() || at.get(at.size() - 1).intValue() != position.intValue()) {
                        at.add(position);
                    }
                }
            }
        }

        /** @return the positions of the elements serving any of the keys, in model order, each once */
        int[] positions(Collection<? extends EObject> keys) {
            return keys.stream().flatMap(k -> byKey.getOrDefault(k, List.of()).stream()).mapToInt(Integer::intValue).sorted().distinct()
                    .toArray();
        }

        /** @return the elements serving any of the keys, in model order, each once */
        List<T> serving(Collection<? extends EObject> keys) {
            List<T> found = new ArrayList<>();
            for (int position : positions(keys)) {
                found.add(all.get(position));
            }
            return found;
        }
    }

    /** @return the priority */
    public Priority priority() {
        return priority;
    }

    /** @return its outcomes */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** @return the indicators measuring its outcomes, each followed by those that balance it */
    public List<Indicator> indicators() {
        return Collections.unmodifiableList(indicators);
    }

    /** @return the chains delivering it or its outcomes */
    public List<DeliveryChain> chains() {
        return Collections.unmodifiableList(chains);
    }

    /** @return the services serving its outcomes, then those its user journeys also run through */
    public List<Service> services() {
        return Collections.unmodifiableList(services);
    }

    /** @return the programmes and projects serving its outcomes, with the projects of those programmes */
    public List<Initiative> initiatives() {
        return Collections.unmodifiableList(initiatives);
    }

    /**
     * @param element an element
     * @return whether it bears on the priority: an action addressing it answers for the priority
     */
    public boolean contains(EObject element) {
        return elements.contains(element);
    }

    /** @return every element that bears on the priority */
    public Set<EObject> elements() {
        return Collections.unmodifiableSet(elements);
    }
}
