// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The usage of {@code throughline import-observations}, from {@code importobservations.properties}. */
public final class ImportObservationsMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.cli.internal.importobservations"; //$NON-NLS-1$

    public static String importObservations_usage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ImportObservationsMessages.class);
    }

    private ImportObservationsMessages() {
    }
}
