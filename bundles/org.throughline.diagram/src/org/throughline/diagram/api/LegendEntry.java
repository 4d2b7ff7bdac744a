// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

/**
 * One line of a diagram's legend: a conditional style that applies to at least one element.
 *
 * @param mapping the label of the mapping it belongs to, for example {@code Link}
 * @param label   what it means, for example {@code Weak link}
 * @param style   the look of an element it applies to (the mapping's style with its overrides)
 * @param edge    whether it styles edges (drawn as a line) rather than nodes (a swatch)
 */
public record LegendEntry(String mapping, String label, ElementStyle style, boolean edge) {
}
