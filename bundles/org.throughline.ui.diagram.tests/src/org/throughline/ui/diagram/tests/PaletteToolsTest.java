// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.click;
import static org.throughline.ui.diagram.tests.DiagramFixture.drag;
import static org.throughline.ui.diagram.tests.DiagramFixture.emptySpot;
import static org.throughline.ui.diagram.tests.DiagramFixture.example;
import static org.throughline.ui.diagram.tests.DiagramFixture.flush;
import static org.throughline.ui.diagram.tests.DiagramFixture.inside;
import static org.throughline.ui.diagram.tests.DiagramFixture.newDiagram;
import static org.throughline.ui.diagram.tests.DiagramFixture.nodeOf;
import static org.throughline.ui.diagram.tests.DiagramFixture.open;
import static org.throughline.ui.diagram.tests.DiagramFixture.page;
import static org.throughline.ui.diagram.tests.DiagramFixture.shapeOf;
import static org.throughline.ui.diagram.tests.DiagramFixture.tool;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.model.Criticality;
import org.throughline.model.Dependency;
import org.throughline.model.Element;
import org.throughline.model.EvidenceStrength;
import org.throughline.model.Milestone;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Programme;
import org.throughline.model.Project;
import org.throughline.model.Role;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.diagram.edit.api.ToolCommand;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * The palettes of the Dependencies, Outcome Map and Accountability diagrams, used as a modeller
 * would: a tool chosen, a click or a drag on the diagram; the model changed by one undoable
 * command, and the new element shown where it was put.
 */
class PaletteToolsTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        flush();
    }

    /** @return the command the tool left on the stack, checked to be one undoable tool command */
    private static Command toolCommand(ModelEditorContext context, Command before) {
        Command recent = context.editingDomain().getCommandStack().getMostRecentCommand();
        assertTrue(recent != before && recent instanceof ToolCommand, "the tool's change is a command on the model's stack: " + recent);
        assertTrue(context.editingDomain().getCommandStack().canUndo(), "that can be undone");
        return recent;
    }

    /**
     * Clicks with a node tool where the diagram is empty.
     *
     * @return the element created (selected once made), after checking that it is shown where the user clicked
     */
    private static Element createOnTheBackground(ModelEditorContext context, DiagramViewer viewer, String tool, NodeKind kind) {
        viewer.setTool(tool(viewer, tool));
        Point at = emptySpot(viewer, null);
        click(viewer, at);
        assertNull(viewer.lastProblem(), viewer.lastProblem());
        Element created = (Element) ((org.eclipse.jface.viewers.IStructuredSelection) viewer.getSelection()).getFirstElement();
        assertSame(context.model(), org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(created), "in the model");
        DiagramNode shown = shapeOf(viewer, created.getId(), kind);
        assertTrue(inside(shown.bounds(), at, 0), "the new " + tool + " is shown where the user clicked: " + shown.bounds() + " for " + at);
        return created;
    }

    @Test
    void aProjectGoesIntoTheProgrammeClickedAndAMilestoneOnlyIntoAProgrammeOrProject() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newDiagram(context, "dependencies", context.model()).viewer();
        CommandStack stack = context.editingDomain().getCommandStack();
        Programme programme = (Programme) context.modelResource().getEObject("ec-prog-uec");
        int projectsBefore = programme.getProjects().size();
        DiagramNode box = shapeOf(viewer, "ec-prog-uec", NodeKind.CONTAINER);

        viewer.setTool(tool(viewer, "Project"));
        Point into = emptySpot(viewer, box);
        Command before = stack.getMostRecentCommand();
        click(viewer, into);

        assertNull(viewer.lastProblem(), viewer.lastProblem());
        toolCommand(context, before);
        assertEquals(projectsBefore + 1, programme.getProjects().size(), "the new project is one of the programme's");
        Project created = programme.getProjects().get(projectsBefore);
        assertEquals("New Project", created.getName());
        DiagramNode shown = shapeOf(viewer, created.getId(), NodeKind.CONTAINER);
        assertSame(programme, shown.parent().element(), "drawn inside the programme's box");
        assertTrue(inside(shown.bounds(), into, 0), "where the user clicked: " + shown.bounds() + " for " + into);
        assertTrue(inside(shown.parent().bounds(), new Point(shown.bounds().right(), shown.bounds().bottom()), 0),
                "the programme's box holds it");

        // A milestone is drawn only inside programmes and projects: a click beside them is refused.
        viewer.setTool(tool(viewer, "Milestone"));
        Command last = stack.getMostRecentCommand();
        click(viewer, emptySpot(viewer, null));
        assertTrue(viewer.lastProblem() != null && viewer.lastProblem().contains("Programme"), "says where: " + viewer.lastProblem());
        assertSame(last, stack.getMostRecentCommand(), "and changes nothing");

        // Into the new project it goes.
        viewer.setTool(tool(viewer, "Milestone"));
        click(viewer, emptySpot(viewer, shapeOf(viewer, created.getId(), NodeKind.CONTAINER)));
        assertNull(viewer.lastProblem(), viewer.lastProblem());
        assertEquals(1, created.getMilestones().size(), "the milestone is the new project's");
        Milestone milestone = created.getMilestones().get(0);
        assertSame(created, nodeOf(viewer, milestone.getId()).parent().element());

        stack.undo();
        stack.undo();
        flush();
        assertEquals(projectsBefore, programme.getProjects().size(), "undo takes the project away again");
        assertTrue(viewer.session().elementsOf(created).isEmpty(), "from the diagram too");
    }

    @Test
    void draggingFromAProjectToAMilestoneWithTheDependencyToolMakesADependency() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newDiagram(context, "dependencies", context.model()).viewer();
        Model model = context.model();
        DiagramNode project = shapeOf(viewer, "ec-proj-vw", NodeKind.CONTAINER);
        DiagramNode milestone = nodeOf(viewer, "ec-ms-sdec-move");
        int edgesBefore = viewer.session().diagram().edges().size();

        viewer.setTool(tool(viewer, "Dependency"));
        Command before = context.editingDomain().getCommandStack().getMostRecentCommand();
        drag(viewer, emptySpot(viewer, project), milestone.bounds().center());

        assertNull(viewer.lastProblem(), viewer.lastProblem());
        toolCommand(context, before);
        Dependency dependency = (Dependency) ((org.eclipse.jface.viewers.IStructuredSelection) viewer.getSelection()).getFirstElement();
        assertSame(model, dependency.eContainer().eContainer(), "filed in a folder of the model: " + dependency.eContainer());
        assertSame(project.element(), dependency.getFrom(), "from the project, a container, dragged from");
        assertSame(milestone.element(), dependency.getTo());
        assertEquals(Criticality.NOT_SET, dependency.getCriticality(), "not set, so not called critical, until someone judges it");
        List<Object> shown = viewer.session().elementsOf(dependency);
        assertEquals(1, shown.size(), "the diagram shows the new dependency");
        DiagramEdge edge = (DiagramEdge) shown.get(0);
        assertSame(project.element(), edge.source().element());
        assertFalse(edge.route().isEmpty(), "and routes it");

        context.editingDomain().getCommandStack().undo();
        flush();
        assertNull(dependency.eResource(), "undo removes it from the model");
        assertEquals(edgesBefore, viewer.session().diagram().edges().size(), "and from the diagram");
    }

    @Test
    void anOutcomeCreatedOnTheOutcomeMapCanBeContributedTo() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newDiagram(context, "outcome-map", context.model()).viewer();
        Outcome outcome = (Outcome) createOnTheBackground(context, viewer, "Outcome", NodeKind.NODE);

        DiagramNode from = viewer.session().diagram().allNodes().stream()
                .filter(n -> n.mappingId().equals("om.outcome") && n.element() != outcome).findFirst().orElseThrow();
        Outcome source = (Outcome) from.element();
        int contributions = source.getContributions().size();
        viewer.setTool(tool(viewer, "Contribution"));
        Command before = context.editingDomain().getCommandStack().getMostRecentCommand();
        drag(viewer, from.bounds().center(), nodeOf(viewer, outcome.getId()).bounds().center());

        assertNull(viewer.lastProblem(), viewer.lastProblem());
        toolCommand(context, before);
        assertEquals(contributions + 1, source.getContributions().size(), "the contribution is kept by the outcome it starts from");
        OutcomeContribution contribution = source.getContributions().get(contributions);
        assertSame(outcome, contribution.getTarget());
        assertEquals(EvidenceStrength.NONE, contribution.getEvidenceStrength(), "its evidence is not yet judged");
        List<Object> shown = viewer.session().elementsOf(contribution);
        assertEquals(1, shown.size(), "the diagram shows the contribution");
        assertEquals("evidence none", ((DiagramEdge) shown.get(0)).label());

        context.editingDomain().getCommandStack().undo();
        flush();
        assertEquals(contributions, source.getContributions().size(), "undo removes it");
        assertTrue(viewer.session().elementsOf(contribution).isEmpty());
    }

    @Test
    void anOrganisationCreatedOnTheAccountabilityDiagramIsShownAndHoldsTheRolesClickedIntoIt() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        DiagramViewer viewer = newDiagram(context, "accountability", context.model()).viewer();
        Organisation organisation = (Organisation) createOnTheBackground(context, viewer, "Organisation", NodeKind.CONTAINER);
        DiagramNode box = shapeOf(viewer, organisation.getId(), NodeKind.CONTAINER);

        viewer.setTool(tool(viewer, "Role"));
        Command before = context.editingDomain().getCommandStack().getMostRecentCommand();
        click(viewer, emptySpot(viewer, box));
        assertNull(viewer.lastProblem(), viewer.lastProblem());
        toolCommand(context, before);
        Role role = (Role) ((org.eclipse.jface.viewers.IStructuredSelection) viewer.getSelection()).getFirstElement();
        // The example keeps its roles in the folder "Roles, people and teams" (ec-f-people).
        assertEquals("ec-f-people", ((org.throughline.model.Folder) role.eContainer()).getId(), "filed with the other roles");
        assertSame(organisation, role.getOrganisation(), "a role clicked into an organisation belongs to it");
        DiagramNode roleNode = nodeOf(viewer, role.getId());
        assertInstanceOf(Organisation.class, roleNode.parent().element());
        assertEquals("New Role\n(vacant)", roleNode.label());
    }
}
