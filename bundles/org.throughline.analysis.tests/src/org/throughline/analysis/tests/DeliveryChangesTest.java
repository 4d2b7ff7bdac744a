// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.throughline.analysis.tests.Fixtures.F;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.DeliveryChanges;
import org.throughline.analysis.api.DeliveryChanges.Change;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Element;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.Polarity;
import org.throughline.model.Priority;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;
import org.throughline.model.api.AsAt;

/** What changed between two stocktakes, on a model and its copy edited as three months of delivery would, worked out by hand. */
class DeliveryChangesTest {

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 31);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 30);

    @Test
    void saysWhatChangedInDeliveryTerms() throws Exception {
        Fixtures f = new Fixtures();
        Organisation centre = f.centre("Department");
        Organisation provider = f.provider("Provider");
        Organisation old = f.provider("Old provider");
        BeneficiaryGroup people = f.people("People", 100);
        Link funds = f.link(centre, provider, LinkStrength.STRONG);
        Link serves = f.link(provider, people, LinkStrength.WEAK);
        Link oldServes = f.link(old, people, LinkStrength.ADEQUATE);
        f.chain("Chain", funds, serves, oldServes);
        Priority priority = f.add(F.createPriority(), "People served");
        judge(f, priority, LikelihoodRating.AMBER_GREEN, LocalDate.of(2025, 1, 15));
        Indicator served = f.add(F.createIndicator(), "Share served");
        served.setPolarity(Polarity.HIGHER_IS_BETTER);
        served.setFrequency(Frequency.MONTHLY);
        Trajectory plan = f.named(F.createTrajectory(), "Plan");
        plan.setTolerance(Double.valueOf(1));
        plan.getPoints().add(point(JANUARY, 60));
        plan.getPoints().add(point(APRIL, 70));
        served.setTrajectory(plan);
        observe(served, JANUARY, 60.5);
        Action recruit = action(f, "Recruit staff", serves, ActionStatus.OPEN, LocalDate.of(2025, 3, 31));

        Model before = f.model;
        Model after = EcoreUtil.copy(before);
        // Three months on: the April stocktake judges red; the link is now adequate; April's 65 is 5 below the
        // planned 70 (tolerance 1): off track; recruiting is done; a new action; a clinic joins; the old provider leaves.
        Fixtures later = new Fixtures();
        judge(later, (Priority) find(after, priority), LikelihoodRating.RED, LocalDate.of(2025, 4, 15));
        ((Link) find(after, serves)).setStrength(LinkStrength.ADEQUATE);
        observe((Indicator) find(after, served), APRIL, 65);
        ((Action) find(after, recruit)).setStatus(ActionStatus.DONE);
        action(later, "Open a clinic", find(after, served), ActionStatus.OPEN, LocalDate.of(2025, 6, 30));
        Organisation clinic = later.provider("Clinic");
        later.link(clinic, (BeneficiaryGroup) find(after, people), LinkStrength.ADEQUATE);
        EcoreUtil.delete(find(after, oldServes));
        EcoreUtil.delete(find(after, old));
        // New elements get ids of their own, as the editor would give them.
        later.folder.getElements().forEach(e -> e.setId("new-" + e.getId()));
        after.getFolders().get(0).getElements().addAll(later.folder.getElements());

        List<Change> changes = DeliveryChanges.between(before, JANUARY, after, APRIL);
        assertEquals(List.of(
                "JUDGEMENT People served: amber green (2025-01-15) \u2192 red (2025-04-15) worse=true",
                "TRAJECTORY Share served: on track \u2192 off track worse=true",
                "LINK_STRENGTH Provider to People: weak \u2192 adequate worse=false",
                "ACTION_AGREED Open a clinic: due 2025-06-30 worse=null",
                "ACTION_CLOSED Recruit staff: done worse=null",
                "ACTOR_ADDED Clinic worse=null",
                "ACTOR_REMOVED Old provider worse=null",
                "LINK_ADDED Clinic to People worse=null",
                "LINK_REMOVED Old provider to People worse=null"),
                changes.stream().map(c -> c.kind() + " " + c.text() + " worse=" + c.worse()).toList());
        assertEquals(List.of(), DeliveryChanges.between(after, APRIL, EcoreUtil.copy(after), APRIL), "a model against itself");
    }

    @Test
    void oneModelOnTwoDatesShowsAnActionClosedBetweenThem() throws Exception {
        // Recruiting was agreed before January and done on 14 March: open on 31 January, done on 30 April.
        Fixtures f = new Fixtures();
        Organisation centre = f.centre("Department");
        Action recruit = action(f, "Recruit staff", centre, ActionStatus.DONE, LocalDate.of(2025, 3, 31));
        recruit.setClosedDate(LocalDate.of(2025, 3, 14));
        List<Change> changes = DeliveryChanges.between(AsAt.view(f.model, JANUARY), JANUARY, AsAt.view(f.model, APRIL), APRIL);
        assertEquals(List.of("ACTION_CLOSED Recruit staff: done"), changes.stream().map(c -> c.kind() + " " + c.text()).toList());
        assertEquals(List.of(), DeliveryChanges.between(AsAt.view(f.model, APRIL), APRIL, AsAt.view(f.model, APRIL), APRIL));
    }

    private static Element find(Model model, Element element) {
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element found && element.getId().equals(found.getId())) {
                return found;
            }
        }
        throw new AssertionError("no " + element.getId() + " in the copy");
    }

    private static void judge(Fixtures f, Priority priority, LikelihoodRating rating, LocalDate date) {
        Assessment assessment = f.add(F.createAssessment(), "Judgement " + date);
        assessment.setSubject(priority);
        assessment.setRating(rating);
        assessment.setDate(date);
    }

    private static Action action(Fixtures f, String name, Element addresses, ActionStatus status, LocalDate due) {
        Action action = f.add(F.createAction(), name);
        action.getAddresses().add(addresses);
        action.setStatus(status);
        action.setDueDate(due);
        return action;
    }

    private static TrajectoryPoint point(LocalDate date, double value) {
        TrajectoryPoint point = F.createTrajectoryPoint();
        point.setDate(date);
        point.setValue(Double.valueOf(value));
        return point;
    }

    private static void observe(Indicator indicator, LocalDate date, double value) {
        Observation observation = F.createObservation();
        observation.setDate(date);
        observation.setValue(Double.valueOf(value));
        indicator.getObservations().add(observation);
    }
}
