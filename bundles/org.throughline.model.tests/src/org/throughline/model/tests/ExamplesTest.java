// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.Assessment;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Indicator;
import org.throughline.model.Issue;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Milestone;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.Polarity;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Risk;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.Service;
import org.throughline.model.Stocktake;
import org.throughline.model.Target;
import org.throughline.model.Team;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;
import org.throughline.model.UserJourney;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;

/**
 * The example models load, save back to the same bytes, hold together, and show what they are
 * meant to show: chains from the centre to the citizen with deliberate weak links, indicators off
 * trajectory, a pinch-point in a cross-department journey, and a history of assessments.
 */
class ExamplesTest {

    static Stream<Path> examples() throws IOException {
        return Examples.all().stream();
    }

    @Test
    void theFourExamplesAreShipped() throws IOException {
        List<String> names = Examples.all().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("benefit-claims.throughline", "emergency-care.throughline", "portfolio.throughline",
                "school-literacy.throughline"), names);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsWithoutErrorsOrWarnings(Path file) throws IOException {
        Resource resource = ModelFiles.load(file);
        assertTrue(resource.getErrors().isEmpty(), () -> file + ": " + resource.getErrors());
        assertTrue(resource.getWarnings().isEmpty(), () -> file + " needed migrating or warned: " + resource.getWarnings());
        assertEquals(1, resource.getContents().size());
        assertTrue(resource.getContents().get(0) instanceof Model, file + " has a Model root");
        int objects = count(resource);
        assertTrue(objects >= 150 && objects <= 400, file + " has " + objects + " objects");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void savingReproducesTheFileByteForByte(Path file, @TempDir Path folder) throws IOException {
        Resource resource = ModelFiles.load(file);
        Path copy = folder.resolve(file.getFileName());
        resource.setURI(URI.createFileURI(copy.toAbsolutePath().toString()));
        ModelFiles.save(resource);
        List<String> shipped = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> saved = Files.readAllLines(copy, StandardCharsets.UTF_8);
        int line = 0;
        while (line < shipped.size() && line < saved.size() && shipped.get(line).equals(saved.get(line))) {
            line++;
        }
        int differs = line;
        assertEquals(shipped.size(), differs, () -> file + " is not in canonical form from line " + (differs + 1) + ":\n  shipped: "
                + (differs < shipped.size() ? shipped.get(differs) : "(end)") + "\n  saved:   "
                + (differs < saved.size() ? saved.get(differs) : "(end)"));
        assertTrue(Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(copy)), file + " differs from its saved form in its bytes");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyIdIsUniqueReadableAndEveryReferenceResolves(Path file) throws IOException {
        Resource resource = ModelFiles.load(file);
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            EAttribute idAttribute = object.eClass().getEIDAttribute();
            if (idAttribute != null) {
                String id = (String) object.eGet(idAttribute);
                assertNotNull(id, () -> "an element without id in " + file);
                assertTrue(id.matches("[a-z]{2}-[a-z0-9-]+"), () -> "unreadable id " + id + " in " + file);
                assertTrue(ids.add(id), () -> "duplicate id " + id + " in " + file);
                prefixes.add(id.substring(0, 3));
            }
            for (EObject referenced : object.eCrossReferences()) {
                assertSame(resource, referenced.eResource(), () -> "a reference leaves " + file + " from " + object);
            }
        }
        assertEquals(1, prefixes.size(), () -> file + " mixes id prefixes " + prefixes);
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).isEmpty(), () -> "unresolved references in " + file);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theChainReachesFromACentralDepartmentAtTierZeroToTheCitizens(Path file) throws IOException {
        Resource resource = ModelFiles.load(file);
        Priority priority = priority(resource);
        DeliveryChain chain = all(resource, DeliveryChain.class).stream().filter(c -> c.getPriority() == priority).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no delivery chain for its priority"));
        for (Link link : chain.getLinks()) {
            assertTrue(chain.getActors().contains(link.getSource()) && chain.getActors().contains(link.getTarget()),
                    () -> link.getName() + " joins actors outside the chain in " + file);
        }
        List<Actor> centre = chain.getActors().stream().filter(a -> a instanceof Organisation o
                && o.getKind() == OrganisationKind.CENTRAL_DEPARTMENT && o.getTier() != null && o.getTier().getLevel() == 0)
                .toList();
        assertFalse(centre.isEmpty(), () -> file + ": no central department at tier 0 in the chain");
        Set<Actor> reached = new HashSet<>(centre);
        Deque<Actor> queue = new ArrayDeque<>(centre);
        while (!queue.isEmpty()) {
            Actor from = queue.poll();
            for (Link link : chain.getLinks()) {
                if (link.getSource() == from && reached.add(link.getTarget())) {
                    queue.add(link.getTarget());
                }
            }
        }
        assertTrue(reached.stream().anyMatch(BeneficiaryGroup.class::isInstance),
                () -> file + ": the chain never reaches the people it serves; reached " + names(reached));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachChainHasDeliberateWeakLinksAndOneIsNeglected(Path file) throws IOException {
        Resource resource = ModelFiles.load(file);
        List<Link> links = all(resource, Link.class);
        assertTrue(links.stream().anyMatch(l -> l.getStrength() == LinkStrength.WEAK), file + " has no weak link");
        assertTrue(links.stream().anyMatch(l -> l.getStrength() == LinkStrength.BROKEN || l.getStrength() == LinkStrength.UNKNOWN),
                file + " has no broken or unknown link");
        Set<EObject> addressed = new HashSet<>();
        all(resource, Action.class).forEach(a -> addressed.addAll(a.getAddresses()));
        assertTrue(links.stream().anyMatch(l -> (l.getStrength() == LinkStrength.WEAK || l.getStrength() == LinkStrength.BROKEN)
                && !addressed.contains(l)), file + " has no weak or broken link left without an action");
        assertTrue(links.stream().anyMatch(l -> (l.getStrength() == LinkStrength.WEAK || l.getStrength() == LinkStrength.BROKEN)
                && addressed.contains(l)), file + " has no weak or broken link with an action");
        assertTrue(links.stream().allMatch(l -> l.getEvidence() != null && !l.getEvidence().isBlank()),
                file + " has a link without evidence");
        assertTrue(links.stream().map(Link::getKind).distinct().count() >= 6, file + " uses too few kinds of link");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachPriorityHasAnSroAMainIndicatorOffTrajectoryAndARoutine(Path file) throws IOException {
        Resource resource = ModelFiles.load(file);
        Priority priority = priority(resource);
        Role sro = priority.getOwner();
        assertTrue(sro != null && sro.getKind() == RoleKind.SRO && sro.getHolder() != null, file + ": the priority needs an SRO");
        assertNotNull(priority.getMission(), file + ": the priority serves no mission");

        Indicator main = mainIndicator(resource, priority);
        assertTrue(main.getObservations().size() >= 8, () -> main.getName() + " has too few observations");
        Observation latest = main.getObservations().stream().max(Comparator.comparing(Observation::getDate)).orElseThrow();
        Trajectory trajectory = main.getTrajectory();
        double planned = plannedValue(trajectory, latest.getDate());
        double shortfall = main.getPolarity() == Polarity.LOWER_IS_BETTER ? latest.getValue() - planned : planned - latest.getValue();
        assertTrue(shortfall > trajectory.getTolerance(), () -> main.getName() + " on " + latest.getDate() + " is "
                + latest.getValue() + " against a planned " + planned + " (tolerance " + trajectory.getTolerance() + ")");

        assertTrue(all(resource, Indicator.class).stream().anyMatch(i -> !i.getBalancingIndicators().isEmpty()),
                file + " has no balancing indicator");
        LocalDate lastStocktake = all(resource, Stocktake.class).stream().map(Stocktake::getDate).max(Comparator.naturalOrder())
                .orElseThrow(() -> new AssertionError(file + " has no stocktake"));
        assertTrue(all(resource, Milestone.class).stream().anyMatch(m -> !m.isAchieved() && m.getDate().isBefore(lastStocktake)),
                file + " has no missed milestone");
        assertFalse(all(resource, Risk.class).isEmpty(), file + " has no risk");
        assertFalse(all(resource, Issue.class).isEmpty(), file + " has no issue");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyTrajectoryRunsInDateOrderToATargetDate(Path file) throws IOException {
        Resource resource = ModelFiles.load(file);
        for (Indicator indicator : all(resource, Indicator.class)) {
            Trajectory trajectory = indicator.getTrajectory();
            if (trajectory == null) {
                continue;
            }
            List<TrajectoryPoint> points = trajectory.getPoints();
            assertTrue(points.size() >= 4, indicator.getName() + " trajectory is too short");
            for (int i = 1; i < points.size(); i++) {
                assertTrue(points.get(i - 1).getDate().isBefore(points.get(i).getDate()), indicator.getName() + " points out of order");
            }
            LocalDate end = points.get(points.size() - 1).getDate();
            assertTrue(indicator.getTargets().stream().map(Target::getDate).anyMatch(end::equals),
                    indicator.getName() + " trajectory does not reach a target date");
        }
    }

    @Test
    void emergencyCareIsBelowItsFourHourTrajectoryByMoreThanTheTolerance() throws IOException {
        Resource resource = ModelFiles.load(Examples.file("emergency-care.throughline"));
        Priority priority = priority(resource);
        assertEquals("Patients seen within four hours in A&E", priority.getName());
        Indicator fourHours = mainIndicator(resource, priority);
        assertEquals("%", fourHours.getUnit());
        Observation latest = fourHours.getObservations().stream().max(Comparator.comparing(Observation::getDate)).orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 31), latest.getDate());
        double planned = plannedValue(fourHours.getTrajectory(), latest.getDate());
        assertEquals(78.0, planned, 1e-9);
        assertTrue(planned - latest.getValue() > fourHours.getTrajectory().getTolerance(),
                "March 2025: " + latest.getValue() + "% against a planned " + planned + "%");
        assertTrue(fourHours.getTargets().stream().anyMatch(t -> t.getValue() == 78.0 && t.getDate().equals(latest.getDate())),
                "the 78% ambition for March 2025 is a target");
    }

    @Test
    void benefitClaimsHasOnePinchPointAndHeavyProgressChasing() throws IOException {
        Resource resource = ModelFiles.load(Examples.file("benefit-claims.throughline"));
        Service pip = all(resource, Service.class).stream().filter(s -> s.getName().equals("Apply for Personal Independence Payment"))
                .findFirst().orElseThrow();
        List<String> pinchPoints = pip.getSteps().stream().filter(s -> s.getDemandPerPeriod() > s.getCapacityPerPeriod())
                .map(ProcessStep::getName).toList();
        assertEquals(List.of("Health assessment"), pinchPoints);
        ProcessStep mostFailure = pip.getSteps().stream().max(Comparator.comparing(ProcessStep::getFailureDemandShare)).orElseThrow();
        assertEquals("Answer calls on the enquiry line", mostFailure.getName());
        assertTrue(mostFailure.getFailureDemandShare() > 0.5, "most enquiry-line calls are failure demand");

        UserJourney journey = all(resource, UserJourney.class).get(0);
        Set<String> departments = new TreeSet<>();
        for (ProcessStep step : journey.getSteps()) {
            Organisation department = department(step.getPerformedBy());
            if (department != null) {
                departments.add(department.getName());
            }
        }
        assertEquals(Set.of("Department for Work and Pensions", "Ministry of Justice"), departments,
                "the journey crosses two departments");
        assertTrue(journey.getSteps().stream().anyMatch(s -> s.getName().equals("Health assessment")), "the pinch-point is on the journey");
    }

    @Test
    void schoolLiteracyPriorityHasAnAssessmentHistory() throws IOException {
        Resource resource = ModelFiles.load(Examples.file("school-literacy.throughline"));
        Priority priority = priority(resource);
        assertEquals("Reading at age 11", priority.getName());
        List<Assessment> history = all(resource, Assessment.class).stream().filter(a -> a.getSubject() == priority)
                .sorted(Comparator.comparing(Assessment::getDate)).toList();
        assertTrue(history.stream().map(Assessment::getDate).distinct().count() >= 2, "two dated assessments of the priority");
        assertEquals(LikelihoodRating.AMBER_RED, history.get(0).getRating());
        assertEquals(LikelihoodRating.RED, history.get(history.size() - 1).getRating());
        for (Assessment assessment : history) {
            assertFalse(assessment.getCriteria().isEmpty(), assessment.getName() + " has criterion ratings");
            assertTrue(all(resource, Stocktake.class).stream().anyMatch(s -> s.getAssessments().contains(assessment)
                    && s.getDate().equals(assessment.getDate())), assessment.getName() + " was made at a stocktake");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static int count(Resource resource) {
        int n = 0;
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext(); all.next()) {
            n++;
        }
        return n;
    }

    private static <T> List<T> all(Resource resource, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        }
        return found;
    }

    /** @return the model's top-ranked priority */
    private static Priority priority(Resource resource) {
        return all(resource, Priority.class).stream().min(Comparator.comparing(p -> p.getRank() == null ? Integer.MAX_VALUE : p.getRank()))
                .orElseThrow(() -> new AssertionError(resource.getURI() + " has no priority"));
    }

    /** @return the indicator with a trajectory that measures the priority's first outcome */
    private static Indicator mainIndicator(Resource resource, Priority priority) {
        return all(resource, Indicator.class).stream()
                .filter(i -> i.getMeasures() == priority.getOutcomes().get(0) && i.getTrajectory() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator with a trajectory measures " + priority.getName()));
    }

    /** @return the trajectory's planned value on the date, interpolated between its points */
    private static double plannedValue(Trajectory trajectory, LocalDate date) {
        List<TrajectoryPoint> points = trajectory.getPoints();
        TrajectoryPoint first = points.get(0);
        if (!date.isAfter(first.getDate())) {
            return first.getValue();
        }
        for (int i = 1; i < points.size(); i++) {
            TrajectoryPoint before = points.get(i - 1);
            TrajectoryPoint after = points.get(i);
            if (!date.isAfter(after.getDate())) {
                double span = after.getDate().toEpochDay() - before.getDate().toEpochDay();
                double into = date.toEpochDay() - before.getDate().toEpochDay();
                return before.getValue() + (after.getValue() - before.getValue()) * into / span;
            }
        }
        return points.get(points.size() - 1).getValue();
    }

    /** @return the central department an actor belongs to, through teams, roles and parent organisations */
    private static Organisation department(Actor actor) {
        Organisation organisation = actor instanceof Organisation o ? o
                : actor instanceof Team t ? t.getOrganisation() : actor instanceof Role r ? r.getOrganisation() : null;
        Set<Organisation> seen = new HashSet<>();
        while (organisation != null && seen.add(organisation)) {
            if (organisation.getKind() == OrganisationKind.CENTRAL_DEPARTMENT) {
                return organisation;
            }
            organisation = organisation.getParent();
        }
        return null;
    }

    private static List<String> names(Set<Actor> actors) {
        return actors.stream().map(Actor::getName).sorted().toList();
    }
}
