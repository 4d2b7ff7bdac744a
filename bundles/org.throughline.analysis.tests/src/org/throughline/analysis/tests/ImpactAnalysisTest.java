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
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Criticality;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Dependency;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Mission;
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
    private final DeliveryChain chain;

    ImpactAnalysisTest() {
        chain = f.chain("Reading chain", da, ab, bp, f.link(d, other, LinkStrength.STRONG));
        chain.setPriority(priority);
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
        assertTrue(result.headline().contains("The group affected numbers about 1,200 people. Followed what depends on it directly"),
                result.headline());
    }

    @Test
    void aLinksFailureCutsOffWhoIsBeyondIt() throws AnalysisException {
        AnalysisResult result = f.run("impact", bp);
        assertEquals("critical", criticality(result, pupils));
        assertTrue(rowsOf(result, b).isEmpty(), "the school is still reached");
        assertEquals("high", criticality(result, priority), "the chain no longer reaches the people it serves");
    }

    @Test
    void aFailingProjectDoesNotTakeDownItsProgrammeUnlessAskedToGoFurther() throws AnalysisException {
        AnalysisResult result = f.run("impact", tutoring);
        assertTrue(rowsOf(result, programme).isEmpty(), "a programme has other projects: one failing does not take it down");
        assertTrue(result.headline().startsWith("Nothing else in the model depends on Tutoring. Followed what depends on it directly"),
                result.headline());
        AnalysisResult further = f.run("impact", tutoring, AnalysisInput.FURTHER);
        assertEquals("high", criticality(further, programme), "asked to go further, the programme is harmed");
        assertTrue(rowsOf(further, hubs).isEmpty(), "the other project of the programme does not fail with it");
        AnalysisResult whole = f.run("impact", programme);
        assertEquals("critical", criticality(whole, hubs), "when the programme fails, its projects do");
    }

    @Test
    void theFailureStopsAtWhatDependsDirectlyAndSaysSo() throws AnalysisException {
        Mission mission = f.add(F.createMission(), "National mission");
        priority.setMission(mission);
        BeneficiaryGroup everyone = f.people("Every pupil in England", 600_000);
        outcome.getBeneficiaries().add(everyone);
        AnalysisResult result = f.run("impact", b);
        assertTrue(rowsOf(result, mission).isEmpty() && rowsOf(result, everyone).isEmpty(),
                "not up to the mission, nor to everyone the national outcome is for: " + result.rows());
        assertEquals("critical", criticality(result, pupils), "the school's own pupils are cut off");
        assertTrue(result.headline().contains("Followed what depends on it directly"), result.headline());
        AnalysisResult further = f.run("impact", b, AnalysisInput.FURTHER);
        assertEquals("high", criticality(further, mission));
        assertEquals("high", criticality(further, everyone));
        // Pupils (1,200) and every pupil in England (600,000) overlap: counted once, as the larger group.
        assertTrue(further.headline().contains("The groups affected number at least 600,000 people"), further.headline());
        assertTrue(further.headline().endsWith("Followed further than what depends on it directly: also up to a project's programme,"
                + " a priority's mission, the outcomes an outcome contributes to and the people an outcome is for."), further.headline());
    }

    @Test
    void aFailingDataLinkTakesAwayTheIndicatorsItReports() throws AnalysisException {
        Link reports = f.link(b, d, LinkKind.DATA_AND_REPORTING, LinkStrength.STRONG);
        chain.getLinks().add(reports);
        Indicator reading = f.add(F.createIndicator(), "Reading score");
        reading.setMeasures(outcome);
        AnalysisResult result = f.run("impact", reports);
        assertEquals("high", criticality(result, reading), "how will we know fails with the data link");
        assertTrue(rowsOf(result, pupils).isEmpty(), "a data link carries no delivery: nobody is cut off");
        assertTrue(result.headline().contains("1 indicator loses the data it is reported from"), result.headline());
        AnalysisResult school = f.run("impact", b);
        assertEquals("high", criticality(school, reading), "the school that reports fails, and its report with it");
    }

    @Test
    void aDataLinkThatNamesItsIndicatorsFeedsThoseAndNoOthers() throws AnalysisException {
        // The outcome has two indicators; the school's return to the department carries the
        // reading score only, the authority's return names nothing it carries.
        Indicator reading = f.add(F.createIndicator(), "Reading score");
        reading.setMeasures(outcome);
        Indicator attendance = f.add(F.createIndicator(), "Attendance");
        attendance.setMeasures(outcome);
        Link schoolReturn = f.link(b, d, LinkKind.DATA_AND_REPORTING, LinkStrength.STRONG);
        schoolReturn.getReports().add(reading);
        Link authorityReturn = f.link(a, d, LinkKind.DATA_AND_REPORTING, LinkStrength.STRONG);
        chain.getLinks().add(schoolReturn);
        chain.getLinks().add(authorityReturn);

        // The school's return fails: the reading score is lost (1 indicator), attendance is not.
        AnalysisResult named = f.run("impact", schoolReturn);
        assertEquals("high", criticality(named, reading));
        assertTrue(rowsOf(named, attendance).isEmpty(), "the return does not carry attendance: " + named.rows());
        assertTrue(named.headline().contains("1 indicator loses the data it is reported from"), named.headline());
        assertEquals("reported through " + schoolReturn.getName(), cell(named, rowOf(named, reading), "How"));

        // The authority's return names nothing: read by its chain, both indicators of the outcome (2), and it says so.
        AnalysisResult unnamed = f.run("impact", authorityReturn);
        assertEquals("high", criticality(unnamed, reading));
        assertEquals("high", criticality(unnamed, attendance));
        assertTrue(((String) cell(unnamed, rowOf(unnamed, attendance), "How")).contains("the link names no indicator it carries"),
                unnamed.rows().toString());

        // A data link outside every chain that names its indicator still feeds it.
        chain.getLinks().remove(schoolReturn);
        assertEquals("high", criticality(f.run("impact", schoolReturn), reading));
    }

    @Test
    void nothingDownstreamSaysSo() throws AnalysisException {
        assertTrue(f.run("impact", other).headline().startsWith("Nothing else in the model depends on Unrelated body."));
    }

    @Test
    void anElementThatCannotFailIsOneSentence() {
        Indicator indicator = f.add(F.createIndicator(), "Reading score");
        AnalysisException e = assertThrows(AnalysisException.class, () -> f.run("impact", indicator));
        assertEquals("the impact analysis needs an actor, a link or something delivered (a project, programme, service, step or "
                + "outcome); Reading score is an element of type indicator", e.getMessage());
    }

    @Test
    void askedAboutOneElementAfterAnotherOfAModelThatStaysAsItIsEachAnswerIsTheOneAskedAlone() throws AnalysisException {
        // A report asks about every pinch-point of one model and says the model stays as it is:
        // the graph of the whole model is read once, and what one question adds (the chain
        // without the authority) must not stay for the next.
        AnalysisResult alone = f.run("impact", bp);
        AnalysisResult authorityAlone = f.run("impact", a);
        AnalysisResult authority = f.run("impact", a, AnalysisInput.KNOWN);
        AnalysisResult link = f.run("impact", bp, AnalysisInput.KNOWN);
        assertEquals(authorityAlone.headline(), authority.headline());
        assertEquals(authorityAlone.rows().stream().map(AnalysisResult.Row::element).toList(),
                authority.rows().stream().map(AnalysisResult.Row::element).toList());
        assertEquals(alone.headline(), link.headline());
        assertEquals(alone.rows().stream().map(AnalysisResult.Row::cells).toList(),
                link.rows().stream().map(AnalysisResult.Row::cells).toList());
    }
}
