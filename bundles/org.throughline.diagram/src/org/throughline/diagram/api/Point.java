// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

/**
 * A point in diagram coordinates.
 *
 * @param x horizontal, to the right
 * @param y vertical, downwards
 */
public record Point(double x, double y) {
}
