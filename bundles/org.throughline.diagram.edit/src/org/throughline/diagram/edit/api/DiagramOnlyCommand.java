// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

/**
 * A command that changes a diagram and not the domain model (where nodes are, which layers are
 * on): after it the diagram is painted again, not interpreted again.
 */
public interface DiagramOnlyCommand {
}
