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
