// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a diagram keeps apart from the domain model, so that it survives refreshes and is saved in
 * the representations file: which diagram of which viewpoint, drawn for which root element, with
 * which layers and filters on, and where its nodes and edges are. Nodes and edges are identified
 * by their keys.
 *
 * @param name          the diagram's name as the modeller gave it
 * @param descriptionId the id of its diagram description
 * @param rootId        the id of its root domain element
 * @param layers        the ids of the optional layers switched on
 * @param filters       the ids of the filters switched on
 * @param nodes         the bounds of nodes, by key
 * @param pinned        the keys of nodes the user placed
 * @param edges         the routes of edges, by key
 */
public record DiagramState(String name, String descriptionId, String rootId, Set<String> layers, Set<String> filters,
        Map<String, Bounds> nodes, Set<String> pinned, Map<String, List<Point>> edges) {
}
