// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.cell;
import static org.throughline.analysis.tests.Fixtures.rowOf;
import static org.throughline.analysis.tests.Fixtures.rowsOf;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;

/** Degree and betweenness on graphs small enough to count shortest paths by hand. */
class NetworkAnalysisTest {

    private final Fixtures f = new Fixtures();
    private final Organisation a = f.provider("A");
    private final Organisation b = f.provider("B");
    private final Organisation c = f.provider("C");
    private final Organisation d = f.provider("D");

    private double betweenness(AnalysisResult result, Organisation actor) {
        return ((Number) cell(result, rowOf(result, actor), "Betweenness")).doubleValue();
    }

    @Test
    void onAPathTheInnerActorsCarryThePairsAcrossThem() throws AnalysisException {
        // A - B - C - D: B lies on A-C and A-D; C on A-D and B-D.
        f.link(a, b, LinkStrength.STRONG);
        f.link(b, c, LinkStrength.STRONG);
        f.link(c, d, LinkStrength.STRONG);
        AnalysisResult result = f.run("network");
        assertEquals(2.0, betweenness(result, b));
        assertEquals(2.0, betweenness(result, c));
        assertEquals(0.0, betweenness(result, a));
        assertEquals(0.667, ((Number) cell(result, rowOf(result, b), "Betweenness (0-1)")).doubleValue(),
                "2 of the 3 pairs of other actors");
        assertEquals(2, cell(result, rowOf(result, b), "Neighbours"));
        assertEquals(1, cell(result, rowOf(result, b), "Out"));
        assertEquals(1, cell(result, rowOf(result, b), "In"));
        assertTrue(result.rows().get(0).element() == b || result.rows().get(0).element() == c, "the inner actors come first");
        assertTrue(result.headline().contains("B (on 66.7% of the shortest paths between other actors)"), result.headline());
    }

    @Test
    void onACycleOfFourEachActorGetsHalfOfTheOppositePair() throws AnalysisException {
        // A - B - C - D - A: A and C are joined by two shortest paths, one through B and one through D.
        f.link(a, b, LinkStrength.STRONG);
        f.link(b, c, LinkStrength.STRONG);
        f.link(c, d, LinkStrength.STRONG);
        f.link(d, a, LinkStrength.STRONG);
        AnalysisResult result = f.run("network");
        for (Organisation actor : new Organisation[] { a, b, c, d }) {
            assertEquals(0.5, betweenness(result, actor), actor.getName());
        }
    }

    @Test
    void theHubOfAStarCarriesEveryPairAndParallelLinksCountOnce() throws AnalysisException {
        Organisation hub = f.centre("Hub");
        for (Organisation leaf : new Organisation[] { a, b, c, d }) {
            f.link(hub, leaf, LinkStrength.STRONG);
        }
        f.link(a, hub, LinkStrength.ADEQUATE);
        AnalysisResult result = f.run("network");
        assertEquals(6.0, betweenness(result, hub), "the 6 pairs of the 4 leaves");
        assertEquals(1.0, ((Number) cell(result, rowOf(result, hub), "Betweenness (0-1)")).doubleValue());
        assertEquals(5, cell(result, rowOf(result, hub), "Links"));
        assertEquals(4, cell(result, rowOf(result, hub), "Neighbours"));
        assertEquals(hub, result.rows().get(0).element());
    }

    @Test
    void aBrokenLinkCarriesNothing() throws AnalysisException {
        f.link(a, b, LinkStrength.STRONG);
        f.link(b, c, LinkStrength.BROKEN);
        f.link(c, d, LinkStrength.STRONG);
        AnalysisResult result = f.run("network");
        assertEquals(0.0, betweenness(result, b));
        assertEquals(1, cell(result, rowOf(result, b), "Neighbours"));
        assertTrue(result.headline().startsWith("None of the 4 linked actors lies between others"), result.headline());
        assertEquals(1, rowsOf(result, d).size());
    }

    @Test
    void twoCyclesJoinedAtOneActorItCarriesEveryPairAcrossAndHalfOfEachOppositePair() throws AnalysisException {
        // A - B - C - D - A and A - E - F - G - A: A alone joins the two cycles.
        Organisation e = f.provider("E");
        Organisation fActor = f.provider("F");
        Organisation g = f.provider("G");
        f.link(a, b, LinkStrength.STRONG);
        f.link(b, c, LinkStrength.STRONG);
        f.link(c, d, LinkStrength.STRONG);
        f.link(d, a, LinkStrength.STRONG);
        f.link(a, e, LinkStrength.STRONG);
        f.link(e, fActor, LinkStrength.STRONG);
        f.link(fActor, g, LinkStrength.STRONG);
        f.link(g, a, LinkStrength.STRONG);
        AnalysisResult result = f.run("network");
        // A: the 3 x 3 pairs between {B, C, D} and {E, F, G}, and half of B-D and of E-G (the other half goes through C, F).
        assertEquals(10.0, betweenness(result, a));
        // B: half of each path from C to A and to the 3 actors behind A (the other half goes through D).
        assertEquals(2.0, betweenness(result, b));
        assertEquals(2.0, betweenness(result, d));
        assertEquals(0.5, betweenness(result, c), "half of B-D");
        assertEquals(0.667, ((Number) cell(result, rowOf(result, a), "Betweenness (0-1)")).doubleValue(),
                "10 of the 15 pairs of the 6 others");
        assertEquals(a, result.rows().get(0).element());
    }

    @Test
    void aTriangleWithAnActorHungFromTwoOfItsCornersCarriesNothingThroughTheThird() throws AnalysisException {
        // E - B, B - C - D - B (a triangle), D - A.
        Organisation e = f.provider("E");
        f.link(e, b, LinkStrength.STRONG);
        f.link(b, c, LinkStrength.STRONG);
        f.link(c, d, LinkStrength.STRONG);
        f.link(d, b, LinkStrength.STRONG);
        f.link(d, a, LinkStrength.STRONG);
        AnalysisResult result = f.run("network");
        assertEquals(3.0, betweenness(result, b), "E with each of C, D and A");
        assertEquals(3.0, betweenness(result, d), "A with each of B, C and E");
        assertEquals(0.0, betweenness(result, c), "its neighbours B and D are joined directly");
        assertEquals(0.0, betweenness(result, e));
    }
}
