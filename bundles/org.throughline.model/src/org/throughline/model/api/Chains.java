// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

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

/**
 * The graph questions about delivery chains that validation, analyses and reports share: who is
 * at the centre, who the centre reaches, and who the chain cannot do without.
 */
public final class Chains {

    private Chains() {
    }

    /**
     * @param chain a delivery chain
     * @return its actors at the centre: tier level 0, or central departments
     */
    public static List<Actor> centre(DeliveryChain chain) {
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
     * Who the given actors reach along the chain's links. Links count in both directions
     * (funding flows down, data and accountability flow up: either way the two are connected);
     * broken links do not count.
     *
     * @param chain   a delivery chain
     * @param from    where to start
     * @param without an actor to leave out (to ask "what if it fails"), or {@code null}
     * @param skip    a link to leave out, or {@code null}
     * @return the actors reached, the starting ones included
     */
    public static Set<Actor> reach(DeliveryChain chain, List<Actor> from, Actor without, Link skip) {
        Map<Actor, List<Actor>> next = new IdentityHashMap<>();
        for (Link link : chain.getLinks()) {
            if (link != skip && link.getSource() != null && link.getTarget() != null && link.getStrength() != LinkStrength.BROKEN) {
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

    /**
     * @param chain a delivery chain
     * @return the people served that the centre reaches through the chain
     */
    public static List<Actor> peopleReached(DeliveryChain chain) {
        return reach(chain, centre(chain), null, null).stream().filter(BeneficiaryGroup.class::isInstance).toList();
    }

    /**
     * @param chain a delivery chain
     * @return the actors whose loss would leave the centre reaching none of the people it now
     *         reaches: the chain's single points of failure
     */
    public static List<Actor> singlePointsOfFailure(DeliveryChain chain) {
        List<Actor> centre = centre(chain);
        List<Actor> people = peopleReached(chain);
        List<Actor> critical = new ArrayList<>();
        if (centre.isEmpty() || people.isEmpty()) {
            return critical;
        }
        for (Actor actor : chain.getActors()) {
            if (centre.contains(actor) || people.contains(actor)) {
                continue;
            }
            Set<Actor> reached = reach(chain, centre, actor, null);
            if (people.stream().noneMatch(reached::contains)) {
                critical.add(actor);
            }
        }
        return critical;
    }

    /**
     * @param chain a delivery chain
     * @return the links whose loss would leave the centre reaching none of the people it now reaches
     */
    public static List<Link> criticalLinks(DeliveryChain chain) {
        List<Actor> centre = centre(chain);
        List<Actor> people = peopleReached(chain);
        List<Link> critical = new ArrayList<>();
        if (people.isEmpty()) {
            return critical;
        }
        for (Link link : chain.getLinks()) {
            Set<Actor> reached = reach(chain, centre, null, link);
            if (people.stream().noneMatch(reached::contains)) {
                critical.add(link);
            }
        }
        return critical;
    }
}
