// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.viewpoint.DiagramDescription;

/**
 * A diagram: the nodes and edges a viewpoint's diagram description gives for one root element,
 * with their resolved styles and, once laid out, their bounds and routes. Made by
 * {@link DiagramInterpreter}; laid out by {@code org.throughline.layout}; drawn by
 * {@code org.throughline.render}.
 */
public final class Diagram {

    private final DiagramDescription description;
    private final EObject root;
    private final String rootId;
    private final String name;
    private final Set<String> layers;
    private final Set<String> filters;
    private final List<DiagramNode> nodes = new ArrayList<>();
    private final List<DiagramEdge> edges = new ArrayList<>();
    private final List<LegendEntry> legend = new ArrayList<>();

    /**
     * @param description its diagram description
     * @param root        its root domain element
     * @param rootId      the root's id
     * @param name        its name
     * @param layers      the optional layers switched on
     * @param filters     the filters switched on
     */
    public Diagram(DiagramDescription description, EObject root, String rootId, String name, Set<String> layers, Set<String> filters) {
        this.description = description;
        this.root = root;
        this.rootId = rootId;
        this.name = name;
        this.layers = Set.copyOf(layers);
        this.filters = Set.copyOf(filters);
    }

    /** @return its diagram description */
    public DiagramDescription description() {
        return description;
    }

    /** @return its root domain element */
    public EObject root() {
        return root;
    }

    /** @return the root's id */
    public String rootId() {
        return rootId;
    }

    /** @return its name, also its title */
    public String name() {
        return name;
    }

    /** @return the optional layers switched on */
    public Set<String> layers() {
        return layers;
    }

    /** @return the filters switched on */
    public Set<String> filters() {
        return filters;
    }

    /** @return the top-level nodes, containers and lanes, in order */
    public List<DiagramNode> nodes() {
        return nodes;
    }

    /** @return every node at every depth, parents before their children */
    public List<DiagramNode> allNodes() {
        List<DiagramNode> all = new ArrayList<>();
        for (DiagramNode node : nodes) {
            collect(node, all);
        }
        return all;
    }

    private static void collect(DiagramNode node, List<DiagramNode> all) {
        all.add(node);
        for (DiagramNode child : node.children()) {
            collect(child, all);
        }
    }

    /** @return the edges, in order */
    public List<DiagramEdge> edges() {
        return edges;
    }

    /** @return the conditional styles in use, in the order of the viewpoint */
    public List<LegendEntry> legend() {
        return legend;
    }

    /**
     * @param key a node key
     * @return the node of that key, or {@code null}
     */
    public DiagramNode node(String key) {
        for (DiagramNode node : allNodes()) {
            if (node.key().equals(key)) {
                return node;
            }
        }
        return null;
    }

    /** @return what survives a refresh and goes into the representations file */
    public DiagramState state() {
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        Set<String> pinned = new LinkedHashSet<>();
        for (DiagramNode node : allNodes()) {
            if (node.bounds() != null) {
                bounds.put(node.key(), node.bounds());
            }
            if (node.isPinned()) {
                pinned.add(node.key());
            }
        }
        Map<String, List<Point>> routes = new LinkedHashMap<>();
        for (DiagramEdge edge : edges) {
            if (!edge.route().isEmpty()) {
                routes.put(edge.key(), edge.route());
            }
        }
        return new DiagramState(name, description.getId(), rootId, new LinkedHashSet<>(layers), new LinkedHashSet<>(filters),
                Collections.unmodifiableMap(bounds), Collections.unmodifiableSet(pinned), Collections.unmodifiableMap(routes));
    }
}
