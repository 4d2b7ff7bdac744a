// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.api;

import java.util.List;

import org.throughline.diagram.api.Point;

/**
 * A diagram as drawing commands on a page: its title, the diagram itself and its legend, made by
 * {@link DiagramPainter#page(org.throughline.diagram.api.Diagram)}. {@link SvgRenderer} writes it
 * as SVG; the diagram editor draws the same commands with SWT.
 *
 * @param width    the page's width in pixels
 * @param height   the page's height in pixels
 * @param origin   where the diagram's own coordinates start on the page (the diagram's point
 *                 (0, 0) is drawn at this page point): a backend maps a page point back to the
 *                 diagram by subtracting it
 * @param drawings the drawings, in page coordinates, in painting order
 */
public record DisplayList(double width, double height, Point origin, List<Drawing> drawings) {

    /** Copies the drawing list. */
    public DisplayList {
        drawings = List.copyOf(drawings);
    }
}
