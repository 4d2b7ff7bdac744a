// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.Assessment;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Indicator;
import org.throughline.model.Initiative;
import org.throughline.model.Issue;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.Risk;
import org.throughline.model.Service;
import org.throughline.model.Stocktake;

/**
 * Everything in a model that bears on one priority, as a stocktake sees it. What bears on it (its
 * outcomes, their indicators and the indicators balancing them, its chains, services and plans)
 * is {@link org.throughline.analysis.api.PriorityScope}'s answer, the one validation uses too;
 * here it is joined by the assessments of it, every action agreed at a stocktake that reviewed
 * or judged it (whatever the action addresses), and the actions, risks and issues that concern
 * anything in its scope.
 */
public final class PriorityScope {

    private final Priority priority;
    private final org.throughline.analysis.api.PriorityScope scope;
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Risk> risks = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<Stocktake> stocktakes = new ArrayList<>();
    /** The links and actors of its chains, and the owners and providers of its services, to answer "is it here" at once. */
    private final Set<EObject> chainLinks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<EObject> chainActors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<EObject> serviceActors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<EObject> held = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param catalogue the model's index
     * @param priority  a priority
     * @return what bears on the priority; worked out once per report ({@link Catalogue#scope(Priority)})
     */
    public static PriorityScope of(Catalogue catalogue, Priority priority) {
        return catalogue.scope(priority);
    }

    /**
     * @param catalogue the model's index
     * @param scopes    the index of what can bear on the model's priorities
     * @param priority  a priority
     */
    PriorityScope(Catalogue catalogue, org.throughline.analysis.api.PriorityScope.Index scopes, Priority priority) {
        this.priority = priority;
        this.scope = scopes.of(priority);
        for (Catalogue.Incoming in : catalogue.incoming(priority)) {
            if (in.source() instanceof Assessment assessment && assessment.getSubject() == priority && !assessments.contains(assessment)) {
                assessments.add(assessment);
            }
            if (in.source() instanceof Stocktake stocktake && !stocktakes.contains(stocktake)) {
                stocktakes.add(stocktake);
            }
        }
        for (Assessment assessment : assessments) {
            if (assessment.eContainer() instanceof Stocktake stocktake && !stocktakes.contains(stocktake)) {
                stocktakes.add(stocktake);
            }
            for (Catalogue.Incoming in : catalogue.incoming(assessment)) {
                if (in.source() instanceof Stocktake stocktake && !stocktakes.contains(stocktake)) {
                    stocktakes.add(stocktake);
                }
            }
        }
        assessments.sort(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stocktake stocktake : stocktakes) {
            for (Action action : stocktake.getActionsAgreed()) {
                if (seen.add(action)) {
                    actions.add(action);
                }
            }
        }
        for (EObject element : scope.elements()) {
            // Only actions, risks and issues count here: the shared actors of every chain are referred to by all the model.
            for (Catalogue.Incoming in : catalogue.concerns(element)) {
                if (!seen.add(in.source())) {
                    continue;
                }
                if (in.source() instanceof Action action && action.getAddresses().contains(element)) {
                    actions.add(action);
                } else if (in.source() instanceof Risk risk && risk.getAffects().contains(element)) {
                    risks.add(risk);
                } else if (in.source() instanceof Issue issue && issue.getAffects().contains(element)) {
                    issues.add(issue);
                } else {
                    seen.remove(in.source());
                }
            }
        }
        actions.sort(Comparator.comparing(Action::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        for (DeliveryChain chain : scope.chains()) {
            chainLinks.addAll(chain.getLinks());
            chainActors.addAll(chain.getActors());
        }
        for (Service service : scope.services()) {
            if (service.getOwner() != null) {
                serviceActors.add(service.getOwner());
            }
            if (service.getProvider() != null) {
                serviceActors.add(service.getProvider());
            }
        }
        held.addAll(scope.indicators());
        held.addAll(scope.services());
        held.addAll(scope.initiatives());
        held.addAll(scope.outcomes());
        held.addAll(scope.chains());
    }

    /**
     * @param catalogue the model's index
     * @return the index of what can bear on each of the model's priorities
     */
    static org.throughline.analysis.api.PriorityScope.Index index(Catalogue catalogue) {
        // Found among the catalogue's elements by class: a report asks about every priority, and a
        // walk of the model for each one cost seconds on a model of 953 priorities.
        return org.throughline.analysis.api.PriorityScope.index(kind -> catalogue.byClass().entrySet().stream()
                .filter(entry -> kind.isSuperTypeOf(entry.getKey())).flatMap(entry -> entry.getValue().stream()).toList());
    }

    /** @return the priority */
    public Priority priority() {
        return priority;
    }

    /** @return its outcomes */
    public List<Outcome> outcomes() {
        return scope.outcomes();
    }

    /** @return the indicators measuring its outcomes, each followed by those that balance it */
    public List<Indicator> indicators() {
        return scope.indicators();
    }

    /** @return the chains delivering it or its outcomes */
    public List<DeliveryChain> chains() {
        return scope.chains();
    }

    /** @return the services serving its outcomes, then the other services its user journeys run through */
    public List<Service> services() {
        return scope.services();
    }

    /** @return the programmes and projects serving its outcomes */
    public List<Initiative> initiatives() {
        return scope.initiatives();
    }

    /** @return the assessments of its likelihood of delivery, oldest first */
    public List<Assessment> assessments() {
        return Collections.unmodifiableList(assessments);
    }

    /**
     * @return every action agreed at a stocktake that reviewed or judged it, whatever it addresses,
     *         and the actions addressing anything in its scope; soonest due first
     */
    public List<Action> actions() {
        return Collections.unmodifiableList(actions);
    }

    /** @return the risks affecting it or anything in its scope */
    public List<Risk> risks() {
        return Collections.unmodifiableList(risks);
    }

    /** @return the issues affecting it or anything in its scope */
    public List<Issue> issues() {
        return Collections.unmodifiableList(issues);
    }

    /** @return the links of its chains that are weak, broken or of unknown strength */
    public List<Link> weakLinks() {
        Set<Link> weak = new LinkedHashSet<>();
        for (DeliveryChain chain : chains()) {
            for (Link link : chain.getLinks()) {
                if (isWeak(link)) {
                    weak.add(link);
                }
            }
        }
        return new ArrayList<>(weak);
    }

    /**
     * @param link a link
     * @return whether it is weak, broken or of unknown strength
     */
    public static boolean isWeak(Link link) {
        return link.getStrength() == LinkStrength.WEAK || link.getStrength() == LinkStrength.BROKEN
                || link.getStrength() == LinkStrength.UNKNOWN;
    }

    /**
     * @param actor an actor
     * @return whether it is in one of the priority's chains
     */
    public boolean inChains(Actor actor) {
        return chainActors.contains(actor);
    }

    /**
     * @param link a link
     * @return whether it is a link of one of the priority's chains
     */
    public boolean inChains(Link link) {
        return chainLinks.contains(link);
    }

    /**
     * @param actor an actor
     * @return whether it owns or provides one of the priority's services
     */
    public boolean ownsOrProvidesAService(EObject actor) {
        return serviceActors.contains(actor);
    }

    /**
     * @param element an element
     * @return whether it is one of the priority's indicators, services, programmes and projects, outcomes or chains
     */
    public boolean holds(EObject element) {
        return held.contains(element);
    }

    /**
     * @return every element that may be the priority's own: the links and actors of its chains,
     *         the owners and providers of its services, what it {@link #holds(EObject) holds}, its
     *         services' steps, and the priority itself
     */
    public List<EObject> members() {
        List<EObject> members = new ArrayList<>(chainLinks);
        members.addAll(chainActors);
        members.addAll(serviceActors);
        members.addAll(held);
        for (EObject each : held) {
            if (each instanceof Service service) {
                members.addAll(service.getSteps());
            }
        }
        members.add(priority);
        return members;
    }
}
