// SPDX-License-Identifier: EPL-2.0
package org.throughline.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.Baseline;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Concept;
import org.throughline.model.CriterionRating;
import org.throughline.model.Criticality;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Dependency;
import org.throughline.model.Element;
import org.throughline.model.EvidenceStrength;
import org.throughline.model.Folder;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.Level;
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
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Period;
import org.throughline.model.Person;
import org.throughline.model.Polarity;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Programme;
import org.throughline.model.Project;
import org.throughline.model.Property;
import org.throughline.model.Risk;
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
 * Builds realistic delivery-chain models of any size, for tests and benchmarks: per region, a
 * priority with outcomes and indicators (baselines, targets, monthly trajectories and
 * observations), a chain of organisations from the centre to frontline units and the people
 * served, linked with varied kinds and strengths, a service with demand and capacity, a
 * programme with projects and milestones, dependencies, a stocktake with assessments and
 * actions, and risks. The same size and seed always give the same model, ids included.
 */
public final class ModelGenerator {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;
    private static final LocalDate START = LocalDate.of(2024, 4, 1);
    /** Every kind a modeller would state (a generated link always has one). */
    private static final LinkKind[] KINDS = java.util.Arrays.stream(LinkKind.values()).filter(k -> k != LinkKind.NOT_SET)
            .toArray(LinkKind[]::new);
    private static final LinkStrength[] STRENGTHS = { LinkStrength.STRONG, LinkStrength.STRONG, LinkStrength.ADEQUATE,
            LinkStrength.ADEQUATE, LinkStrength.ADEQUATE, LinkStrength.WEAK, LinkStrength.BROKEN, LinkStrength.UNKNOWN };

    private final Random random;
    private final int size;
    private long nextId;
    private int count;

    private ModelGenerator(int size, long seed) {
        this.size = size;
        this.random = new Random(seed);
    }

    /**
     * A delivery chain of every actor and every link of all the model's chains (the first chain's
     * priority), added to its first folder: a large diagram for layout and paint measurements.
     *
     * @param model a generated model
     * @return the new chain
     */
    public static DeliveryChain everyActor(Model model) {
        DeliveryChain chain = ThroughlineFactory.eINSTANCE.createDeliveryChain();
        chain.setId("every-actor"); //$NON-NLS-1$
        chain.setName("Every actor"); //$NON-NLS-1$
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DeliveryChain c) {
                c.getActors().stream().filter(seen::add).forEach(chain.getActors()::add);
                chain.getLinks().addAll(c.getLinks());
                if (chain.getPriority() == null) {
                    chain.setPriority(c.getPriority());
                }
            }
        }
        model.getFolders().get(0).getElements().add(chain);
        return chain;
    }

    /**
     * @param elements how many model objects to create (every object counts: elements,
     *                 observations, trajectory points, properties...); the result has at least
     *                 this many, and at most one region more
     * @param seed     the random seed; the same seed gives the same model
     * @return a model that is not yet in a resource
     */
    public static Model generate(int elements, long seed) {
        return new ModelGenerator(elements, seed).build();
    }

    /**
     * @param model a model
     * @return how many objects it contains, itself included
     */
    public static int countObjects(EObject model) {
        int n = 1;
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext(); all.next()) {
            n++;
        }
        return n;
    }

    private <T extends Element> T named(T element, String name) {
        element.setId("g" + Long.toString(nextId++, 36));
        element.setName(name);
        count++;
        return element;
    }

    private Model build() {
        Model model = named(F.createModel(), "Generated delivery system (" + size + " objects)");
        model.setVersion("1");
        Folder shared = named(F.createFolder(), "Centre");
        model.getFolders().add(shared);
        Tier[] tiers = new Tier[4];
        String[] tierNames = { "Centre", "National bodies", "Regional and local", "Frontline" };
        for (int i = 0; i < tiers.length; i++) {
            tiers[i] = named(F.createTier(), tierNames[i]);
            tiers[i].setLevel(i);
            shared.getElements().add(tiers[i]);
        }
        Organisation department = named(F.createOrganisation(), "Department for Delivery");
        department.setKind(OrganisationKind.CENTRAL_DEPARTMENT);
        department.setTier(tiers[0]);
        shared.getElements().add(department);
        Organisation agency = named(F.createOrganisation(), "National Delivery Agency");
        agency.setKind(OrganisationKind.ARMS_LENGTH_BODY);
        agency.setTier(tiers[1]);
        agency.setParent(department);
        shared.getElements().add(agency);
        Person secretary = named(F.createPerson(), "Permanent Secretary");
        shared.getElements().add(secretary);
        int region = 0;
        while (count < size) {
            region++;
            buildRegion(model, region, tiers, department, agency, secretary);
        }
        return model;
    }

    private void buildRegion(Model model, int region, Tier[] tiers, Organisation department, Organisation agency,
            Person secretary) {
        Folder folder = named(F.createFolder(), "Region " + region);
        model.getFolders().add(folder);
        List<Element> contents = new ArrayList<>();

        Person sroPerson = named(F.createPerson(), "SRO " + region);
        Role sro = named(F.createRole(), "Senior Responsible Owner, region " + region);
        sro.setKind(RoleKind.SRO);
        sro.setHolder(sroPerson);
        sro.setOrganisation(department);
        contents.add(sroPerson);
        contents.add(sro);

        Priority priority = named(F.createPriority(), "Priority " + region + ": cut waiting times");
        priority.setRank(Integer.valueOf(region));
        priority.setOwner(sro);
        priority.setLeadOrganisation(department);
        priority.setDescription("Patients are seen within four hours in region " + region + ".");
        property(priority, "portfolio", region % 2 == 0 ? "health" : "education");
        contents.add(priority);

        BeneficiaryGroup people = named(F.createBeneficiaryGroup(), "People served in region " + region);
        people.setPopulation(Long.valueOf(50_000L + random.nextInt(500_000)));
        people.setTier(tiers[3]);
        contents.add(people);

        List<Outcome> outcomes = new ArrayList<>();
        for (int o = 0; o < 2; o++) {
            Outcome outcome = named(F.createOutcome(), "Outcome " + region + "." + (o + 1));
            outcome.setOwner(sro);
            outcome.getBeneficiaries().add(people);
            outcomes.add(outcome);
            priority.getOutcomes().add(outcome);
            contents.add(outcome);
            contents.add(indicator(region, o, outcome, sro));
        }
        outcomes.get(0).getContributions().add(contribution(outcomes.get(1)));

        Organisation regional = named(F.createOrganisation(), "Regional body " + region);
        regional.setKind(OrganisationKind.LOCAL_AUTHORITY);
        regional.setTier(tiers[2]);
        contents.add(regional);
        List<Organisation> providers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            Organisation provider = named(F.createOrganisation(), "Provider " + region + "." + (p + 1));
            provider.setKind(OrganisationKind.PROVIDER);
            provider.setTier(tiers[2]);
            provider.setParent(regional);
            providers.add(provider);
            contents.add(provider);
        }
        DeliveryChain chain = named(F.createDeliveryChain(), "Delivery chain " + region);
        chain.setPriority(priority);
        chain.getActors().add(department);
        chain.getActors().add(agency);
        chain.getActors().add(regional);
        contents.add(chain);
        contents.add(link(chain, department, agency));
        contents.add(link(chain, agency, regional));
        for (Organisation provider : providers) {
            chain.getActors().add(provider);
            contents.add(link(chain, regional, provider));
            Organisation unit = named(F.createOrganisation(), "Frontline unit of " + provider.getName());
            unit.setKind(OrganisationKind.FRONTLINE_UNIT);
            unit.setTier(tiers[3]);
            unit.setParent(provider);
            chain.getActors().add(unit);
            contents.add(unit);
            contents.add(link(chain, provider, unit));
            contents.add(link(chain, unit, people));
        }
        chain.getActors().add(people);

        Service service = named(F.createService(), "Service " + region);
        service.setOwner(sro);
        service.setProvider(providers.get(0));
        service.getUsers().add(people);
        service.getOutcomes().add(outcomes.get(0));
        String[] steps = { "Arrive", "Triage", "Assess", "Treat", "Discharge" };
        for (String stepName : steps) {
            ProcessStep step = named(F.createProcessStep(), stepName);
            step.setPeriod(Period.WEEK);
            double demand = 800 + random.nextInt(400);
            step.setDemandPerPeriod(Double.valueOf(demand));
            step.setCapacityPerPeriod(Double.valueOf(demand * (0.8 + random.nextDouble() * 0.5)));
            step.setFailureDemandShare(Double.valueOf(Math.round(random.nextDouble() * 40) / 100.0));
            step.setPerformedBy(providers.get(random.nextInt(providers.size())));
            service.getSteps().add(step);
        }
        contents.add(service);

        Programme programme = named(F.createProgramme(), "Programme " + region);
        programme.setOwner(sro);
        programme.setBudget(Double.valueOf(1_000_000.0 * (1 + random.nextInt(50))));
        programme.setStartDate(START);
        programme.setEndDate(START.plusYears(3));
        programme.setFunded(true);
        programme.getOutcomes().add(outcomes.get(0));
        for (int p = 0; p < 2; p++) {
            Project project = named(F.createProject(), "Project " + region + "." + (p + 1));
            project.setBudget(Double.valueOf(250_000.0 * (1 + random.nextInt(8))));
            project.setStartDate(START.plusMonths(p * 6L));
            project.setEndDate(START.plusMonths(18 + p * 6L));
            Milestone milestone = named(F.createMilestone(), "Go live " + region + "." + (p + 1));
            milestone.setDate(START.plusMonths(12 + p * 6L));
            milestone.setAchieved(random.nextBoolean());
            project.getMilestones().add(milestone);
            programme.getProjects().add(project);
        }
        contents.add(programme);
        Dependency dependency = named(F.createDependency(), "Service depends on programme " + region);
        dependency.setFrom(service);
        dependency.setTo(programme.getProjects().get(0));
        dependency.setCriticality(Criticality.CRITICAL);
        contents.add(dependency);

        Stocktake stocktake = named(F.createStocktake(), "Stocktake " + region);
        stocktake.setDate(START.plusMonths(9));
        stocktake.setChair(secretary);
        stocktake.getAttendees().add(sroPerson);
        stocktake.getPrioritiesReviewed().add(priority);
        Assessment assessment = named(F.createAssessment(), "Likelihood of delivery, priority " + region);
        assessment.setSubject(priority);
        assessment.setRating(LikelihoodRating.get(random.nextInt(4)));
        assessment.setDate(stocktake.getDate());
        assessment.setAssessor(secretary);
        assessment.setRationale("Trajectory and chain strength reviewed at the stocktake.");
        for (String criterion : new String[] { "Quality of planning", "Capacity to drive progress", "Stage of delivery" }) {
            CriterionRating rating = F.createCriterionRating();
            rating.setCriterion(criterion);
            rating.setRating(LikelihoodRating.get(random.nextInt(4)));
            assessment.getCriteria().add(rating);
            count++;
        }
        stocktake.getAssessments().add(assessment);
        Action action = named(F.createAction(), "Strengthen the weakest link, region " + region);
        action.setOwner(sro);
        action.setDueDate(stocktake.getDate().plusMonths(2));
        action.setStatus(ActionStatus.OPEN);
        action.getAddresses().add(priority);
        stocktake.getActionsAgreed().add(action);
        Risk risk = named(F.createRisk(), "Workforce shortfall, region " + region);
        risk.setOwner(sro);
        risk.setLikelihood(Level.MEDIUM);
        risk.setImpact(Level.HIGH);
        risk.getAffects().add(priority);
        contents.add(stocktake);
        contents.add(assessment);
        contents.add(action);
        contents.add(risk);

        for (Element element : contents) {
            folder.getElements().add((Concept) element);
        }
    }

    private Indicator indicator(int region, int index, Outcome outcome, Role owner) {
        Indicator indicator = named(F.createIndicator(), "Share seen within four hours " + region + "." + (index + 1));
        indicator.setUnit("%");
        indicator.setPolarity(Polarity.HIGHER_IS_BETTER);
        indicator.setFrequency(Frequency.MONTHLY);
        indicator.setDataSource("Monthly situation reports");
        indicator.setOwner(owner);
        indicator.setMeasures(outcome);
        double base = 70 + random.nextInt(10);
        Baseline baseline = F.createBaseline();
        baseline.setValue(Double.valueOf(base));
        baseline.setDate(START);
        indicator.setBaseline(baseline);
        count++;
        Target target = named(F.createTarget(), "Target " + region + "." + (index + 1));
        target.setValue(Double.valueOf(95));
        target.setDate(START.plusMonths(24));
        indicator.getTargets().add(target);
        Trajectory trajectory = named(F.createTrajectory(), "Trajectory " + region + "." + (index + 1));
        trajectory.setTolerance(Double.valueOf(2));
        for (int month = 0; month <= 24; month += 2) {
            TrajectoryPoint point = F.createTrajectoryPoint();
            point.setDate(START.plusMonths(month));
            point.setValue(Double.valueOf(round(base + (95 - base) * month / 24.0)));
            trajectory.getPoints().add(point);
            count++;
        }
        indicator.setTrajectory(trajectory);
        double actual = base;
        for (int month = 1; month <= 12; month++) {
            actual += random.nextGaussian() + 0.6;
            Observation observation = F.createObservation();
            observation.setDate(START.plusMonths(month));
            observation.setValue(Double.valueOf(round(actual)));
            observation.setSource("SitRep");
            indicator.getObservations().add(observation);
            count++;
        }
        return indicator;
    }

    private OutcomeContribution contribution(Outcome target) {
        OutcomeContribution contribution = named(F.createOutcomeContribution(),
                "contributes to " + target.getName());
        contribution.setTarget(target);
        contribution.setAssumptions("Faster assessment frees capacity downstream.");
        contribution.setEvidenceStrength(EvidenceStrength.MODERATE);
        return contribution;
    }

    private Link link(DeliveryChain chain, Actor from, Actor to) {
        Link link = named(F.createLink(), from.getName() + " to " + to.getName());
        link.setSource(from);
        link.setTarget(to);
        link.setKind(KINDS[random.nextInt(KINDS.length)]);
        link.setStrength(STRENGTHS[random.nextInt(STRENGTHS.length)]);
        if (random.nextBoolean()) {
            link.setEvidence("Reviewed at the quarterly stocktake.");
        }
        chain.getLinks().add(link);
        return link;
    }

    private void property(Element element, String key, String value) {
        Property property = F.createProperty();
        property.setKey(key);
        property.setValue(value);
        element.getProperties().add(property);
        count++;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
