// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.tests;

import java.time.LocalDate;

import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.Baseline;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.EffectivenessRating;
import org.throughline.model.Folder;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Milestone;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.Outcome;
import org.throughline.model.Period;
import org.throughline.model.Person;
import org.throughline.model.Polarity;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Programme;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.Service;
import org.throughline.model.Stocktake;
import org.throughline.model.Target;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.Tier;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;

/**
 * A small delivery system with nothing wrong in it, as of {@link #TODAY}: every rule is silent
 * on it. Each rule's test breaks one thing and expects that rule, and only the rules it should
 * wake, to speak.
 */
final class Healthy {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;

    final Model model = F.createModel();
    final Folder folder = F.createFolder();
    final Tier centre = F.createTier();
    final Tier frontline = F.createTier();
    final Person sroPerson = F.createPerson();
    final Role sro = F.createRole();
    final Organisation department = F.createOrganisation();
    final Organisation trustA = F.createOrganisation();
    final Organisation trustB = F.createOrganisation();
    final BeneficiaryGroup patients = F.createBeneficiaryGroup();
    final Link fundsA;
    final Link fundsB;
    final Link servesA;
    final Link servesB;
    final DeliveryChain chain = F.createDeliveryChain();
    final Priority priority = F.createPriority();
    final Outcome outcome = F.createOutcome();
    final Indicator indicator = F.createIndicator();
    final Service service = F.createService();
    final ProcessStep step = F.createProcessStep();
    final Programme programme = F.createProgramme();
    final Milestone milestone = F.createMilestone();
    final Stocktake stocktake = F.createStocktake();
    final Assessment assessment = F.createAssessment();
    final Action action = F.createAction();

    Healthy() {
        named(model, "Healthy system");
        model.getFolders().add(named(folder, "All"));
        add(named(centre, "Centre"));
        add(named(frontline, "Frontline"));
        frontline.setLevel(2);
        add(named(sroPerson, "Alex Owner"));
        add(named(sro, "SRO for waiting times"));
        sro.setKind(RoleKind.SRO);
        sro.setHolder(sroPerson);
        add(named(department, "Department"));
        department.setKind(OrganisationKind.CENTRAL_DEPARTMENT);
        department.setTier(centre);
        add(named(trustA, "Trust A"));
        trustA.setKind(OrganisationKind.PROVIDER);
        add(named(trustB, "Trust B"));
        trustB.setKind(OrganisationKind.PROVIDER);
        add(named(patients, "Patients"));
        patients.setTier(frontline);
        fundsA = link("Funds A", department, trustA, LinkKind.FUNDING);
        fundsB = link("Funds B", department, trustB, LinkKind.FUNDING);
        servesA = link("A serves patients", trustA, patients, LinkKind.SUPPORT);
        servesB = link("B serves patients", trustB, patients, LinkKind.SUPPORT);
        add(named(chain, "Waiting-time chain"));
        chain.getActors().addAll(java.util.List.of(department, trustA, trustB, patients));
        chain.getLinks().addAll(java.util.List.of(fundsA, fundsB, servesA, servesB));

        add(named(priority, "Cut waiting times"));
        priority.setOwner(sro);
        priority.getOutcomes().add(outcome);
        chain.setPriority(priority);
        add(named(outcome, "Patients seen within four hours"));
        outcome.setOwner(sro);

        add(named(indicator, "Share seen within four hours"));
        indicator.setMeasures(outcome);
        indicator.setOwner(sro);
        indicator.setUnit("%");
        indicator.setPolarity(Polarity.HIGHER_IS_BETTER);
        indicator.setFrequency(Frequency.MONTHLY);
        Baseline baseline = F.createBaseline();
        baseline.setValue(70.0);
        baseline.setDate(LocalDate.of(2025, 1, 1));
        indicator.setBaseline(baseline);
        Target target = named(F.createTarget(), "95 by 2026");
        target.setValue(95.0);
        target.setDate(LocalDate.of(2026, 1, 1));
        indicator.getTargets().add(target);
        Trajectory trajectory = named(F.createTrajectory(), "Plan");
        trajectory.setTolerance(2.0);
        trajectory.getPoints().add(point(LocalDate.of(2025, 1, 1), 70));
        trajectory.getPoints().add(point(LocalDate.of(2026, 1, 1), 94));
        indicator.setTrajectory(trajectory);
        indicator.getObservations().add(observation(LocalDate.of(2025, 4, 1), 76));
        indicator.getObservations().add(observation(LocalDate.of(2025, 5, 1), 78));

        add(named(service, "Emergency care"));
        service.setOwner(sro);
        service.getSteps().add(named(step, "Triage"));
        step.setPeriod(Period.WEEK);
        step.setDemandPerPeriod(900.0);
        step.setCapacityPerPeriod(1000.0);
        step.setFailureDemandShare(0.1);

        add(named(programme, "Capacity programme"));
        programme.setBudget(1_000_000.0);
        programme.setFunded(true);
        programme.setRating(EffectivenessRating.EFFECTIVE);
        programme.getOutcomes().add(outcome);
        programme.getMilestones().add(named(milestone, "Beds open"));
        milestone.setDate(LocalDate.of(2025, 3, 1));
        milestone.setAchieved(true);

        add(named(stocktake, "Spring stocktake"));
        stocktake.setDate(LocalDate.of(2025, 5, 15));
        stocktake.setChair(sroPerson);
        stocktake.getPrioritiesReviewed().add(priority);
        add(named(assessment, "Spring judgement"));
        assessment.setSubject(priority);
        assessment.setRating(LikelihoodRating.GREEN);
        assessment.setDate(LocalDate.of(2025, 5, 15));
        stocktake.getAssessments().add(assessment);
        add(named(action, "Keep the momentum"));
        action.setOwner(sro);
        action.setDueDate(LocalDate.of(2025, 9, 1));
        action.setStatus(ActionStatus.OPEN);
        action.getAddresses().add(service);
        stocktake.getActionsAgreed().add(action);
    }

    private static <T extends org.throughline.model.Element> T named(T element, String name) {
        element.setName(name);
        element.setId(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return element;
    }

    void add(org.throughline.model.Concept concept) {
        folder.getElements().add(concept);
    }

    Link link(String name, org.throughline.model.Actor from, org.throughline.model.Actor to, LinkKind kind) {
        Link link = named(F.createLink(), name);
        link.setSource(from);
        link.setTarget(to);
        link.setKind(kind);
        link.setStrength(LinkStrength.STRONG);
        link.setEvidence("Reviewed at the spring stocktake.");
        add(link);
        return link;
    }

    private static TrajectoryPoint point(LocalDate date, double value) {
        TrajectoryPoint point = F.createTrajectoryPoint();
        point.setDate(date);
        point.setValue(value);
        return point;
    }

    static Observation observation(LocalDate date, double value) {
        Observation observation = F.createObservation();
        observation.setDate(date);
        observation.setValue(value);
        return observation;
    }
}
