// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Routes;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.Service;
import org.throughline.model.ThroughlinePackage;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleContext;

/** Is someone accountable for each thing that must be delivered. */
final class AccountabilityRules {

    private AccountabilityRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("accountability.priority-sro", (element, context) -> { //$NON-NLS-1$
            Role owner = ((Priority) element).getOwner();
            if (owner == null || owner.getKind() != RoleKind.SRO) {
                context.report(element);
            }
        });
        rules.put("accountability.service-owner", (element, context) -> { //$NON-NLS-1$
            if (((Service) element).getOwner() == null) {
                context.report(element);
            }
        });
        rules.put("accountability.outcome-owner", (element, context) -> { //$NON-NLS-1$
            if (((Outcome) element).getOwner() == null) {
                context.report(element);
            }
        });
        rules.put("accountability.action-owner", (element, context) -> { //$NON-NLS-1$
            Action action = (Action) element;
            if (Checks.isOpen(action) && action.getOwner() == null) {
                context.report(element);
            }
        });
        rules.put("accountability.action-due-date", (element, context) -> { //$NON-NLS-1$
            Action action = (Action) element;
            if (Checks.isOpen(action) && action.getDueDate() == null) {
                context.report(element);
            }
        });
        rules.put("accountability.action-overdue", (element, context) -> { //$NON-NLS-1$
            Action action = (Action) element;
            if (Checks.isOpen(action) && action.getDueDate() != null && action.getDueDate().isBefore(context.today())) {
                context.report(element, action.getDueDate());
            }
        });
        rules.put("accountability.role-holder", (element, context) -> { //$NON-NLS-1$
            if (((Role) element).getHolder() == null) {
                context.report(element);
            }
        });
        rules.put("accountability.unconnected-actor", (element, context) -> { //$NON-NLS-1$
            Actor actor = (Actor) element;
            if (context.index().linksOf(actor).isEmpty() && !(actor instanceof Role)) {
                context.report(element);
            }
        });
        rules.put("accountability.cycle", AccountabilityRules::cycle); //$NON-NLS-1$
        rules.put("accountability.beneficiaries-unreached", (element, context) -> { //$NON-NLS-1$
            BeneficiaryGroup group = (BeneficiaryGroup) element;
            // In a chain, reached means a route from the centre (Routes); outside any chain, at least a link to the group.
            List<DeliveryChain> chains = context.index().referrers(group).stream().filter(DeliveryChain.class::isInstance)
                    .map(DeliveryChain.class::cast).filter(c -> c.getActors().contains(group)).toList();
            boolean reached = chains.isEmpty() ? context.index().linksOf(group).stream().anyMatch(l -> l.getTarget() == group)
                    : chains.stream().anyMatch(c -> Routes.of(c).reached().contains(group));
            if (!reached) {
                context.report(element);
            }
        });
    }

    /** Accountability that runs in a circle has no top: nobody finally answers for delivery. */
    private static void cycle(EObject element, RuleContext context) {
        Map<Actor, List<Actor>> accountableTo = new IdentityHashMap<>();
        for (EObject each : context.index().all(ThroughlinePackage.Literals.LINK)) {
            Link link = (Link) each;
            if (link.getKind() == LinkKind.ACCOUNTABILITY && link.getSource() != null && link.getTarget() != null) {
                accountableTo.computeIfAbsent(link.getSource(), k -> new ArrayList<>()).add(link.getTarget());
            }
        }
        Map<Actor, Integer> state = new HashMap<>();
        for (Actor start : accountableTo.keySet()) {
            List<Actor> cycle = findCycle(start, accountableTo, state, new ArrayList<>());
            if (cycle != null) {
                context.report(cycle.get(0), String.join(" \u2192 ", cycle.stream().map(context.index()::label).toList())); //$NON-NLS-1$
                return;
            }
        }
    }

    private static List<Actor> findCycle(Actor at, Map<Actor, List<Actor>> edges, Map<Actor, Integer> state, List<Actor> path) {
        Integer seen = state.get(at);
        if (seen != null && seen.intValue() == 2) {
            return null;
        }
        if (seen != null && seen.intValue() == 1) {
            List<Actor> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
            cycle.add(at);
            return cycle;
        }
        state.put(at, Integer.valueOf(1));
        path.add(at);
        for (Actor next : edges.getOrDefault(at, List.of())) {
            List<Actor> cycle = findCycle(next, edges, state, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(at, Integer.valueOf(2));
        return null;
    }
}
