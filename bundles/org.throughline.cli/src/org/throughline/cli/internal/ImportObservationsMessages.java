// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of {@code throughline import-observations}, from {@code importobservations.properties}. */
public final class ImportObservationsMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.cli.internal.importobservations"; //$NON-NLS-1$

    public static String importObservations_usage;
    public static String importObservations_unknownOption;
    public static String importObservations_arguments;
    public static String importObservations_notAModel;
    public static String importObservations_progress;
    public static String importObservations_added;
    public static String importObservations_wouldAdd;
    public static String importObservations_nothingNew;
    public static String importObservations_rejected;
    public static String importObservations_rejection;
    public static String importObservations_more;
    public static String importObservations_cannotSave;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ImportObservationsMessages.class);
    }

    private ImportObservationsMessages() {
    }
}
