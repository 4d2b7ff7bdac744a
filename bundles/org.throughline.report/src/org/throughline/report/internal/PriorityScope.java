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
 * Everything in a model that bears on one priority, as a stocktake sees it: its outcomes and
 * their indicators, the chains that deliver it and their links and actors, the services and
 * initiatives serving its outcomes, the assessments of it, and the actions, risks and issues that
 * concern any of these.
 */
public final class PriorityScope {

    private final Priority priority;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<DeliveryChain> chains = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Risk> risks = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<Stocktake> stocktakes = new ArrayList<>();
    private final Set<EObject> concerned = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param catalogue the model's index
     * @param priority  a priority
     */
    public PriorityScope(Catalogue catalogue, Priority priority) {
        this.priority = priority;
        concerned.add(priority);
        outcomes.addAll(priority.getOutcomes());
        concerned.addAll(outcomes);
        for (Catalogue.Incoming in : incomingOfAll(catalogue, outcomes)) {
            if (in.source() instanceof Indicator indicator && indicator.getMeasures() != null && !indicators.contains(indicator)) {
                indicators.add(indicator);
            }
        }
        concerned.addAll(indicators);
        for (Catalogue.Incoming in : incomingOfAll(catalogue, List.of(priority))) {
            if (in.source() instanceof DeliveryChain chain && !chains.contains(chain)) {
                chains.add(chain);
            }
            if (in.source() instanceof Assessment assessment && assessment.getSubject() == priority) {
                assessments.add(assessment);
            }
            if (in.source() instanceof Stocktake stocktake && !stocktakes.contains(stocktake)) {
                stocktakes.add(stocktake);
            }
        }
        for (Catalogue.Incoming in : incomingOfAll(catalogue, outcomes)) {
            if (in.source() instanceof DeliveryChain chain && !chains.contains(chain)) {
                chains.add(chain);
            }
            if (in.source() instanceof Service service && !services.contains(service)) {
                services.add(service);
            }
            if (in.source() instanceof Initiative initiative && !initiatives.contains(initiative)) {
                initiatives.add(initiative);
            }
        }
        assessments.sort(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (DeliveryChain chain : chains) {
            concerned.add(chain);
            concerned.addAll(chain.getLinks());
            concerned.addAll(chain.getActors());
        }
        concerned.addAll(services);
        concerned.addAll(initiatives);
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EObject element : new ArrayList<>(concerned)) {
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
        for (Stocktake stocktake : stocktakes) {
            for (Action action : stocktake.getActionsAgreed()) {
                if (!actions.contains(action) && action.getAddresses().stream().anyMatch(concerned::contains)) {
                    actions.add(action);
                }
            }
        }
        actions.sort(Comparator.comparing(Action::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    private static List<Catalogue.Incoming> incomingOfAll(Catalogue catalogue, List<? extends EObject> targets) {
        List<Catalogue.Incoming> all = new ArrayList<>();
        for (EObject target : targets) {
            all.addAll(catalogue.incoming(target));
        }
        return all;
    }

    /** @return the priority */
    public Priority priority() {
        return priority;
    }

    /** @return its outcomes */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** @return the indicators measuring its outcomes */
    public List<Indicator> indicators() {
        return indicators;
    }

    /** @return the chains delivering it or its outcomes */
    public List<DeliveryChain> chains() {
        return chains;
    }

    /** @return the services serving its outcomes */
    public List<Service> services() {
        return services;
    }

    /** @return the programmes and projects serving its outcomes */
    public List<Initiative> initiatives() {
        return initiatives;
    }

    /** @return the assessments of its likelihood of delivery, oldest first */
    public List<Assessment> assessments() {
        return assessments;
    }

    /** @return the actions addressing it or anything in its scope, soonest due first */
    public List<Action> actions() {
        return actions;
    }

    /** @return the risks affecting it or anything in its scope */
    public List<Risk> risks() {
        return risks;
    }

    /** @return the issues affecting it or anything in its scope */
    public List<Issue> issues() {
        return issues;
    }

    /** @return the links of its chains that are weak, broken or of unknown strength */
    public List<Link> weakLinks() {
        Set<Link> weak = new LinkedHashSet<>();
        for (DeliveryChain chain : chains) {
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
        return chains.stream().anyMatch(c -> c.getActors().contains(actor));
    }
}
