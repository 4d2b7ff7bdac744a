// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

/** What a diagram node is. */
public enum NodeKind {
    /** A plain node. */
    NODE,
    /** A box holding other nodes. */
    CONTAINER,
    /** A band across the diagram holding other nodes, ordered with its sibling lanes. */
    LANE
}
