// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A node, container or lane of a diagram, standing for one domain element. Bounds are absolute
 * diagram coordinates, {@code null} until laid out.
 */
public final class DiagramNode {

    private final String key;
    private final String mappingId;
    private final String semanticId;
    private final EObject element;
    private final NodeKind kind;
    private final String label;
    private final ElementStyle style;
    private final DiagramNode parent;
    private final List<DiagramNode> children = new ArrayList<>();
    private Bounds bounds;
    private boolean pinned;

    /**
     * @param key        the node's identity in its diagram, stable across refreshes
     * @param mappingId  the id of the mapping that made it
     * @param semanticId the id of its domain element
     * @param element    its domain element
     * @param kind       node, container or lane
     * @param label      its label text
     * @param style      its resolved style
     * @param parent     the container or lane holding it, or {@code null}
     */
    public DiagramNode(String key, String mappingId, String semanticId, EObject element, NodeKind kind, String label, ElementStyle style,
            DiagramNode parent) {
        this.key = key;
        this.mappingId = mappingId;
        this.semanticId = semanticId;
        this.element = element;
        this.kind = kind;
        this.label = label;
        this.style = style;
        this.parent = parent;
    }

    /** @return the node's identity in its diagram, stable across refreshes */
    public String key() {
        return key;
    }

    /** @return the id of the mapping that made it */
    public String mappingId() {
        return mappingId;
    }

    /** @return the id of its domain element */
    public String semanticId() {
        return semanticId;
    }

    /** @return its domain element */
    public EObject element() {
        return element;
    }

    /** @return node, container or lane */
    public NodeKind kind() {
        return kind;
    }

    /** @return its label text */
    public String label() {
        return label;
    }

    /** @return its resolved style */
    public ElementStyle style() {
        return style;
    }

    /** @return the container or lane holding it, or {@code null} */
    public DiagramNode parent() {
        return parent;
    }

    /** @return the nodes inside it, in order */
    public List<DiagramNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** @param child a node to show inside this one (used while a diagram is built) */
    public void addChild(DiagramNode child) {
        children.add(child);
    }

    /** @return its bounds in absolute diagram coordinates, or {@code null} when not laid out */
    public Bounds bounds() {
        return bounds;
    }

    /** @param bounds its new bounds, absolute */
    public void setBounds(Bounds bounds) {
        this.bounds = bounds;
    }

    /** @return whether the user placed it; layout then keeps it where it is */
    public boolean isPinned() {
        return pinned;
    }

    /** @param pinned whether the user placed it */
    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return key;
    }
}
