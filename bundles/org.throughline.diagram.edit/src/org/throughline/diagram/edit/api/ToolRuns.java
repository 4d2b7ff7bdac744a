// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.internal.Messages;
import org.throughline.model.Element;
import org.throughline.model.ThroughlinePackage;
import org.throughline.viewpoint.AbstractNodeMapping;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.DeleteTool;
import org.throughline.viewpoint.DirectEditTool;
import org.throughline.viewpoint.EdgeMapping;
import org.throughline.viewpoint.Mapping;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.api.CreationPlaces;

/** How a {@link DiagramSession} runs the viewpoint's tools: the variables each kind of tool gets, and where. */
final class ToolRuns {

    private final DiagramSession session;

    ToolRuns(DiagramSession session) {
        this.session = session;
    }

    private Diagram diagram() {
        return session.diagram();
    }

    ToolResult createNode(CreateNodeTool createTool, Point at) {
        EObject containerElement = containerFor(createTool.getMapping(), at);
        if (containerElement == null) {
            List<String> places = new ArrayList<>();
            for (Mapping place : CreationPlaces.containers(createTool.getMapping())) {
                String label = place.getLabel() != null ? place.getLabel() : place.getId();
                if (!places.contains(label)) {
                    places.add(label);
                }
            }
            String name = createTool.getLabel() != null ? createTool.getLabel() : createTool.getId();
            return ToolResult.refused(NLS.bind(Messages.session_insideOnly, name, String.join(", ", places))); //$NON-NLS-1$
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("container", containerElement); //$NON-NLS-1$
        ToolCommand command = new ToolCommand(session.domain(), createTool, containerElement, diagram().root(), variables);
        command.whenCreated(element -> session.placeWhenShown(element, at));
        return run(command);
    }

    /**
     * @return the element of the innermost container at the point whose nodes hold nodes like the
     *         mapping's, else the diagram's root when the diagram shows such nodes at its top level
     *         (or the tool names no mapping), else {@code null}
     */
    private EObject containerFor(Mapping mapping, Point at) {
        if (mapping == null) {
            return diagram().root();
        }
        for (DiagramNode node = DiagramHits.containerAt(diagram(), at); node != null; node = node.parent()) {
            if (CreationPlaces.holds(nodeMapping(node.mappingId()), mapping)) {
                return node.element();
            }
        }
        return CreationPlaces.onDiagram(mapping) ? diagram().root() : null;
    }

    private AbstractNodeMapping nodeMapping(String id) {
        for (var it = diagram().description().eAllContents(); it.hasNext();) {
            if (it.next() instanceof AbstractNodeMapping mapping && id.equals(mapping.getId())) {
                return mapping;
            }
        }
        return null;
    }

    static boolean canStartAt(CreateEdgeTool createTool, DiagramNode node) {
        return createTool.getMapping() instanceof EdgeMapping mapping && accepts(mapping.getSourceMappings(), node);
    }

    static boolean canEndAt(CreateEdgeTool createTool, DiagramNode node) {
        return createTool.getMapping() instanceof EdgeMapping mapping && accepts(mapping.getTargetMappings(), node);
    }

    ToolResult createEdge(CreateEdgeTool createTool, DiagramNode source, DiagramNode target) {
        if (!canStartAt(createTool, source) || !canEndAt(createTool, target)) {
            return ToolResult.refused(Messages.session_cannotConnect);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("source", source.element()); //$NON-NLS-1$
        variables.put("target", target.element()); //$NON-NLS-1$
        return run(new ToolCommand(session.domain(), createTool, source.element(), diagram().root(), variables));
    }

    ToolResult delete(Collection<?> shown) {
        CompoundCommand all = new CompoundCommand(Messages.session_delete);
        Set<EObject> seen = new LinkedHashSet<>();
        for (Object target : shown) {
            EObject element = target instanceof DiagramNode n ? n.element() : target instanceof DiagramEdge e ? e.element() : null;
            String mappingId = target instanceof DiagramNode n ? n.mappingId() : target instanceof DiagramEdge e ? e.mappingId() : null;
            if (element == null || element == diagram().root() || !seen.add(element)) {
                continue;
            }
            DeleteTool deleteTool = toolFor(DeleteTool.class, mappingId);
            if (deleteTool != null) {
                Map<String, Object> variables = Map.of("element", element); //$NON-NLS-1$
                all.append(new ToolCommand(session.domain(), deleteTool, element, diagram().root(), variables));
            } else {
                all.append(DeleteCommand.create(session.domain(), element));
            }
        }
        if (all.isEmpty()) {
            return ToolResult.refused(Messages.session_nothingToDelete);
        }
        return run(all);
    }

    ToolResult directEdit(DiagramNode node, String value) {
        DirectEditTool editTool = toolFor(DirectEditTool.class, node.mappingId());
        if (editTool != null) {
            Map<String, Object> variables = Map.of("element", node.element(), "value", value); //$NON-NLS-1$ //$NON-NLS-2$
            return run(new ToolCommand(session.domain(), editTool, node.element(), diagram().root(), variables));
        }
        if (node.element() instanceof Element) {
            return run(SetCommand.create(session.domain(), node.element(), ThroughlinePackage.Literals.ELEMENT__NAME, value));
        }
        return ToolResult.refused(Messages.session_cannotRename);
    }

    ToolResult runTool(Tool tool, EObject self, Map<String, Object> variables) {
        return run(new ToolCommand(session.domain(), tool, self, diagram().root(), variables));
    }

    /** Executes a command on the stack; a tool that throws or is refused leaves nothing on it. */
    private ToolResult run(Command command) {
        String problem = null;
        try {
            if (!session.execute(command)) {
                return ToolResult.refused(Messages.session_notDone);
            }
        } catch (IllegalStateException e) {
            problem = e.getMessage();
        }
        String failed = problemOf(command);
        if (failed != null) {
            problem = failed;
        }
        if (problem != null || session.domain().getCommandStack().getMostRecentCommand() != command) {
            return ToolResult.refused(problem != null ? problem : Messages.session_notDone);
        }
        return ToolResult.done(command instanceof ToolCommand t ? t.created() : List.of());
    }

    /** @return why a tool command, or one inside a compound command, could not run; or {@code null} */
    private static String problemOf(Command command) {
        if (command instanceof ToolCommand t) {
            return t.problem();
        }
        if (command instanceof CompoundCommand compound) {
            for (Command inside : compound.getCommandList()) {
                String problem = problemOf(inside);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static boolean accepts(List<? extends Mapping> mappings, DiagramNode node) {
        for (Mapping mapping : mappings) {
            if (mapping.getId().equals(node.mappingId())) {
                return true;
            }
        }
        return false;
    }

    private <T extends Tool> T toolFor(Class<T> type, String mappingId) {
        for (Tool candidate : session.tools()) {
            if (type.isInstance(candidate) && candidate.getMapping() != null && candidate.getMapping().getId().equals(mappingId)) {
                return type.cast(candidate);
            }
        }
        return null;
    }
}
