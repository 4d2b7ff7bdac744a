// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.internal.Dominators;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.api.Chains;

/**
 * The one definition of a route through a delivery chain, shared by the analyses, validation and
 * reports: how the centre reaches each group of people served, how strong the best route is, and
 * which single actors and links stand on every route.
 * <p>
 * A route runs from an actor at the centre ({@link Chains#centre(DeliveryChain)}) to a
 * {@link BeneficiaryGroup} along links that carry delivery, each followed from its source to its
 * target: funding, accountability, commissioning or contract, guidance and support. Data and
 * reporting links run upward and carry no delivery; regulation or inspection and influence shape
 * how others deliver but deliver nothing themselves; a link of no kind is not judged to carry
 * delivery. A broken link is no route. A route is as strong as its weakest link, and a route
 * with a weak link or one nobody has judged is a weak route. A group of people served passes
 * delivery on to nobody: no route runs through one.
 *
 * <pre>
 * Routes routes = Routes.of(chain);
 * for (Routes.Group group : routes.groups()) {
 *     System.out.println(group.group().getName() + ": " + group.strongest());
 * }
 * </pre>
 */
public final class Routes {

    private final DeliveryChain chain;
    private final List<Actor> centre;
    private final Map<Actor, List<Link>> out = new IdentityHashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Cut> cuts = new ArrayList<>();
    private final Set<Actor> reachedNow;
    private boolean worked;

    /**
     * A route from the centre to a group.
     *
     * @param links    its links, from the centre outward
     * @param strength its strength: that of its weakest link
     * @param weakest  its weakest link (the first of them, nearest the centre)
     */
    public record Route(List<Link> links, LinkStrength strength, Link weakest) {

        /** @return whether the route has a weak link or one of unknown strength */
        public boolean weak() {
            return strength == LinkStrength.WEAK || strength == LinkStrength.UNKNOWN;
        }
    }

    /**
     * How one group of people served is reached.
     *
     * @param group     the group
     * @param strongest the strongest route to it (then the shortest), or {@code null} when the
     *                  centre does not reach it
     * @param actors    the actors standing on every route to it: lose one and the group is cut off
     * @param links     the links on every route to it
     */
    public record Group(BeneficiaryGroup group, Route strongest, List<Actor> actors, List<Link> links) {

        /** @return whether the centre reaches the group at all */
        public boolean reached() {
            return strongest != null;
        }
    }

    /**
     * An actor or link whose loss alone cuts the centre off from one or more groups.
     *
     * @param element the actor or link
     * @param groups  the groups it cuts off
     */
    public record Cut(EObject element, List<BeneficiaryGroup> groups) {

        /** @return how many people are cut off at least, counted once as {@link Routes#peopleAtLeast(List)} says */
        public long population() {
            return peopleAtLeast(groups);
        }
    }

    private Routes(DeliveryChain chain) {
        this.chain = chain;
        this.centre = Chains.centre(chain);
        for (Link link : chain.getLinks()) {
            if (carries(link)) {
                out.computeIfAbsent(link.getSource(), k -> new ArrayList<>()).add(link);
            }
        }
        this.reachedNow = reach(null, null);
    }

    /**
     * Works out each group's routes and cuts the first time they are asked for. The definition is
     * "take each actor and link away in turn and see whom the centre still reaches"; the same answer
     * comes from one dominator tree ({@link Dominators}) of the routes, each link made a node of its
     * own between its ends so that links are judged as actors are: an actor or link cuts a group off
     * exactly when it stands above the group in the tree. Near-linear where the definition, followed
     * literally, walks the chain once per actor and link.
     */
    private void work() {
        if (worked) {
            return;
        }
        worked = true;
        List<Actor> actors = chain.getActors();
        List<Link> links = chain.getLinks();
        // Nodes: 0 the start of every route, joined to each actor at the centre; then actors; then links that carry delivery.
        Map<Actor, Integer> actorNode = new IdentityHashMap<>();
        List<Object> nodes = new ArrayList<>();
        nodes.add(chain);
        for (Actor actor : centre) {
            node(actor, actorNode, nodes);
        }
        List<int[]> edges = new ArrayList<>();
        for (Actor start : centre) {
            edges.add(new int[] { 0, actorNode.get(start).intValue() });
        }
        for (Link link : links) {
            if (carries(link) && !(link.getSource() instanceof BeneficiaryGroup)) {
                int via = nodes.size();
                nodes.add(link);
                edges.add(new int[] { node(link.getSource(), actorNode, nodes), via });
                edges.add(new int[] { via, node(link.getTarget(), actorNode, nodes) });
            }
        }
        int[] idom = Dominators.immediate(successors(nodes.size(), edges), 0);
        // Who may be reported: the chain's own actors (not at the centre, not groups of people served), and its links.
        Map<Object, Integer> place = new IdentityHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (!centre.contains(actor) && !(actor instanceof BeneficiaryGroup)) {
                place.putIfAbsent(actor, Integer.valueOf(i));
            }
        }
        for (int i = 0; i < links.size(); i++) {
            place.putIfAbsent(links.get(i), Integer.valueOf(actors.size() + i));
        }
        List<BeneficiaryGroup> served = actors.stream().filter(BeneficiaryGroup.class::isInstance).map(BeneficiaryGroup.class::cast)
                .distinct().toList();
        Map<BeneficiaryGroup, Route> strongest = strongest(served);
        Map<EObject, List<BeneficiaryGroup>> cutting = new IdentityHashMap<>();
        for (BeneficiaryGroup group : served) {
            Route route = strongest.get(group);
            List<EObject> above = new ArrayList<>();
            if (route != null) {
                for (int at = idom[actorNode.get(group).intValue()]; at != 0; at = idom[at]) {
                    if (place.containsKey(nodes.get(at))) {
                        above.add((EObject) nodes.get(at));
                    }
                }
                above.sort(Comparator.comparingInt(e -> place.get(e).intValue()));
                above.forEach(e -> cutting.computeIfAbsent(e, k -> new ArrayList<>()).add(group));
            }
            groups.add(new Group(group, route, above.stream().filter(Actor.class::isInstance).map(Actor.class::cast).toList(),
                    above.stream().filter(Link.class::isInstance).map(Link.class::cast).toList()));
        }
        cutting.forEach((element, cut) -> cuts.add(new Cut(element, List.copyOf(cut))));
        cuts.sort(Comparator.comparingLong((Cut c) -> -c.population()).thenComparingInt(c -> -c.groups().size())
                .thenComparingInt(c -> place.get(c.element()).intValue()));
    }

    /** @return the node of an actor, made the first time it is asked for */
    private static int node(Actor actor, Map<Actor, Integer> actorNode, List<Object> nodes) {
        return actorNode.computeIfAbsent(actor, a -> {
            nodes.add(a);
            return Integer.valueOf(nodes.size() - 1);
        }).intValue();
    }

    /** @return for each node, where its edges lead, in the order given */
    private static int[][] successors(int count, List<int[]> edges) {
        int[] sizes = new int[count];
        edges.forEach(e -> sizes[e[0]]++);
        int[][] successors = new int[count][];
        for (int i = 0; i < count; i++) {
            successors[i] = new int[sizes[i]];
            sizes[i] = 0;
        }
        edges.forEach(e -> successors[e[0]][sizes[e[0]]++] = e[1]);
        return successors;
    }

    /**
     * @param chain a delivery chain
     * @return its routes: the chain is read now, and again when groups or single points are first
     *         asked for (do not edit it in between)
     */
    public static Routes of(DeliveryChain chain) {
        return new Routes(chain);
    }

    /**
     * @param kind a kind of link, or {@code null}
     * @return whether links of that kind carry delivery from their source to their target
     */
    public static boolean carriesDelivery(LinkKind kind) {
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case FUNDING, ACCOUNTABILITY, COMMISSIONING, GUIDANCE, SUPPORT -> true;
            default -> false;
        };
    }

    /**
     * @param link a link
     * @return whether delivery can travel along it now: a delivery kind, both ends, not broken
     */
    public static boolean carries(Link link) {
        return carriesDelivery(link.getKind()) && link.getSource() != null && link.getTarget() != null
                && link.getStrength() != LinkStrength.BROKEN;
    }

    /** @return the chain */
    public DeliveryChain chain() {
        return chain;
    }

    /** @return the chain's actors at the centre, where every route starts */
    public List<Actor> centre() {
        return centre;
    }

    /** @return each group of people served in the chain, in the chain's order, with how it is reached */
    public List<Group> groups() {
        work();
        return Collections.unmodifiableList(groups);
    }

    /** @return the groups the centre now reaches, in the chain's order */
    public List<BeneficiaryGroup> reached() {
        return chain.getActors().stream().filter(a -> a instanceof BeneficiaryGroup && reachedNow.contains(a))
                .map(BeneficiaryGroup.class::cast).distinct().toList();
    }

    /**
     * @return the chain's single points of failure: each actor (not at the centre) and link whose
     *         loss alone cuts the centre off from at least one group it now reaches, with those
     *         groups; the most people cut off first, then the most groups
     */
    public List<Cut> singlePoints() {
        work();
        return Collections.unmodifiableList(cuts);
    }

    /**
     * Who the centre reaches along links that carry delivery.
     *
     * @param without an actor to leave out (to ask "what if it fails"), or {@code null}
     * @param skip    a link to leave out, or {@code null}
     * @return the actors reached, the centre included (unless left out)
     */
    public Set<Actor> reach(Actor without, Link skip) {
        Set<Actor> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Actor> queue = new ArrayDeque<>();
        for (Actor start : centre) {
            if (start != without && reached.add(start)) {
                queue.add(start);
            }
        }
        while (!queue.isEmpty()) {
            Actor from = queue.poll();
            if (from instanceof BeneficiaryGroup) {
                continue;
            }
            for (Link link : out.getOrDefault(from, List.of())) {
                if (link != skip && link.getTarget() != without && reached.add(link.getTarget())) {
                    queue.add(link.getTarget());
                }
            }
        }
        return reached;
    }

    /**
     * How many people some groups number, each person once. Groups of people served often overlap
     * (claimants, and claimants with a mental health condition; pupils in England, and pupils in one
     * town) and the model does not say by how much, so their populations are never added up: the
     * answer is the population of the largest group, a figure the groups reach at least.
     *
     * @param groups groups of people served (other actors count nothing)
     * @return the largest known population among them, or 0 when none is known
     */
    public static long peopleAtLeast(List<? extends Actor> groups) {
        long most = 0;
        for (Actor actor : groups) {
            if (actor instanceof BeneficiaryGroup group && group.getPopulation() != null) {
                most = Math.max(most, group.getPopulation().longValue());
            }
        }
        return most;
    }

    /** Strength from weakest to strongest, for routes (broken links are no route at all). */
    private static int rank(LinkStrength strength) {
        if (strength == null) {
            return 1;
        }
        return switch (strength) {
            case WEAK -> 0;
            case ADEQUATE -> 2;
            case STRONG -> 3;
            default -> 1;
        };
    }

    /**
     * The route to each group whose weakest link is strongest; among those, the one of fewest links:
     * a breadth-first search from the centre along links of at least each strength in turn,
     * strongest first, until every group reached has its route.
     *
     * @return each reached group (not at the centre) with its route
     */
    private Map<BeneficiaryGroup, Route> strongest(List<BeneficiaryGroup> served) {
        Map<BeneficiaryGroup, Route> routes = new IdentityHashMap<>();
        List<BeneficiaryGroup> left = served.stream().filter(g -> reachedNow.contains(g) && !centre.contains(g))
                .collect(Collectors.toCollection(ArrayList::new));
        for (int threshold = 3; threshold >= 0 && !left.isEmpty(); threshold--) {
            Map<Actor, Link> via = new IdentityHashMap<>();
            Set<Actor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<Actor> queue = new ArrayDeque<>(centre);
            seen.addAll(centre);
            while (!queue.isEmpty()) {
                Actor from = queue.poll();
                if (from instanceof BeneficiaryGroup) {
                    continue;
                }
                for (Link link : out.getOrDefault(from, List.of())) {
                    if (rank(link.getStrength()) >= threshold && seen.add(link.getTarget())) {
                        via.put(link.getTarget(), link);
                        queue.add(link.getTarget());
                    }
                }
            }
            for (Iterator<BeneficiaryGroup> it = left.iterator(); it.hasNext();) {
                BeneficiaryGroup group = it.next();
                if (seen.contains(group)) {
                    List<Link> links = new ArrayList<>();
                    for (Actor at = group; via.containsKey(at); at = via.get(at).getSource()) {
                        links.add(via.get(at));
                    }
                    Collections.reverse(links);
                    Link weakest = links.stream().min(Comparator.comparingInt(l -> rank(l.getStrength()))).orElse(null);
                    LinkStrength strength = weakest == null ? LinkStrength.STRONG : weakest.getStrength();
                    routes.put(group, new Route(List.copyOf(links), strength, weakest));
                    it.remove();
                }
            }
        }
        return routes;
    }
}
