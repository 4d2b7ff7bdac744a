// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

/**
 * A name or edge label as the canvas drew it (see {@link CanvasPainter#noteTexts(boolean)}).
 *
 * @param what  the kind of node it names ({@code NODE}, {@code CONTAINER}, {@code LANE}), or {@code edge-label}
 * @param lines its lines as drawn
 * @param box   where, in screen pixels
 */
public record DrawnText(String what, List<String> lines, Rectangle box) {
}
