// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * An edge of a diagram, between two nodes. Its route runs from a point on the source's border to
 * a point on the target's border, through its bend points; empty until laid out.
 */
public final class DiagramEdge extends DiagramElement {

    private final DiagramNode source;
    private final DiagramNode target;
    private List<Point> route = List.of();
    private Point labelPosition;

    /**
     * @param key        the edge's identity in its diagram
     * @param mappingId  the id of the mapping that made it
     * @param semanticId the id of its domain element, or empty for an edge made from a reference
     * @param element    its domain element, or {@code null} for an edge made from a reference
     * @param source     the node it starts from
     * @param target     the node it ends at
     * @param label      its label, or the empty string
     * @param style      its resolved style
     */
    public DiagramEdge(String key, String mappingId, String semanticId, EObject element, DiagramNode source, DiagramNode target,
            String label,
            ElementStyle style) {
        super(key, mappingId, semanticId, element, label, style);
        this.source = source;
        this.target = target;
    }





    /** @return the node it starts from */
    public DiagramNode source() {
        return source;
    }

    /** @return the node it ends at */
    public DiagramNode target() {
        return target;
    }



    /** @return its route, start and end points included; empty until laid out */
    public List<Point> route() {
        return route;
    }

    /** @param route its new route, start and end points included */
    public void setRoute(List<Point> route) {
        this.route = List.copyOf(route);
    }

    /** @return the top-left corner of its label, or {@code null} to place it at the middle */
    public Point labelPosition() {
        return labelPosition;
    }

    /** @param labelPosition the top-left corner of its label, or {@code null} */
    public void setLabelPosition(Point labelPosition) {
        this.labelPosition = labelPosition;
    }

    @Override
    public String toString() {
        return key();
    }
}
