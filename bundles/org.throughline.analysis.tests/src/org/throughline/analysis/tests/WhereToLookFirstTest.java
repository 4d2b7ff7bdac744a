// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;
import static org.throughline.analysis.tests.Fixtures.cell;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Element;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Person;
import org.throughline.model.Polarity;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.Service;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;

/**
 * Where to look first, on a small system whose ranking was worked out by hand. A department
 * funds a council, which commissions a care agency (weakly, with no action) that is the only way
 * to the people needing care; the council performs the service's pinch-point; a trust and a clinic
 * both serve patients; the trust's data return is broken; the service's owner's post is vacant;
 * the indicator behind it all is off track.
 */
class WhereToLookFirstTest {

    private final Fixtures f = new Fixtures();

    private final Organisation department = f.centre("Department");
    private final Organisation council = organisation("Council", OrganisationKind.LOCAL_AUTHORITY);
    private final Organisation agency = f.provider("Care agency");
    private final Organisation trust = f.provider("Trust");
    private final Organisation clinic = f.provider("Clinic");
    private final BeneficiaryGroup needingCare = f.people("People needing care", 200);
    private final BeneficiaryGroup patients = f.people("Patients", 1000);

    private final Link fundsCouncil = link(department, council, LinkKind.FUNDING, LinkStrength.STRONG);
    private final Link commissionsCouncil = link(department, council, LinkKind.COMMISSIONING, LinkStrength.STRONG);
    private final Link commissionsAgency = link(council, agency, LinkKind.COMMISSIONING, LinkStrength.WEAK);
    private final Link agencyCares = link(agency, needingCare, LinkKind.SUPPORT, LinkStrength.ADEQUATE);
    private final Link fundsTrust = link(department, trust, LinkKind.FUNDING, LinkStrength.STRONG);
    private final Link trustTreats = link(trust, patients, LinkKind.SUPPORT, LinkStrength.UNKNOWN);
    private final Link fundsClinic = link(department, clinic, LinkKind.FUNDING, LinkStrength.STRONG);
    private final Link clinicTreats = link(clinic, patients, LinkKind.SUPPORT, LinkStrength.ADEQUATE);
    private final Link trustReports = link(trust, department, LinkKind.DATA_AND_REPORTING, LinkStrength.BROKEN);

    private final Outcome served = f.add(F.createOutcome(), "People are served on time");
    private final Outcome careStarts = f.add(F.createOutcome(), "Care starts promptly");
    private final Indicator onTime = f.add(F.createIndicator(), "Served on time");
    private final Service arrangeCare = f.add(F.createService(), "Arrange care");
    private final ProcessStep sourceCare = f.named(F.createProcessStep(), "Source care");
    private final ProcessStep assess = f.named(F.createProcessStep(), "Assess needs");

    WhereToLookFirstTest() {
        f.chain("Care chain", fundsCouncil, commissionsCouncil, commissionsAgency, agencyCares, fundsTrust, trustTreats, fundsClinic,
                clinicTreats, trustReports);

        Person holder = f.add(F.createPerson(), "Sam Okoro");
        Role sro = f.add(F.createRole(), "SRO");
        sro.setKind(RoleKind.SRO);
        sro.setHolder(holder);
        Role director = f.add(F.createRole(), "Director of care");
        director.setKind(RoleKind.SERVICE_OWNER);
        Priority priority = f.add(F.createPriority(), "Care on time");
        priority.setOwner(sro);
        served.setOwner(sro);
        careStarts.setOwner(sro);
        OutcomeContribution contribution = f.named(F.createOutcomeContribution(), "Care frees time");
        contribution.setTarget(served);
        careStarts.getContributions().add(contribution);

        onTime.setMeasures(served);
        onTime.setPolarity(Polarity.HIGHER_IS_BETTER);
        onTime.setFrequency(Frequency.MONTHLY);
        onTime.setUnit("%");
        Trajectory trajectory = f.named(F.createTrajectory(), "Plan");
        trajectory.setTolerance(Double.valueOf(2));
        trajectory.getPoints().add(point(LocalDate.of(2025, 1, 31), 80));
        trajectory.getPoints().add(point(LocalDate.of(2025, 5, 31), 85));
        onTime.setTrajectory(trajectory);
        onTime.getObservations().add(observation(LocalDate.of(2025, 1, 31), 79));
        onTime.getObservations().add(observation(LocalDate.of(2025, 5, 31), 75));

        arrangeCare.setOwner(director);
        arrangeCare.setProvider(council);
        arrangeCare.getOutcomes().add(careStarts);
        step(sourceCare, 30, 20, council);
        step(assess, 10, 20, agency);

        action("Agree a data fix with the trust", trustTreats, ActionStatus.OPEN, LocalDate.of(2025, 3, 1));
        action("Buy more care hours", sourceCare, ActionStatus.IN_PROGRESS, LocalDate.of(2025, 9, 1));
        action("Second a manager to the agency", agency, ActionStatus.OPEN, LocalDate.of(2025, 9, 1));
        action("Recovery plan", onTime, ActionStatus.OPEN, LocalDate.of(2025, 9, 1));
        action("Renegotiate the framework (done last year)", commissionsAgency, ActionStatus.DONE, LocalDate.of(2024, 9, 1));
    }

    @Test
    void ranksWhereProblemsMeet() throws Exception {
        AnalysisResult result = f.run("where-to-look-first");
        // Scores worked out by hand (own problems + what makes them worse):
        // council -> agency: weak 2 + single point for the 200 needing care 2 + no open action (the one done
        //   does not count) 1 + the council performs the pinch-point 2 + behind the off-track measure
        //   (council -> Arrange care -> Care starts promptly -> People are served on time) 1 = 8
        // Council: single point 2 + no action 1 + performs the pinch-point 2 + behind 1 = 6
        // Source care: pinch-point 3 + behind 1 (its open action is not yet due) = 4, own weight 3
        // Trust -> Department: broken 3 + no action 1 = 4, own weight 3 (Trust does no step of the service)
        // Arrange care: owner's role vacant 2 + no action 1 + behind 1 = 4, own weight 2
        // Care agency -> People needing care: single point 2 + no action 1 + behind (the agency assesses) 1 = 4
        // Served on time: off track (75 against 85, tolerance 2) 3, with an open action = 3
        // Care agency: single point 2 + behind 1, with an open action = 3
        // Trust -> Patients: unknown strength 1 + its action overdue since 1 March 1 = 2 (the clinic also serves patients)
        List<EObject> expected = List.of(commissionsAgency, council, sourceCare, trustReports, arrangeCare, agencyCares, onTime, agency,
                trustTreats);
        assertEquals(names(expected), names(result.rows().stream().map(Row::element).toList()));
        assertEquals(List.of(8, 6, 4, 4, 4, 4, 3, 3, 2), result.rows().stream().map(r -> cell(result, r, "Score")).toList());
        assertEquals(1, cell(result, result.rows().get(0), "Rank"));

        assertEquals("weak link, the only route to People needing care (200 people), no action, "
                + "feeds the pinch-point Source care (150 %), behind the off-track measure Served on time",
                cell(result, result.rows().get(0), "Why look here"));
        assertEquals("the only route to People needing care (200 people), no action, "
                + "performs the pinch-point Source care (150 %), behind the off-track measure Served on time",
                cell(result, result.rows().get(1), "Why look here"));
        assertEquals("off track: 75% against 85% planned at 2025-05-31", cell(result, Fixtures.rowOf(result, onTime), "Why look here"));
        assertEquals("its owner's role (Director of care) is vacant, no action, behind the off-track measure Served on time",
                cell(result, Fixtures.rowOf(result, arrangeCare), "Why look here"));
        assertEquals("link of unknown strength, action overdue: Agree a data fix with the trust (due 2025-03-01)",
                cell(result, Fixtures.rowOf(result, trustTreats), "Why look here"));
        assertTrue(result.headline().startsWith(
                "9 places where problems show, 8 where two or more meet. Look first at Council to Care agency (score 8)"),
                result.headline());
    }

    @Test
    void actingOnTheWeakLinkLowersItsScore() throws Exception {
        action("Raise the framework rate", commissionsAgency, ActionStatus.IN_PROGRESS, LocalDate.of(2025, 12, 1));
        AnalysisResult result = f.run("where-to-look-first");
        // 8 - 1 (an open action, not overdue) = 7: still first, and "no action" is gone from its reasons.
        Row first = result.rows().get(0);
        assertEquals(commissionsAgency, first.element());
        assertEquals(7, cell(result, first, "Score"));
        assertTrue(!String.valueOf(cell(result, first, "Why look here")).contains("no action"));
    }

    @Test
    void aSoundSystemHasNothingToLookAt() throws Exception {
        Fixtures sound = new Fixtures();
        Organisation centre = sound.centre("Department");
        Organisation provider = sound.provider("Provider");
        BeneficiaryGroup people = sound.people("People", 10);
        sound.chain("Chain", sound.link(centre, provider, LinkStrength.STRONG), sound.link(centre, provider, LinkStrength.ADEQUATE),
                sound.link(provider, people, LinkStrength.STRONG), sound.link(centre, people, LinkStrength.STRONG));
        AnalysisResult result = sound.run("where-to-look-first");
        assertEquals(List.of(), result.rows());
        assertTrue(result.headline().startsWith("Nothing to look at first"), result.headline());
    }

    private static List<String> names(List<EObject> elements) {
        return elements.stream().map(e -> ((Element) e).getName()).toList();
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        Organisation organisation = f.add(F.createOrganisation(), name);
        organisation.setKind(kind);
        return organisation;
    }

    private Link link(Organisation from, org.throughline.model.Actor to, LinkKind kind, LinkStrength strength) {
        Link link = f.link(from, to, strength);
        link.setKind(kind);
        return link;
    }

    private void step(ProcessStep step, double demand, double capacity, Organisation by) {
        step.setDemandPerPeriod(Double.valueOf(demand));
        step.setCapacityPerPeriod(Double.valueOf(capacity));
        step.setPerformedBy(by);
        step.setPeriod(org.throughline.model.Period.WEEK);
        arrangeCare.getSteps().add(step);
    }

    private void action(String name, Element addresses, ActionStatus status, LocalDate due) {
        Action action = f.add(F.createAction(), name);
        action.getAddresses().add(addresses);
        action.setStatus(status);
        action.setDueDate(due);
    }

    private static TrajectoryPoint point(LocalDate date, double value) {
        TrajectoryPoint point = F.createTrajectoryPoint();
        point.setDate(date);
        point.setValue(Double.valueOf(value));
        return point;
    }

    private static Observation observation(LocalDate date, double value) {
        Observation observation = F.createObservation();
        observation.setDate(date);
        observation.setValue(Double.valueOf(value));
        return observation;
    }
}
