// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.diagram.edit.api.ToolResult;
import org.throughline.model.Element;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateInstance;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.DeleteTool;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.DirectEditTool;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.api.CreationPlaces;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * Every palette tool of every built-in diagram kind, run headless on the emergency care example as
 * a modeller would use it on the canvas: the model changes as one undoable command, the diagram
 * shows the change, and undo takes it away again.
 */
class EveryPaletteToolTest {

    private static final String EXAMPLE = "emergency-care.throughline";

    static Stream<Arguments> tools() {
        List<Arguments> all = new ArrayList<>();
        for (DiagramDescription description : ViewpointRegistry.getDefault().diagrams()) {
            List<Layer> layers = new ArrayList<>(description.getAdditionalLayers());
            layers.add(0, description.getDefaultLayer());
            for (Layer layer : layers) {
                for (Tool tool : layer.getTools()) {
                    all.add(Arguments.of(description.getId(), tool.getId()));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("tools")
    void theToolChangesTheModelAndTheDiagramAndUndoTakesItBack(String diagramId, String toolId) throws Exception {
        DiagramSession session = Sessions.open(EXAMPLE, diagramId, true);
        Tool tool = session.tool(toolId).orElseThrow(() -> new AssertionError("the palette offers " + toolId));
        if (tool instanceof CreateNodeTool create) {
            createNode(session, create);
        } else if (tool instanceof CreateEdgeTool create) {
            createEdge(session, create);
        } else if (tool instanceof DeleteTool) {
            delete(session, tool);
        } else if (tool instanceof DirectEditTool) {
            rename(session, tool);
        } else {
            throw new AssertionError("a kind of tool this test does not know: " + tool.eClass().getName());
        }
    }

    private static void createNode(DiagramSession session, CreateNodeTool tool) {
        DiagramNode container = null;
        if (!CreationPlaces.onDiagram(tool.getMapping())) {
            container = session.diagram().allNodes().stream()
                    .filter(n -> n.bounds() != null && CreationPlaces.containers(tool.getMapping()).stream()
                            .anyMatch(m -> m.getId().equals(n.mappingId())))
                    .findFirst().orElseThrow(() -> new AssertionError("no container on the diagram takes a " + tool.getLabel()));
        }
        Point at = Sessions.emptySpot(session, container);
        ToolResult result = session.createNode(tool, at);

        assertTrue(result.done(), result.problem());
        assertNull(result.problem());
        EObject created = result.created().get(0);
        CreateInstance first = (CreateInstance) tool.getOperations().get(0);
        assertTrue(MetamodelClasses.resolve(first.getDomainClass()).isInstance(created), "a " + first.getDomainClass() + ": " + created);
        assertNotNull(created.eResource(), "in the model");
        String name = ((Element) created).getName();
        assertTrue(name.startsWith("New "), "named so the modeller sees it is new: " + name);
        DiagramNode shown = session.elementsOf(created).stream().filter(DiagramNode.class::isInstance).map(DiagramNode.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("the diagram shows the new " + tool.getLabel()));
        assertTrue(Sessions.inside(shown.bounds(), at, 0), "where it was put: " + shown.bounds() + " for " + at);
        if (container != null) {
            assertEquals(container.element(), shown.parent().element(), "inside the container clicked");
        }

        undo(session);
        assertNull(created.eResource(), "undo takes it out of the model");
        assertTrue(session.elementsOf(created).isEmpty(), "and off the diagram");
    }

    private static void createEdge(DiagramSession session, CreateEdgeTool tool) {
        DiagramNode source = null;
        DiagramNode target = null;
        search: for (DiagramNode s : session.diagram().allNodes()) {
            for (DiagramNode t : session.diagram().allNodes()) {
                if (s != t && s.element() != t.element() && DiagramSession.canStartAt(tool, s) && DiagramSession.canEndAt(tool, t)
                        && edges(session, tool, s, t) == 0) {
                    source = s;
                    target = t;
                    break search;
                }
            }
        }
        assertNotNull(source, "two nodes on the diagram the tool " + tool.getLabel() + " joins");
        EObject from = source.element();
        EObject to = target.element();

        ToolResult result = session.createEdge(tool, source, target);

        assertTrue(result.done(), result.problem());
        assertEquals(1, edges(session, tool, session.elementsOf(from), session.elementsOf(to)),
                "the diagram shows one " + tool.getLabel() + " from " + label(from) + " to " + label(to));
        undo(session);
        assertEquals(0, edges(session, tool, session.elementsOf(from), session.elementsOf(to)), "undo takes it away");
    }

    private static int edges(DiagramSession session, CreateEdgeTool tool, Object sources, Object targets) {
        int count = 0;
        for (DiagramEdge edge : session.diagram().edges()) {
            if (edge.mappingId().equals(tool.getMapping().getId()) && holds(sources, edge.source()) && holds(targets, edge.target())) {
                count++;
            }
        }
        return count;
    }

    private static boolean holds(Object nodes, DiagramNode node) {
        return nodes instanceof List<?> list ? list.contains(node) : nodes == node;
    }

    private static void delete(DiagramSession session, Tool tool) {
        DiagramNode node = someNodeOf(session, tool);
        EObject element = node.element();

        ToolResult result = session.delete(List.of(node));

        assertTrue(result.done(), result.problem());
        assertNull(element.eResource(), "gone from the model");
        assertTrue(session.elementsOf(element).isEmpty(), "and from the diagram");
        undo(session);
        assertNotNull(element.eResource(), "undo brings it back");
        assertFalse(session.elementsOf(element).isEmpty(), "drawn again");
    }

    private static void rename(DiagramSession session, Tool tool) {
        DiagramNode node = someNodeOf(session, tool);
        Element element = (Element) node.element();
        String before = element.getName();

        ToolResult result = session.directEdit(node, "Renamed on the diagram");

        assertTrue(result.done(), result.problem());
        assertEquals("Renamed on the diagram", element.getName());
        DiagramNode shown = (DiagramNode) session.elementsOf(element).get(0);
        assertTrue(shown.label().contains("Renamed on the diagram"), "the label shows the new name: " + shown.label());
        undo(session);
        assertEquals(before, element.getName(), "undo restores the name");
    }

    private static DiagramNode someNodeOf(DiagramSession session, Tool tool) {
        return session.diagram().allNodes().stream().filter(n -> n.mappingId().equals(tool.getMapping().getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no node for " + tool.getLabel() + " on the diagram"));
    }

    private static void undo(DiagramSession session) {
        CommandStack stack = session.domain().getCommandStack();
        assertTrue(stack.canUndo(), "the change can be undone");
        stack.undo();
    }

    private static String label(EObject element) {
        return element instanceof Element e ? e.getName() : String.valueOf(element);
    }
}
