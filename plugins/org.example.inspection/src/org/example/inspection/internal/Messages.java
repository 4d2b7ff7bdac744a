// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.internal;

import org.eclipse.osgi.util.NLS;

/** The plugin's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.example.inspection.internal.messages"; //$NON-NLS-1$

    public static String ratings_headline;
    public static String ratings_none;
    public static String ratings_inspected;
    public static String ratings_rating;
    public static String ratings_date;
    public static String ratings_regime;
    public static String ratings_openActions;
    public static String rating_OUTSTANDING;
    public static String rating_GOOD;
    public static String rating_REQUIRES_IMPROVEMENT;
    public static String rating_INADEQUATE;
    public static String import_usage;
    public static String import_arguments;
    public static String import_cannotRead;
    public static String import_missingColumn;
    public static String import_badRow;
    public static String import_unknownInspected;
    public static String import_ambiguousInspected;
    public static String import_badRating;
    public static String import_badDate;
    public static String import_rejected;
    public static String import_done;
    public static String import_cannotSave;
    public static String import_defaultRegime;
    public static String import_summary;
    public static String import_commandLabel;
    public static String section_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
