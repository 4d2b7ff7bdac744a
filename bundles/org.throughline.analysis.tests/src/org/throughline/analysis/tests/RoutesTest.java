// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.cell;
import static org.throughline.analysis.tests.Fixtures.rowOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.Routes;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;

/**
 * Routes from the centre to the people served, on a benefit-claims chain worked out by hand:
 *
 * <pre>
 * D =accountability, strong=> K =support, adequate=> Claimants (1,000)
 *                             K =support, adequate=> Mental health (200)
 * D -commissioning, weak----> S =support, adequate=> Claimants
 *                             S =support, adequate=> Carers (50)
 * S -data and reporting----> Mental health       (runs upward in truth: it carries no delivery)
 * K -data and reporting----> D
 * R (regulator) -regulation-> K
 * D =support, broken======> Appellants (30)
 * </pre>
 */
class RoutesTest {

    private final Fixtures f = new Fixtures();
    private final Organisation d = f.centre("DWP");
    private final Organisation k = f.provider("Case centres");
    private final Organisation s = f.provider("Supplier");
    private final Organisation r = f.provider("Regulator");
    private final BeneficiaryGroup claimants = f.people("Claimants", 1000);
    private final BeneficiaryGroup mentalHealth = f.people("Mental health", 200);
    private final BeneficiaryGroup carers = f.people("Carers", 50);
    private final BeneficiaryGroup appellants = f.people("Appellants", 30);
    private final Link dk = f.link(d, k, LinkKind.ACCOUNTABILITY, LinkStrength.STRONG);
    private final Link kc = f.link(k, claimants, LinkStrength.ADEQUATE);
    private final Link km = f.link(k, mentalHealth, LinkStrength.ADEQUATE);
    private final Link ds = f.link(d, s, LinkKind.COMMISSIONING, LinkStrength.WEAK);
    private final Link sc = f.link(s, claimants, LinkStrength.ADEQUATE);
    private final Link sk = f.link(s, carers, LinkStrength.ADEQUATE);
    private final Link sm = f.link(s, mentalHealth, LinkKind.DATA_AND_REPORTING, LinkStrength.STRONG);
    private final Link kd = f.link(k, d, LinkKind.DATA_AND_REPORTING, LinkStrength.STRONG);
    private final Link rk = f.link(r, k, LinkKind.REGULATION, LinkStrength.STRONG);
    private final Link da = f.link(d, appellants, LinkStrength.BROKEN);
    private final DeliveryChain chain = f.chain("PIP chain", dk, kc, km, ds, sc, sk, sm, kd, rk, da);

    private Routes.Group group(Routes routes, BeneficiaryGroup group) {
        return routes.groups().stream().filter(g -> g.group() == group).findFirst().orElseThrow();
    }

    @Test
    void eachGroupHasItsStrongestRouteAndTheActorsAndLinksOnEveryRoute() {
        Routes routes = Routes.of(chain);
        // Claimants: D => K => Claimants (strong, adequate: adequate) beats D -> S => Claimants (weak, adequate: weak).
        Routes.Group forClaimants = group(routes, claimants);
        assertEquals(List.of(dk, kc), forClaimants.strongest().links());
        assertEquals(LinkStrength.ADEQUATE, forClaimants.strongest().strength());
        assertEquals(kc, forClaimants.strongest().weakest());
        assertEquals(List.of(), forClaimants.actors(), "two routes: no single actor cuts claimants off");
        assertEquals(List.of(), forClaimants.links());
        // Mental health: only D => K => Mental health; the supplier's data link to the group carries no delivery and saves nothing.
        Routes.Group forMentalHealth = group(routes, mentalHealth);
        assertEquals(List.of(k), forMentalHealth.actors());
        assertEquals(List.of(dk, km), forMentalHealth.links());
        // Carers: only through the supplier, over a weak commissioning link: a weak route.
        Routes.Group forCarers = group(routes, carers);
        assertTrue(forCarers.strongest().weak());
        assertEquals(ds, forCarers.strongest().weakest());
        // Appellants: the only link is broken: no route at all.
        assertFalse(group(routes, appellants).reached());
        assertNull(group(routes, appellants).strongest());
        assertEquals(List.of(claimants, mentalHealth, carers), routes.reached());
    }

    @Test
    void singlePointsAreTheCutsOfAnyGroupMostPeopleFirst() {
        Routes routes = Routes.of(chain);
        // Mental health (200) is cut off by K, D => K or K => Mental health; carers (50) by S, D -> S or S => Carers.
        // Each list counts people once: the largest group cut off.
        assertEquals(List.of(k, dk, km, s, ds, sk), routes.singlePoints().stream().map(Routes.Cut::element).toList());
        assertEquals(200L, routes.singlePoints().get(0).population());
        assertEquals(List.of(mentalHealth), routes.singlePoints().get(0).groups());
        assertFalse(routes.singlePoints().stream().anyMatch(c -> c.element() == r), "a regulator delivers nothing itself");
    }

    @Test
    void theAnalysisShowsTheSameSinglePointsAndWeakRoutes() throws AnalysisException {
        AnalysisResult single = f.run("single-points-of-failure");
        assertEquals(List.of(k, dk, km, s, ds, sk), single.rows().stream().map(AnalysisResult.Row::element).toList());
        assertEquals("Mental health", cell(single, rowOf(single, k), "Cuts off"));
        assertEquals("1 of 3", cell(single, rowOf(single, k), "Groups cut off"), "3 groups are reached: claimants, mental health, carers");
        assertEquals(Long.valueOf(200), cell(single, rowOf(single, k), "People cut off"));
        AnalysisResult weak = f.run("weak-links");
        assertTrue(weak.headline().endsWith("Routes from the centre: Carers only by a weak route (weakest link DWP to Supplier, weak);"
                + " Appellants not at all."), weak.headline());
    }

    @Test
    void peopleAreCountedOnceAsTheLargestGroup() {
        // 1,000 claimants and 200 of them with a mental health condition are at least 1,000 people, not 1,200.
        assertEquals(1000L, Routes.peopleAtLeast(List.of(claimants, mentalHealth)));
        assertEquals(0L, Routes.peopleAtLeast(List.of(d)));
    }
}
