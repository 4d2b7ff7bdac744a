// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;
import static org.throughline.analysis.tests.Fixtures.rowOf;
import static org.throughline.analysis.tests.Fixtures.rowsOf;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Criticality;
import org.throughline.model.Dependency;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.Programme;
import org.throughline.model.Project;
import org.throughline.model.Service;

/**
 * What if an element fails: a chain D - A - B - pupils, where B provides a service the pupils use,
 * serving an outcome of a priority; a project depends on the service (low criticality).
 */
class ImpactAnalysisTest {

    private final Fixtures f = new Fixtures();
    private final Organisation d = f.centre("Department");
    private final Organisation a = f.provider("Authority");
    private final Organisation b = f.provider("School");
    private final Organisation other = f.provider("Unrelated body");
    private final BeneficiaryGroup pupils = f.people("Pupils", 1200);
    private final Link da = f.link(d, a, LinkStrength.STRONG);
    private final Link ab = f.link(a, b, LinkStrength.STRONG);
    private final Link bp = f.link(b, pupils, LinkStrength.STRONG);
    private final Service service = f.add(F.createService(), "Reading catch-up");
    private final Outcome outcome = f.add(F.createOutcome(), "Pupils read well");
    private final Priority priority = f.add(F.createPriority(), "Reading at 11");
    private final Programme programme = f.add(F.createProgramme(), "Reading programme");
    private final Project tutoring = F.createProject();
    private final Project hubs = F.createProject();

    ImpactAnalysisTest() {
        f.chain("Reading chain", da, ab, bp, f.link(d, other, LinkStrength.STRONG)).setPriority(priority);
        service.setProvider(b);
        service.getUsers().add(pupils);
        service.getOutcomes().add(outcome);
        priority.getOutcomes().add(outcome);
        f.named(tutoring, "Tutoring");
        f.named(hubs, "Hubs");
        programme.getProjects().add(tutoring);
        programme.getProjects().add(hubs);
        Dependency dependency = f.add(F.createDependency(), "Tutoring needs catch-up places");
        dependency.setFrom(tutoring);
        dependency.setTo(service);
        dependency.setCriticality(Criticality.LOW);
    }

    private static String criticality(AnalysisResult result, EObject element) {
        return (String) cell(result, rowOf(result, element), "Criticality");
    }

    @Test
    void anActorsFailureReachesEverythingDownstreamRankedByCriticality() throws AnalysisException {
        AnalysisResult result = f.run("impact", a);
        assertEquals("critical", criticality(result, b), "the school is cut off from the department");
        assertEquals("critical", criticality(result, pupils));
        assertEquals("critical", criticality(result, service), "its provider is cut off");
        assertEquals("high", criticality(result, outcome));
        assertEquals("high", criticality(result, priority));
        assertEquals("low", criticality(result, tutoring), "through a dependency of low criticality");
        assertEquals("people served", cell(result, rowOf(result, pupils), "What"));
        assertEquals("cut off from the centre in Reading chain", cell(result, rowOf(result, pupils), "How"));
        assertTrue(rowsOf(result, other).isEmpty() && rowsOf(result, d).isEmpty() && rowsOf(result, a).isEmpty(),
                "the centre, the subject and bodies still reached are not affected");
        List<String> ranks = List.of("critical", "high", "medium", "low");
        List<Integer> order = result.rows().stream().map(r -> ranks.indexOf(cell(result, r, "Criticality"))).toList();
        assertEquals(order.stream().sorted().toList(), order, "most critical first");
        assertTrue(result.headline().startsWith("If Authority fails, 1 priority, 1 outcome, 1 service and 1 group of people served"),
                result.headline());
        assertTrue(result.headline().endsWith("The groups affected number about 1,200 people."), result.headline());
    }

    @Test
    void aLinksFailureCutsOffWhoIsBeyondIt() throws AnalysisException {
        AnalysisResult result = f.run("impact", bp);
        assertEquals("critical", criticality(result, pupils));
        assertTrue(rowsOf(result, b).isEmpty(), "the school is still reached");
        assertEquals("high", criticality(result, priority), "the chain no longer reaches the people it serves");
    }

    @Test
    void aFailingProjectHarmsItsProgrammeButNotItsSiblings() throws AnalysisException {
        AnalysisResult result = f.run("impact", tutoring);
        assertEquals("high", criticality(result, programme));
        assertTrue(rowsOf(result, hubs).isEmpty(), "the other project of the programme does not fail with it");
        AnalysisResult whole = f.run("impact", programme);
        assertEquals("critical", criticality(whole, hubs), "when the programme fails, its projects do");
    }

    @Test
    void nothingDownstreamSaysSo() throws AnalysisException {
        assertEquals("Nothing else in the model depends on Unrelated body.", f.run("impact", other).headline());
    }

    @Test
    void anElementThatCannotFailIsOneSentence() {
        Indicator indicator = f.add(F.createIndicator(), "Reading score");
        AnalysisException e = assertThrows(AnalysisException.class, () -> f.run("impact", indicator));
        assertEquals("the impact analysis needs an actor, a link or something delivered (a project, programme, service, step or "
                + "outcome); Reading score is an element of type indicator", e.getMessage());
    }
}
