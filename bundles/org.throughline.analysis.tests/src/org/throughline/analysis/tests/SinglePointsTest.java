// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.throughline.analysis.api.Routes;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Tier;
import org.throughline.model.api.Chains;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;

/**
 * The single points of failure as METHODS.md defines them (take each actor and each link away in
 * turn and ask whom the centre still reaches), worked out here literally, beside what
 * {@link Routes} answers, which computes them another way (a dominator tree): on a chain worked by
 * hand, on many random chains and on the example models.
 */
class SinglePointsTest {

    /**
     * <pre>
     * C (centre) =cA=> A =aM=> M =mP==> P =pG1=> G1 (1,000)
     * C ==cB=(adequate)=> B =bM=> M =mP2=> P          (two links M to P)
     *                             M =mG2=> G2 (500)
     *                    A =aG3=> G3 (200) =g3P=> P    (a group passes nothing on)
     * </pre>
     * Taken away in turn: without M the centre reaches C, A, B, G3 (G1 and G2 cut off); without P,
     * everything but G1; without A, everything but G3 (M still by B); without B, everything. Links:
     * without cA, A and G3 are lost (M by B); without mP, P is still reached by mP2 (and the other
     * way round); without pG1, G1 is lost; without mG2, G2; without aG3, G3; cB, aM, bM and g3P
     * cut nobody off. So G1 is cut off by M and P and by pG1; G2 by M and mG2; G3 by A, cA and aG3.
     * Ranked by the people cut off (the largest group), then by how many groups: M (1,000, two
     * groups), P and pG1 (1,000, one: actors first, as the chain lists them), mG2 (500), A, cA and
     * aG3 (200).
     */
    @Test
    void aChainWorkedByHand() {
        Fixtures f = new Fixtures();
        Organisation c = f.centre("C");
        Organisation a = f.provider("A");
        Organisation b = f.provider("B");
        Organisation m = f.provider("M");
        Organisation p = f.provider("P");
        BeneficiaryGroup g1 = f.people("G1", 1000);
        BeneficiaryGroup g2 = f.people("G2", 500);
        BeneficiaryGroup g3 = f.people("G3", 200);
        Link ca = f.link(c, a, LinkKind.FUNDING, LinkStrength.STRONG);
        Link cb = f.link(c, b, LinkKind.FUNDING, LinkStrength.ADEQUATE);
        Link am = f.link(a, m, LinkKind.COMMISSIONING, LinkStrength.STRONG);
        Link bm = f.link(b, m, LinkKind.COMMISSIONING, LinkStrength.STRONG);
        Link mp = f.link(m, p, LinkKind.GUIDANCE, LinkStrength.STRONG);
        Link mp2 = f.link(m, p, LinkKind.FUNDING, LinkStrength.STRONG);
        Link pg1 = f.link(p, g1, LinkStrength.STRONG);
        Link mg2 = f.link(m, g2, LinkStrength.STRONG);
        Link ag3 = f.link(a, g3, LinkStrength.STRONG);
        Link g3p = f.link(g3, p, LinkStrength.STRONG);
        Routes routes = Routes.of(f.chain("Hand-worked", ca, cb, am, bm, mp, mp2, pg1, mg2, ag3, g3p));

        List<Routes.Group> groups = routes.groups();
        assertEquals(List.of(g1, g2, g3), groups.stream().map(Routes.Group::group).toList());
        assertEquals(List.of(m, p), groups.get(0).actors());
        assertEquals(List.of(pg1), groups.get(0).links(), "two links from M to P: neither alone cuts G1 off");
        assertEquals(List.of(m), groups.get(1).actors());
        assertEquals(List.of(mg2), groups.get(1).links());
        assertEquals(List.of(a), groups.get(2).actors());
        assertEquals(List.of(ca, ag3), groups.get(2).links());
        // The strongest route to G1 is all strong links, by A (B's funding is adequate), the first link from M to P.
        assertEquals(List.of(ca, am, mp, pg1), groups.get(0).strongest().links());
        assertEquals(LinkStrength.STRONG, groups.get(0).strongest().strength());

        List<String> cuts = routes.singlePoints().stream()
                .map(cut -> name(cut.element()) + " " + cut.groups().stream().map(BeneficiaryGroup::getName).toList() + " "
                        + cut.population())
                .toList();
        assertEquals(List.of("M [G1, G2] 1000", "P [G1] 1000", "P to G1 [G1] 1000", "M to G2 [G2] 500", "A [G3] 200", "C to A [G3] 200",
                "A to G3 [G3] 200"), cuts);
    }

    @Test
    void manyRandomChainsAgreeWithTheDefinition() {
        Random random = new Random(20_261_206L);
        int cutsSeen = 0;
        for (int i = 0; i < 400; i++) {
            DeliveryChain chain = randomChain(random, 2 + random.nextInt(14));
            cutsSeen += agree(chain);
        }
        assertTrue(cutsSeen > 100, "the random chains have single points of failure to compare: " + cutsSeen);
    }

    @ParameterizedTest
    @ValueSource(strings = { "benefit-claims.throughline", "emergency-care.throughline", "school-literacy.throughline" })
    void theExamplesAgreeWithTheDefinition(String example) throws Exception {
        Model model = (Model) ModelFiles.load(Examples.file(example)).getContents().get(0);
        int chains = 0;
        int cuts = 0;
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DeliveryChain chain) {
                chains++;
                cuts += agree(chain);
            }
        }
        assertTrue(chains > 0 && cuts > 0, example + ": " + chains + " chains, " + cuts + " single points of failure");
    }

    /** Asserts that {@link Routes} gives each group, route and single point of failure as the definition does; returns how many cuts. */
    private static int agree(DeliveryChain chain) {
        Routes routes = Routes.of(chain);
        List<Actor> centre = Chains.centre(chain);
        Set<Actor> now = routes.reach(null, null);
        // Take each actor (not at the centre, not a group of people served) and each link away in turn.
        Map<EObject, Set<Actor>> without = new LinkedHashMap<>();
        for (Actor actor : chain.getActors()) {
            if (!centre.contains(actor) && !(actor instanceof BeneficiaryGroup) && now.contains(actor)) {
                without.put(actor, routes.reach(actor, null));
            }
        }
        for (Link link : chain.getLinks()) {
            if (Routes.carries(link) && now.contains(link.getSource())) {
                without.put(link, routes.reach(null, link));
            }
        }
        List<BeneficiaryGroup> served = chain.getActors().stream().filter(BeneficiaryGroup.class::isInstance)
                .map(BeneficiaryGroup.class::cast).toList();
        Map<EObject, List<BeneficiaryGroup>> cutting = new LinkedHashMap<>();
        List<Routes.Group> groups = routes.groups();
        assertEquals(served, groups.stream().map(Routes.Group::group).toList());
        for (int i = 0; i < served.size(); i++) {
            BeneficiaryGroup group = served.get(i);
            Routes.Group answer = groups.get(i);
            List<Link> expectedRoute = strongest(chain, centre, group);
            assertEquals(expectedRoute, answer.reached() ? answer.strongest().links() : null, chain.getName() + ", " + group.getName());
            List<Actor> actors = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            if (expectedRoute != null) {
                without.forEach((element, reached) -> {
                    if (!reached.contains(group)) {
                        cutting.computeIfAbsent(element, k -> new ArrayList<>()).add(group);
                        if (element instanceof Actor actor) {
                            actors.add(actor);
                        } else {
                            links.add((Link) element);
                        }
                    }
                });
            }
            assertEquals(actors, answer.actors(), chain.getName() + ", actors cutting off " + group.getName());
            assertEquals(links, answer.links(), chain.getName() + ", links cutting off " + group.getName());
        }
        List<Routes.Cut> expected = new ArrayList<>();
        // Actors first, then links, each as the chain lists them; then the most people cut off first, then the most groups.
        without.keySet().stream().filter(cutting::containsKey)
                .forEach(element -> expected.add(new Routes.Cut(element, cutting.get(element))));
        expected.sort(Comparator.comparingLong((Routes.Cut c) -> -c.population()).thenComparingInt(c -> -c.groups().size()));
        assertEquals(expected, routes.singlePoints(), chain.getName());
        return expected.size();
    }

    /** The strongest route to a group by its definition: a search from the centre for each strength, strongest first. */
    private static List<Link> strongest(DeliveryChain chain, List<Actor> centre, BeneficiaryGroup group) {
        List<LinkStrength> order = List.of(LinkStrength.STRONG, LinkStrength.ADEQUATE, LinkStrength.UNKNOWN, LinkStrength.WEAK);
        if (centre.contains(group)) {
            return null;
        }
        for (int least = 0; least < order.size(); least++) {
            List<LinkStrength> allowed = order.subList(0, least + 1);
            Map<Actor, Link> via = new IdentityHashMap<>();
            List<Actor> queue = new ArrayList<>(centre);
            for (int head = 0; head < queue.size() && !via.containsKey(group); head++) {
                Actor from = queue.get(head);
                if (from instanceof BeneficiaryGroup) {
                    continue;
                }
                for (Link link : chain.getLinks()) {
                    LinkStrength strength = link.getStrength() == null ? LinkStrength.UNKNOWN : link.getStrength();
                    if (link.getSource() == from && Routes.carries(link) && allowed.contains(strength)
                            && !queue.contains(link.getTarget())) {
                        via.put(link.getTarget(), link);
                        queue.add(link.getTarget());
                    }
                }
            }
            if (via.containsKey(group)) {
                List<Link> route = new ArrayList<>();
                for (Actor at = group; via.containsKey(at); at = via.get(at).getSource()) {
                    route.add(via.get(at));
                }
                Collections.reverse(route);
                return route;
            }
        }
        return null;
    }

    /**
     * A chain of a few actors: one or two at the centre (a central department or tier 0), providers
     * and groups of people served; links of every kind and strength (and none), loops, links in
     * both directions, twice between the same actors, out of groups, and now and then an actor at a
     * link's end left out of the chain's actors.
     */
    private static DeliveryChain randomChain(Random random, int size) {
        Fixtures f = new Fixtures();
        List<Actor> actors = new ArrayList<>();
        actors.add(f.centre("Centre"));
        if (random.nextInt(4) == 0) {
            Organisation second = f.provider("Tier 0");
            Tier top = Fixtures.F.createTier();
            top.setLevel(0);
            second.setTier(top);
            actors.add(second);
        }
        for (int i = actors.size(); i < size; i++) {
            actors.add(random.nextInt(3) == 0 ? f.people("G" + i, 1 + random.nextInt(5) * 100L) : f.provider("P" + i));
        }
        LinkKind[] kinds = { LinkKind.FUNDING, LinkKind.ACCOUNTABILITY, LinkKind.COMMISSIONING, LinkKind.GUIDANCE,
            LinkKind.SUPPORT, LinkKind.SUPPORT, LinkKind.SUPPORT, LinkKind.DATA_AND_REPORTING, LinkKind.REGULATION,
            LinkKind.INFLUENCE, LinkKind.NOT_SET, null };
        LinkStrength[] strengths = { LinkStrength.STRONG, LinkStrength.STRONG, LinkStrength.ADEQUATE, LinkStrength.ADEQUATE,
            LinkStrength.WEAK, LinkStrength.UNKNOWN, LinkStrength.BROKEN, null };
        int count = size + random.nextInt(2 * size);
        Link[] links = new Link[count];
        for (int i = 0; i < count; i++) {
            // Mostly outward, from an earlier actor to a later one, as delivery runs; sometimes any two.
            int from = random.nextInt(size);
            int to = random.nextInt(4) == 0 ? random.nextInt(size) : Math.min(size - 1, from + 1 + random.nextInt(3));
            links[i] = f.link(actors.get(from), actors.get(to), kinds[random.nextInt(kinds.length)],
                    strengths[random.nextInt(strengths.length)]);
        }
        DeliveryChain chain = f.chain("Random chain " + size + "/" + count, links);
        if (random.nextInt(8) == 0) {
            chain.getActors().remove(actors.get(1 + random.nextInt(size - 1)));
        }
        return chain;
    }

    private static String name(EObject element) {
        return element instanceof org.throughline.model.Element e ? e.getName() : String.valueOf(element);
    }
}
