// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.cell;
import static org.throughline.analysis.tests.Fixtures.rowOf;
import static org.throughline.analysis.tests.Fixtures.rowsOf;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;

/** Weak links and single points of failure on small chains worked out by hand. */
class ChainAnalysesTest {

    /**
     * The centre D reaches pupils P1 (1,000) only through A then B, and P2 (500) only through C;
     * A and C are also linked to each other, and D to C.
     *
     * <pre>
     * D - A - B - P1
     *  \  |
     *   - C - P2
     * </pre>
     */
    private final Fixtures f = new Fixtures();
    private final Organisation d = f.centre("D");
    private final Organisation a = f.provider("A");
    private final Organisation b = f.provider("B");
    private final Organisation c = f.provider("C");
    private final BeneficiaryGroup p1 = f.people("P1", 1000);
    private final BeneficiaryGroup p2 = f.people("P2", 500);
    private final Link da = f.link(d, a, LinkStrength.STRONG);
    private final Link ab = f.link(a, b, LinkStrength.WEAK);
    private final Link bp1 = f.link(b, p1, LinkStrength.ADEQUATE);
    private final Link dc = f.link(d, c, LinkStrength.UNKNOWN);
    private final Link cp2 = f.link(c, p2, LinkStrength.STRONG);
    private final Link ac = f.link(a, c, LinkStrength.BROKEN);

    ChainAnalysesTest() {
        f.chain("Reading chain", da, ab, bp1, dc, cp2, ac);
    }

    private static Set<EObject> elements(AnalysisResult result) {
        return result.rows().stream().map(r -> r.element()).collect(Collectors.toSet());
    }

    @Test
    void singlePointsAreTheArticulationPointsAndBridgesBetweenTheCentreAndThePeople() throws AnalysisException {
        // The broken link A-C carries nothing, so C is the only way to P2 and A the only way to B.
        AnalysisResult result = f.run("single-points-of-failure");
        assertEquals(Set.of(a, b, c, da, ab, bp1, dc, cp2), elements(result), result.rows().toString());
        assertEquals("P1", cell(result, rowOf(result, a), "Cuts off"));
        assertEquals("1 of 2", cell(result, rowOf(result, b), "Groups cut off"));
        assertEquals(Long.valueOf(500), cell(result, rowOf(result, c), "People cut off"));
        assertTrue(Set.of(a, b, da, ab, bp1).contains(result.rows().get(0).element()),
                "what cuts off the 1,000 pupils of P1 comes first: " + result.rows());
        assertEquals(Long.valueOf(500), cell(result, result.rows().get(result.rows().size() - 1), "People cut off"));
        assertTrue(result.headline().startsWith("8 actors or links would, if lost, cut the centre off"), result.headline());
    }

    @Test
    void mendingALinkRemovesTheSinglePointsItBypasses() throws AnalysisException {
        ac.setStrength(LinkStrength.ADEQUATE);
        // Links carry delivery from source to target: C is now reached by D -> C and by D -> A -> C, so losing D -> C no longer
        // cuts P2 off; D -> A is still the only way into A (A -> C leads away from it), and A, B and C still stand alone.
        AnalysisResult result = f.run("single-points-of-failure");
        assertEquals(Set.of(a, b, c, da, ab, bp1, cp2), elements(result), result.rows().toString());
        assertEquals("P1", cell(result, rowOf(result, a), "Cuts off"), "A still stands between D and B");
        assertEquals("P2", cell(result, rowOf(result, c), "Cuts off"));
    }

    @Test
    void weakLinksListBrokenThenWeakThenUnknownWithEvidenceAndActions() throws AnalysisException {
        Action action = f.add(Fixtures.F.createAction(), "Repair the A-B contract");
        action.setStatus(ActionStatus.IN_PROGRESS);
        action.getAddresses().add(ab);
        bp1.setEvidence("  ");
        AnalysisResult result = f.run("weak-links");
        List<EObject> order = result.rows().stream().map(r -> r.element()).toList();
        assertEquals(List.of(ac, ab, dc, bp1), order, "broken, weak, unknown, then adequate without evidence; strong links left out");
        assertEquals("Repair the A-B contract", cell(result, rowOf(result, ab), "Open action"));
        assertEquals("none", cell(result, rowOf(result, ac), "Open action"));
        assertEquals("none", cell(result, rowOf(result, bp1), "Evidence"));
        assertEquals("recorded", cell(result, rowOf(result, ac), "Evidence"));
        assertEquals("support", cell(result, rowOf(result, ab), "Kind"));
        assertTrue(result.headline().startsWith("Links: 1 broken, 1 weak, 1 of unknown strength; 1 link has no evidence for its strength."),
                result.headline());
        assertTrue(result.headline().contains("Reading chain (weakest link broken)"), result.headline());
    }

    @Test
    void aDoneActionDoesNotCountAndAChainOfStrongLinksIsNotWeak() throws AnalysisException {
        Fixtures g = new Fixtures();
        Organisation centre = g.centre("Centre");
        BeneficiaryGroup people = g.people("People", 10);
        Link strong = g.link(centre, people, LinkStrength.STRONG);
        Link weak = g.link(centre, g.provider("Outside any chain"), LinkStrength.WEAK);
        g.chain("Sound chain", strong);
        Action done = g.add(Fixtures.F.createAction(), "Done already");
        done.setStatus(ActionStatus.DONE);
        done.getAddresses().add(weak);
        AnalysisResult result = g.run("weak-links");
        assertEquals("(in no chain)", cell(result, rowOf(result, weak), "Chain"));
        assertEquals("none", cell(result, rowOf(result, weak), "Open action"));
        assertTrue(rowsOf(result, strong).isEmpty());
        assertTrue(result.headline().contains("No chain has a weak or broken link. Every group of people served is reached by a route"
                + " of adequate or strong links."), result.headline());
    }
}
