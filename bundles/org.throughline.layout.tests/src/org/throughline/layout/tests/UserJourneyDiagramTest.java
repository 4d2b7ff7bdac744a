// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Outcome;
import org.throughline.model.Person;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.Service;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.UserJourney;
import org.throughline.viewpoint.LineStyle;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The User Journey diagram of a small journey across two departments, interpreted and laid out
 * as a modeller sees it: a claimant registers and is assessed by the department's service, then
 * appeals to the tribunal's service, where a hearing ends it. The department's service serves
 * the priority's outcome; the tribunal's serves none of the priority's outcomes.
 */
class UserJourneyDiagramTest {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;

    private final Model model = F.createModel();
    private final UserJourney journey = F.createUserJourney();
    private final Role journeyOwner = role("Director, claimant journeys", null, "Ada Lee");
    private final Role claimsOwner = role("Service owner, claims", RoleKind.SERVICE_OWNER, "Ben Ito");
    private final Role appealsOwner = role("Service owner, appeals", RoleKind.SERVICE_OWNER, null);
    private final Role sro = role("SRO, claims performance", RoleKind.SRO, "Cai Rao");
    private final Service claims = service("Claim a benefit", "Department for Work", claimsOwner, "Register", "Assessment");
    private final Service appeals = service("Appeal a decision", "Tribunals Service", appealsOwner, "Lodge an appeal", "Hearing");

    UserJourneyDiagramTest() {
        Outcome prompt = F.createOutcome();
        prompt.setName("Claims decided promptly");
        Priority priority = F.createPriority();
        priority.setName("Claims decided promptly and right");
        priority.setOwner(sro);
        priority.getOutcomes().add(prompt);
        claims.getOutcomes().add(prompt);
        BeneficiaryGroup claimants = F.createBeneficiaryGroup();
        claimants.setName("Claimants");
        journey.setName("Claiming, through to appeal");
        journey.getUsers().add(claimants);
        journey.setOwner(journeyOwner);
        // The journey's order: the claim's two steps, then the appeal's two.
        journey.getSteps().addAll(claims.getSteps());
        journey.getSteps().addAll(appeals.getSteps());
        model.getElements().addAll(List.of(prompt, priority, claimants, journey));
    }

    private Role role(String name, RoleKind kind, String holder) {
        Role role = F.createRole();
        role.setName(name);
        if (kind != null) {
            role.setKind(kind);
        }
        if (holder != null) {
            Person person = F.createPerson();
            person.setName(holder);
            role.setHolder(person);
            model.getElements().add(person);
        }
        model.getElements().add(role);
        return role;
    }

    private Service service(String name, String department, Role owner, String... steps) {
        Organisation provider = F.createOrganisation();
        provider.setName(department);
        Service service = F.createService();
        service.setName(name);
        service.setProvider(provider);
        service.setOwner(owner);
        for (String step : steps) {
            ProcessStep s = F.createProcessStep();
            s.setName(step);
            service.getSteps().add(s);
        }
        model.getElements().addAll(List.of(provider, service));
        return service;
    }

    private Diagram laidOut() throws Exception {
        Diagram diagram = DiagramInterpreter.create(ViewpointRegistry.getDefault().diagram("user-journey").orElseThrow(), journey);
        DiagramLayout.layout(diagram);
        return diagram;
    }

    private static List<DiagramNode> nodes(Diagram diagram, String mapping) {
        return diagram.allNodes().stream().filter(n -> n.mappingId().equals(mapping)).toList();
    }

    private static DiagramNode node(Diagram diagram, Object element, String mapping) {
        return nodes(diagram, mapping).stream().filter(n -> n.element() == element).findFirst()
                .orElseThrow(() -> new AssertionError("no " + mapping + " node for " + element));
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.right() <= outer.right() && inner.bottom() <= outer.bottom();
    }

    @Test
    void theStepsRunDownEachServicesBoxInTheJourneysOrderNumberedTheBoxesLeftToRight() throws Exception {
        Diagram diagram = laidOut();
        List<DiagramNode> steps = journey.getSteps().stream().map(s -> node(diagram, s, "uj.step")).toList();
        assertEquals(List.of("1. Register", "2. Assessment", "3. Lodge an appeal", "4. Hearing"),
                steps.stream().map(DiagramNode::label).toList(), "numbered in the order the user meets them");
        for (int i = 0; i + 1 < steps.size(); i++) {
            Bounds a = steps.get(i).bounds();
            Bounds b = steps.get(i + 1).bounds();
            if (steps.get(i).parent() == steps.get(i + 1).parent()) {
                assertTrue(a.bottom() < b.y(), "step " + (i + 2) + " is below step " + (i + 1) + " in their box: " + a + ", " + b);
            } else {
                assertTrue(steps.get(i).parent().bounds().right() < b.x(), "step " + (i + 2) + " is in the next box to the right");
            }
        }
        // One box per service, headed by the service and the department that runs it.
        List<DiagramNode> boxes = nodes(diagram, "uj.service");
        assertEquals(List.of("Claim a benefit\nDepartment for Work", "Appeal a decision\nTribunals Service"),
                boxes.stream().map(DiagramNode::label).toList());
        assertEquals(claims, steps.get(0).parent().element());
        assertEquals(claims, steps.get(1).parent().element());
        assertEquals(appeals, steps.get(2).parent().element());
        assertEquals(appeals, steps.get(3).parent().element());
        for (DiagramNode step : steps) {
            assertTrue(inside(step.bounds(), step.parent().bounds()), "each step is drawn inside its service's box");
        }
        assertTrue(boxes.get(0).bounds().right() < boxes.get(1).bounds().x(), "the claim's box is left of the appeal's");
    }

    @Test
    void onlyTheHandOffBetweenServicesIsLabelled() throws Exception {
        Diagram diagram = laidOut();
        List<String> labels = diagram.edges().stream().filter(e -> e.mappingId().equals("uj.next")).map(DiagramEdge::label).toList();
        // Three moves between four steps; the second, from the assessment to lodging an appeal, changes department.
        assertEquals(List.of("", "hand-off", ""), labels);
    }

    @Test
    void theJourneysOwnerIsShownWithItsUsersAndWhoHoldsTheRole() throws Exception {
        Diagram diagram = laidOut();
        DiagramNode owner = node(diagram, journeyOwner, "uj.owner");
        assertEquals("Director, claimant journeys\nAda Lee", owner.label());
        assertEquals("JOURNEY OWNER", owner.style().badge());
        assertEquals(journey, owner.parent().element(), "in the box of whose journey it is");
        assertEquals(owner.parent(), nodes(diagram, "uj.users").get(0).parent(), "beside the journey's users");
        DiagramEdge starts = diagram.edges().stream().filter(e -> e.mappingId().equals("uj.start")).findFirst().orElseThrow();
        assertEquals("1. Register", starts.target().label(), "the users start at the first step");
    }

    @Test
    void aServiceOwnersDashedLineRunsToTheSroOfThePriorityTheirServiceServes() throws Exception {
        Diagram diagram = laidOut();
        List<DiagramEdge> lines = diagram.edges().stream().filter(e -> e.mappingId().equals("uj.answersTo")).toList();
        assertEquals(1, lines.size(), "the claims owner's line; the appeals service serves none of the priority's outcomes");
        DiagramEdge line = lines.get(0);
        assertEquals(claimsOwner, line.source().element());
        assertEquals(claims, line.source().parent().element(), "from the owner drawn in their service's box");
        assertEquals(sro, line.target().element());
        assertEquals("SRO", line.target().style().badge());
        assertEquals("Priority: Claims decided promptly and right", line.target().parent().label());
        assertEquals("answers to", line.label());
        assertEquals(LineStyle.DASHED, line.style().lineStyle());

        DiagramNode unaccountable = node(diagram, appealsOwner, "uj.serviceOwner");
        assertEquals("Service owner, appeals\n(vacant)", unaccountable.label());
        assertEquals("NO LINE TO AN SRO", unaccountable.style().badge(), "the owner who answers to no SRO is marked");
        assertNotEquals(LineStyle.DASHED, node(diagram, claimsOwner, "uj.serviceOwner").style().lineStyle());
        assertTrue(diagram.legend().stream().anyMatch(l -> l.label().contains("Answers to no SRO")),
                "and the legend says what the mark means");
    }

    @Test
    void aServiceWithNoStepsYetHasABoxAndOneOffTheJourneyHasNone() throws Exception {
        Service empty = F.createService();
        empty.setName("New service");
        Service elsewhere = service("Renew a licence", "Licensing Agency", null, "Renew");
        model.getElements().add(empty);
        Diagram diagram = laidOut();
        List<Object> boxes = nodes(diagram, "uj.service").stream().map(DiagramNode::element).map(Object.class::cast).toList();
        assertTrue(boxes.contains(empty), "a new service can take the journey's next step: " + boxes);
        assertFalse(boxes.contains(elsewhere), "a service the journey does not go through is left out: " + boxes);
    }
}
