// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
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
import org.throughline.diagram.edit.internal.Messages;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.layout.api.ParallelEdges;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.Tool;

/**
 * One open diagram of a model, headless: the interpreted {@link Diagram} of a diagram description
 * for a root element, bound to the model's editing domain. Every change to it, of the model (the
 * viewpoint's palette tools, delete, rename) or of the diagram alone (moves, resizes, layout,
 * layers), is an EMF command on that domain's command stack, so undo, redo and dirty state are
 * those of the model editor. After a change of the model the diagram is interpreted again; nodes
 * that were placed keep their places and only new ones are laid out.
 * <p>
 * The workbench's diagram canvas is a view over a session; tests, the command line and plugins
 * use the same API without a display:
 *
 * <pre>
 * DiagramSession session = DiagramSession.open(domain, description, model, null);
 * CreateNodeTool organisation = (CreateNodeTool) session.tool("Organisation").orElseThrow();
 * ToolResult result = session.createNode(organisation, new Point(400, 300));
 * if (!result.done()) {
 *     System.err.println(result.problem());
 * }
 * </pre>
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
    private String refreshProblem;
    private final CommandStackListener stackListener;
    private final ToolRuns toolRuns = new ToolRuns(this);

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

    /**
     * Makes an editing domain as the model editor makes one, for a session without the workbench:
     * commands from the item providers registered for each metamodel (Throughline's, a plugin's)
     * and reflective ones for classes that have none, so that every tool can create, set and
     * delete elements of any metamodel.
     *
     * @param resourceSet the resource set holding the model
     * @return a new editing domain with its own command stack
     */
    public static AdapterFactoryEditingDomain editingDomain(ResourceSet resourceSet) {
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), resourceSet);
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
    void placeWhenShown(EObject element, Point at) {
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
            refreshProblem = e.getMessage();
            return false;
        }
        refreshProblem = null;
        Set<EObject> placed = new HashSet<>();
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
    public String refreshProblem() {
        return refreshProblem;
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

    // ----- the palette ----------------------------------------------------------------------------

    /** @return the tools of the layers shown, in palette order */
    public List<Tool> tools() {
        List<Tool> tools = new ArrayList<>();
        DiagramDescription description = diagram.description();
        if (description.getDefaultLayer() != null) {
            tools.addAll(description.getDefaultLayer().getTools());
        }
        for (Layer layer : description.getAdditionalLayers()) {
            if (diagram.layers().contains(layer.getId())) {
                tools.addAll(layer.getTools());
            }
        }
        return tools;
    }

    /**
     * @param idOrLabel a tool's id, or the label the palette shows
     * @return the tool of the layers shown with that id or label
     */
    public Optional<Tool> tool(String idOrLabel) {
        return tools().stream().filter(t -> idOrLabel.equals(t.getId()) || idOrLabel.equals(t.getLabel())).findFirst();
    }

    /**
     * Runs a node creation tool where the user clicked: inside the innermost container there that
     * holds nodes like the tool's, else on the diagram itself. A point outside every such container
     * is refused when the diagram shows no such nodes at its top level. The new element is drawn
     * centred on the point.
     *
     * @param createTool a node creation tool
     * @param at         the diagram point
     * @return what it did
     */
    public ToolResult createNode(CreateNodeTool createTool, Point at) {
        return toolRuns.createNode(createTool, at);
    }

    /**
     * @param createTool an edge creation tool
     * @param node       a node
     * @return whether an edge of the tool can start at the node
     */
    public static boolean canStartAt(CreateEdgeTool createTool, DiagramNode node) {
        return ToolRuns.canStartAt(createTool, node);
    }

    /**
     * @param createTool an edge creation tool
     * @param node       a node
     * @return whether an edge of the tool can end at the node
     */
    public static boolean canEndAt(CreateEdgeTool createTool, DiagramNode node) {
        return ToolRuns.canEndAt(createTool, node);
    }

    /**
     * Runs an edge creation tool between two nodes (the same node twice only when the tool's
     * mapping accepts it at both ends and the user chose it so).
     *
     * @param createTool an edge creation tool
     * @param source     the node it starts at
     * @param target     the node it ends at
     * @return what it did; refused when the tool does not join these nodes
     */
    public ToolResult createEdge(CreateEdgeTool createTool, DiagramNode source, DiagramNode target) {
        return toolRuns.createEdge(createTool, source, target);
    }

    /**
     * Deletes the domain elements of nodes and edges from the model, each with the viewpoint's
     * delete tool for its mapping, or else EMF's delete (which also removes every reference to
     * it), as one undoable command. The diagram's root is never deleted.
     *
     * @param shown nodes and edges of this diagram
     * @return what it did
     */
    public ToolResult delete(Collection<?> shown) {
        return toolRuns.delete(shown);
    }

    /**
     * Renames the element of a node: with the viewpoint's direct-edit tool for its mapping, or else
     * by setting the element's name.
     *
     * @param node  a node
     * @param value the new text
     * @return what it did
     */
    public ToolResult directEdit(DiagramNode node, String value) {
        return toolRuns.directEdit(node, value);
    }

    /**
     * Runs any tool's operations (create, set value, delete) with the variables given, as one
     * undoable command: what the other methods do for the usual tools, open to any tool a viewpoint
     * defines.
     *
     * @param tool      a tool of this diagram's viewpoint
     * @param self      the element it works on
     * @param variables its variables ({@code container}, {@code source}, {@code target},
     *                  {@code element}, {@code value}, or others its expressions use)
     * @return what it did
     */
    public ToolResult runTool(Tool tool, EObject self, Map<String, Object> variables) {
        return toolRuns.runTool(tool, self, variables);
    }

    // ----- where things are: move, resize, layout, layers --------------------------------------------

    /**
     * Where nodes would be after moving them (with what they hold) by an offset: lanes, nodes not
     * yet placed and nodes whose container moves with them are not moved themselves.
     *
     * @param nodes the nodes
     * @param dx    horizontal offset
     * @param dy    vertical offset
     * @return the new bounds of every node that moves
     */
    public static Map<DiagramNode, Bounds> moved(List<DiagramNode> nodes, double dx, double dy) {
        Map<DiagramNode, Bounds> moved = new LinkedHashMap<>();
        for (DiagramNode node : movable(nodes)) {
            moved.put(node, node.bounds().translate(dx, dy));
            for (DiagramNode inside : descendants(node)) {
                moved.put(inside, inside.bounds().translate(dx, dy));
            }
        }
        return moved;
    }

    /**
     * Moves nodes (with what they hold) by an offset, as one undoable command; the nodes become
     * pinned, so that later layouts keep them where the user put them.
     *
     * @param nodes the nodes
     * @param dx    horizontal offset
     * @param dy    vertical offset
     * @return whether they moved
     */
    public boolean move(List<DiagramNode> nodes, double dx, double dy) {
        return setBounds(Messages.session_move, moved(nodes, dx, dy), nodes);
    }

    /**
     * Puts nodes at new bounds, as one undoable move; they become pinned and edges follow them.
     *
     * @param bounds the new bounds of the nodes dragged and of what they hold
     * @return whether anything changed
     */
    public boolean place(Map<DiagramNode, Bounds> bounds) {
        return setBounds(Messages.session_move, bounds, bounds.keySet());
    }

    /**
     * Gives one node new bounds, as one undoable command; it becomes pinned.
     *
     * @param node   a node
     * @param bounds its new bounds
     * @return whether it changed
     */
    public boolean resize(DiagramNode node, Bounds bounds) {
        return !bounds.equals(node.bounds()) && setBounds(Messages.session_resize, Map.of(node, bounds), List.of(node));
    }

    /**
     * Gives nodes new bounds as one undoable command; edges joined to them follow.
     *
     * @param label  the command's label, as the Undo menu shows it
     * @param bounds the new bounds
     * @param pin    the nodes to pin
     * @return whether anything changed
     */
    public boolean setBounds(String label, Map<DiagramNode, Bounds> bounds, Collection<DiagramNode> pin) {
        if (bounds.isEmpty()) {
            return false;
        }
        LayoutSnapshot before = snapshot();
        Map<String, Bounds> nodes = new LinkedHashMap<>(before.nodes());
        Set<String> pinned = new LinkedHashSet<>(before.pinned());
        Map<String, List<Point>> edges = new LinkedHashMap<>(before.edges());
        Map<String, Point> labels = new HashMap<>(before.labels());
        bounds.forEach((node, b) -> nodes.put(node.key(), b));
        for (DiagramNode node : pin) {
            pinned.add(node.key());
        }
        for (DiagramEdge edge : diagram.edges()) {
            if (bounds.containsKey(edge.source()) || bounds.containsKey(edge.target())) {
                Bounds s = bounds.getOrDefault(edge.source(), edge.source().bounds());
                Bounds t = bounds.getOrDefault(edge.target(), edge.target().bounds());
                edges.put(edge.key(), Routes.follow(edge.route(), edge.source().bounds(), s, edge.target().bounds(), t));
                labels.put(edge.key(), null);
            }
        }
        Map<DiagramEdge, List<Point>> routes = new LinkedHashMap<>();
        diagram.edges().forEach(edge -> routes.put(edge, edges.getOrDefault(edge.key(), List.of())));
        ParallelEdges.separate(diagram.edges(), routes, node -> nodes.get(node.key()));
        routes.forEach((edge, route) -> {
            if (route != edges.get(edge.key()) && !route.isEmpty()) {
                edges.put(edge.key(), route);
                labels.put(edge.key(), null);
            }
        });
        return execute(new LayoutCommand(label, this, before, new LayoutSnapshot(nodes, pinned, edges, labels)));
    }

    private static List<DiagramNode> movable(List<DiagramNode> nodes) {
        List<DiagramNode> result = new ArrayList<>();
        for (DiagramNode node : nodes) {
            if (node.kind() == NodeKind.LANE || node.bounds() == null) {
                continue;
            }
            boolean ancestorMoves = false;
            for (DiagramNode p = node.parent(); p != null; p = p.parent()) {
                ancestorMoves |= nodes.contains(p) && p.kind() != NodeKind.LANE;
            }
            if (!ancestorMoves) {
                result.add(node);
            }
        }
        return result;
    }

    private static List<DiagramNode> descendants(DiagramNode node) {
        List<DiagramNode> result = new ArrayList<>();
        for (DiagramNode child : node.children()) {
            if (child.bounds() != null) {
                result.add(child);
            }
            result.addAll(descendants(child));
        }
        return result;
    }

    /** Lays the whole diagram out afresh, as one undoable command; no node stays pinned. */
    public void layout() {
        layout(List.of());
    }

    /**
     * Lays out some nodes afresh (with what they hold), as one undoable command; the others stay.
     *
     * @param only the nodes to place afresh; none for the whole diagram
     */
    public void layout(Collection<DiagramNode> only) {
        LayoutSnapshot before = snapshot();
        if (!only.isEmpty()) {
            Set<String> chosen = new LinkedHashSet<>();
            for (DiagramNode node : only) {
                chosen.add(node.key());
                descendants(node).forEach(n -> chosen.add(n.key()));
            }
            for (DiagramNode node : diagram.allNodes()) {
                if (chosen.contains(node.key()) && node.kind() == NodeKind.NODE) {
                    node.setBounds(null);
                    node.setPinned(false);
                }
            }
            for (DiagramEdge edge : diagram.edges()) {
                if (chosen.contains(edge.source().key()) || chosen.contains(edge.target().key())) {
                    edge.setRoute(List.of());
                }
            }
            DiagramLayout.layout(diagram, DiagramLayout.Scope.NEW_ELEMENTS);
        } else {
            DiagramLayout.layout(diagram, DiagramLayout.Scope.ALL);
            for (DiagramNode node : diagram.allNodes()) {
                node.setPinned(false);
            }
        }
        LayoutSnapshot after = snapshot();
        restore(before);
        execute(new LayoutCommand(only.isEmpty() ? Messages.session_layout : Messages.session_layoutSelection, this, before, after));
    }

    /**
     * Shows other optional layers and applies other filters, as one undoable command; the layout
     * of what stays is kept.
     *
     * @param layers  the ids of the optional layers to show
     * @param filters the ids of the filters to apply
     * @return whether it changed the diagram
     */
    public boolean showLayers(Set<String> layers, Set<String> filters) {
        return execute(new LayersCommand(Messages.session_layers, this, layers, filters));
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
