// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.api;

/**
 * Identifiers of the Throughline workbench that plugins may rely on, for example to add views
 * to the Delivery Modelling perspective through {@code org.eclipse.ui.perspectiveExtensions}.
 */
public final class ThroughlineUi {

    /** The Delivery Modelling perspective, the one Throughline opens with. */
    public static final String DELIVERY_MODELLING_PERSPECTIVE = "org.throughline.ui.perspective"; //$NON-NLS-1$

    private ThroughlineUi() {
    }
}
