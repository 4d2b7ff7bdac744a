// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.validation.api.Rule;

/** The delivery chain: does it reach from the centre to the people served, and where is it weak. */
final class ChainRules {

    private ChainRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("chain.weak-link-action", (element, context) -> { //$NON-NLS-1$
            Link link = (Link) element;
            if ((link.getStrength() == LinkStrength.WEAK || link.getStrength() == LinkStrength.BROKEN)
                    && !Checks.hasOpenAction(context.index(), link)) {
                context.report(element, link.getStrength().getLiteral().toLowerCase(java.util.Locale.ROOT));
            }
        });
        rules.put("chain.weak-link-evidence", (element, context) -> { //$NON-NLS-1$
            Link link = (Link) element;
            boolean judgedWeak = link.getStrength() == LinkStrength.WEAK || link.getStrength() == LinkStrength.BROKEN;
            if (judgedWeak && (link.getEvidence() == null || link.getEvidence().isBlank())) {
                context.report(element);
            }
        });
        rules.put("chain.unknown-strength", (element, context) -> { //$NON-NLS-1$
            if (((Link) element).getStrength() == LinkStrength.UNKNOWN) {
                context.report(element);
            }
        });
        rules.put("chain.centre-to-people", (element, context) -> { //$NON-NLS-1$
            DeliveryChain chain = (DeliveryChain) element;
            if (chain.getLinks().isEmpty()) {
                return;
            }
            List<Actor> centre = centre(chain);
            Set<Actor> reached = reach(chain, centre, null);
            boolean peopleReached = reached.stream().anyMatch(BeneficiaryGroup.class::isInstance);
            if (centre.isEmpty() || !peopleReached) {
                context.report(element, centre.isEmpty() ? "no actor at the centre (tier 0 or a central department)" //$NON-NLS-1$
                        : "no link path from the centre to the people served"); //$NON-NLS-1$
            }
        });
        rules.put("chain.single-point-of-failure", (element, context) -> { //$NON-NLS-1$
            DeliveryChain chain = (DeliveryChain) element;
            List<Actor> centre = centre(chain);
            if (centre.isEmpty()) {
                return;
            }
            Set<Actor> reachedWithAll = reach(chain, centre, null);
            List<Actor> people = reachedWithAll.stream().filter(BeneficiaryGroup.class::isInstance).toList();
            if (people.isEmpty()) {
                return;
            }
            for (Actor actor : chain.getActors()) {
                if (centre.contains(actor) || people.contains(actor)) {
                    continue;
                }
                Set<Actor> reached = reach(chain, centre, actor);
                if (people.stream().noneMatch(reached::contains)) {
                    context.report(actor, context.index().label(chain));
                }
            }
        });
    }

    /** The chain's actors at the centre: tier level 0, or central departments. */
    static List<Actor> centre(DeliveryChain chain) {
        List<Actor> centre = new ArrayList<>();
        for (Actor actor : chain.getActors()) {
            boolean tierZero = actor.getTier() != null && actor.getTier().getLevel() == 0;
            boolean department = actor instanceof Organisation o && o.getKind() == OrganisationKind.CENTRAL_DEPARTMENT;
            if (tierZero || department) {
                centre.add(actor);
            }
        }
        return centre;
    }

    /**
     * Who the centre reaches along the chain's links, without one actor. Links count in both
     * directions (funding flows down, data and accountability flow up: either way the two are
     * connected); broken links do not count.
     */
    static Set<Actor> reach(DeliveryChain chain, List<Actor> from, Actor without) {
        Map<Actor, List<Actor>> next = new IdentityHashMap<>();
        for (Link link : chain.getLinks()) {
            if (link.getSource() != null && link.getTarget() != null && link.getStrength() != LinkStrength.BROKEN) {
                next.computeIfAbsent(link.getSource(), k -> new ArrayList<>()).add(link.getTarget());
                next.computeIfAbsent(link.getTarget(), k -> new ArrayList<>()).add(link.getSource());
            }
        }
        Set<Actor> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Actor> queue = new ArrayDeque<>();
        for (Actor start : from) {
            if (start != without && reached.add(start)) {
                queue.add(start);
            }
        }
        while (!queue.isEmpty()) {
            for (Actor target : next.getOrDefault(queue.poll(), List.of())) {
                if (target != without && reached.add(target)) {
                    queue.add(target);
                }
            }
        }
        return reached;
    }
}
