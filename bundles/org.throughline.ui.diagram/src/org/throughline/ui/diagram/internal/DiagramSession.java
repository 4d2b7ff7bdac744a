// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.ecore.EObject;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramException;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.viewpoint.DiagramDescription;

/**
 * One open diagram of a model: the interpreted {@link Diagram} of a diagram description for a root
 * element, bound to the model's editing domain. Every change to it, of the model (tools) or of the
 * diagram alone (moves, resizes, layout, layers), is a command on that domain's command stack, so
 * undo, redo and dirty state are those of the model editor. After a change of the model the
 * diagram is interpreted again; nodes that were placed keep their places and only new ones are
 * laid out.
 */
public final class DiagramSession {

    /** Told when the diagram changed and must be painted again. */
    public interface Listener {
        /** The diagram changed: its elements, their bounds, or which layers are on. */
        void diagramChanged();
    }

    /** The height below its header of a container created on the diagram, in diagram units. */
    private static final double EMPTY_CONTAINER_ROOM = 60;

    private final EditingDomain domain;
    private Diagram diagram;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Where elements created on the diagram go, until the refresh that shows them. */
    private final Map<EObject, Point> placements = new HashMap<>();
    private String lastProblem;
    private final CommandStackListener stackListener;

    /**
     * @param domain  the model's editing domain
     * @param diagram an interpreted diagram of a model in that domain
     */
    public DiagramSession(EditingDomain domain, Diagram diagram) {
        this.domain = domain;
        this.diagram = diagram;
        this.stackListener = event -> stackChanged();
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    private void stackChanged() {
        Command recent = domain.getCommandStack().getMostRecentCommand();
        if (!(recent instanceof DiagramOnlyCommand)) {
            refresh();
        }
    }

    /** Stops following the model. */
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        listeners.clear();
    }

    /**
     * Opens a diagram: interprets it and lays out what the saved state does not place.
     *
     * @param domain      the model's editing domain
     * @param description the diagram description
     * @param root        its root element
     * @param state       its saved state, or {@code null} for a new diagram
     * @return the session
     * @throws DiagramException when the viewpoint cannot be interpreted on this model
     */
    public static DiagramSession open(EditingDomain domain, DiagramDescription description, EObject root, DiagramState state)
            throws DiagramException {
        Diagram diagram = DiagramInterpreter.create(description, root, state);
        DiagramLayout.layout(diagram, state == null ? DiagramLayout.Scope.ALL : DiagramLayout.Scope.NEW_ELEMENTS);
        return new DiagramSession(domain, diagram);
    }

    /** @return the model's editing domain */
    public EditingDomain domain() {
        return domain;
    }

    /** @return the diagram as it is now; replaced by each refresh */
    public Diagram diagram() {
        return diagram;
    }

    /** @param listener told of every change */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners that the diagram changed. */
    public void changed() {
        for (Listener listener : listeners) {
            listener.diagramChanged();
        }
    }

    /**
     * Executes a command on the model's command stack.
     *
     * @param command a command
     * @return whether it could execute
     */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /**
     * @param element an element about to be created on the diagram
     * @param at      where the user put it, in diagram coordinates
     */
    public void placeWhenShown(EObject element, Point at) {
        placements.put(element, at);
    }

    /**
     * Interprets the diagram again after a change of the model: elements still shown keep their
     * places, nodes and containers created on the diagram go where the user put them, and other
     * new ones are laid out near their neighbours.
     *
     * @return whether the refresh succeeded; else {@link #lastProblem()} says why and the diagram is
     *         left as it was
     */
    public boolean refresh() {
        Diagram refreshed;
        try {
            refreshed = DiagramInterpreter.refresh(diagram);
        } catch (DiagramException e) {
            lastProblem = e.getMessage();
            return false;
        }
        lastProblem = null;
        Set<EObject> placed = new java.util.HashSet<>();
        for (DiagramNode node : refreshed.allNodes()) {
            Point at = node.bounds() == null ? placements.get(node.element()) : null;
            if (at != null && node.kind() != NodeKind.LANE) {
                placed.add(node.element());
                Bounds size = TextMetrics.preferredSize(node);
                double height = size.height();
                if (node.kind() == NodeKind.CONTAINER) {
                    // A new container is empty: its header and room to click a first node into.
                    height = Math.max(height, TextMetrics.headerHeight(node) + EMPTY_CONTAINER_ROOM);
                }
                node.setBounds(new Bounds(at.x() - size.width() / 2, at.y() - height / 2, size.width(), height));
                node.setPinned(true);
                enclose(node);
            }
        }
        placements.keySet().removeAll(placed);
        DiagramLayout.layout(refreshed, DiagramLayout.Scope.NEW_ELEMENTS);
        diagram = refreshed;
        changed();
        return true;
    }

    /** Grows the containers around a node placed by the user, so that they still hold it (lanes keep their bands). */
    private static void enclose(DiagramNode node) {
        double pad = 10;
        for (DiagramNode child = node, parent = node.parent(); parent != null && parent.kind() == NodeKind.CONTAINER
                && parent.bounds() != null; child = parent, parent = parent.parent()) {
            Bounds b = parent.bounds();
            Bounds c = child.bounds();
            double x = Math.min(b.x(), c.x() - pad);
            double y = Math.min(b.y(), c.y() - pad);
            parent.setBounds(new Bounds(x, y, Math.max(b.right(), c.right() + pad) - x, Math.max(b.bottom(), c.bottom() + pad) - y));
        }
    }

    /** @return why the last refresh failed, or {@code null} */
    public String lastProblem() {
        return lastProblem;
    }

    /**
     * Replaces the diagram by one interpreted with other layers and filters (kept layout).
     *
     * @param layers  the optional layers to show
     * @param filters the filters to apply
     * @throws DiagramException when the viewpoint cannot be interpreted
     */
    void reinterpret(Set<String> layers, Set<String> filters) throws DiagramException {
        DiagramState now = diagram.state();
        DiagramState state = new DiagramState(now.name(), now.descriptionId(), now.rootId(), new LinkedHashSet<>(layers),
                new LinkedHashSet<>(filters), now.nodes(), now.pinned(), now.edges());
        Diagram next = DiagramInterpreter.create(diagram.description(), diagram.root(), state);
        DiagramLayout.layout(next, DiagramLayout.Scope.NEW_ELEMENTS);
        diagram = next;
        changed();
    }

    /** @return the bounds of every node now, by key */
    Map<String, Bounds> nodeBounds() {
        Map<String, Bounds> result = new LinkedHashMap<>();
        for (DiagramNode node : diagram.allNodes()) {
            result.put(node.key(), node.bounds());
        }
        return result;
    }

    /** @return the routes of every edge now, by key */
    Map<String, List<Point>> edgeRoutes() {
        Map<String, List<Point>> result = new LinkedHashMap<>();
        for (DiagramEdge edge : diagram.edges()) {
            result.put(edge.key(), edge.route());
        }
        return result;
    }

    /** @return the label positions of every edge now, by key */
    Map<String, Point> labelPositions() {
        Map<String, Point> result = new HashMap<>();
        for (DiagramEdge edge : diagram.edges()) {
            result.put(edge.key(), edge.labelPosition());
        }
        return result;
    }

    /** @return the keys of the nodes the user placed */
    Set<String> pinned() {
        Set<String> result = new LinkedHashSet<>();
        for (DiagramNode node : diagram.allNodes()) {
            if (node.isPinned()) {
                result.add(node.key());
            }
        }
        return result;
    }

    /**
     * Puts nodes and edges where a snapshot had them (by key; elements no longer shown are skipped).
     *
     * @param snapshot the snapshot
     */
    void restore(LayoutSnapshot snapshot) {
        for (DiagramNode node : diagram.allNodes()) {
            if (snapshot.nodes().containsKey(node.key())) {
                node.setBounds(snapshot.nodes().get(node.key()));
                node.setPinned(snapshot.pinned().contains(node.key()));
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            if (snapshot.edges().containsKey(edge.key())) {
                edge.setRoute(snapshot.edges().get(edge.key()));
                edge.setLabelPosition(snapshot.labels().get(edge.key()));
            }
        }
        changed();
    }

    /** @return where everything is now */
    LayoutSnapshot snapshot() {
        return new LayoutSnapshot(nodeBounds(), pinned(), edgeRoutes(), labelPositions());
    }

    /**
     * @param element a domain element
     * @return the nodes and edges standing for it
     */
    public List<Object> elementsOf(EObject element) {
        List<Object> result = new ArrayList<>();
        for (DiagramNode node : diagram.allNodes()) {
            if (node.element() == element) {
                result.add(node);
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            if (edge.element() == element) {
                result.add(edge);
            }
        }
        return result;
    }

    /**
     * Where nodes and edges are, by key: what a layout command restores on undo.
     *
     * @param nodes  node bounds
     * @param pinned pinned node keys
     * @param edges  edge routes
     * @param labels edge label positions
     */
    record LayoutSnapshot(Map<String, Bounds> nodes, Set<String> pinned, Map<String, List<Point>> edges, Map<String, Point> labels) {
    }
}
