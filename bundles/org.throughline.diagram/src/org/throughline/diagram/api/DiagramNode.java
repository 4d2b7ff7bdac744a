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
public final class DiagramNode extends DiagramElement {

    private final NodeKind kind;
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
        super(key, mappingId, semanticId, element, label, style);
        this.kind = kind;
        this.parent = parent;
    }





    /** @return node, container or lane */
    public NodeKind kind() {
        return kind;
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
        return key();
    }
}
