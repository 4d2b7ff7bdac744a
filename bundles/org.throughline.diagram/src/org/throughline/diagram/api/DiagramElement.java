// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import org.eclipse.emf.ecore.EObject;

/**
 * What nodes and edges of a diagram have in common: an identity in the diagram, the mapping that
 * made them, the domain element they stand for, a label and a resolved style.
 */
public abstract sealed class DiagramElement permits DiagramNode, DiagramEdge {

    private final String key;
    private final String mappingId;
    private final String semanticId;
    private final EObject element;
    private final String label;
    private final ElementStyle style;

    DiagramElement(String key, String mappingId, String semanticId, EObject element, String label, ElementStyle style) {
        this.key = key;
        this.mappingId = mappingId;
        this.semanticId = semanticId;
        this.element = element;
        this.label = label;
        this.style = style;
    }

    /** @return its identity in its diagram, stable across refreshes */
    public String key() {
        return key;
    }

    /** @return the id of the mapping that made it */
    public String mappingId() {
        return mappingId;
    }

    /** @return the id of its domain element, or empty for an edge made from a reference */
    public String semanticId() {
        return semanticId;
    }

    /** @return its domain element, or {@code null} for an edge made from a reference */
    public EObject element() {
        return element;
    }

    /** @return its label text, or the empty string */
    public String label() {
        return label;
    }

    /** @return its resolved style */
    public ElementStyle style() {
        return style;
    }
}
