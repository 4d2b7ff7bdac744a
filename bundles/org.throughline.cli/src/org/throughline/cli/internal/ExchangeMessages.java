// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of {@code throughline import} and {@code throughline export}, from {@code exchange.properties}. */
public final class ExchangeMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.cli.internal.exchange"; //$NON-NLS-1$

    public static String import_usage;
    public static String import_arguments;
    public static String import_noImporter;
    public static String import_unknownImporter;
    public static String import_noData;
    public static String import_applied;
    public static String import_dryRun;
    public static String import_nothingToChange;
    public static String import_rejected;
    public static String import_rejection;
    public static String import_more;
    public static String import_cannotSave;
    public static String import_listLine;
    public static String export_usage;
    public static String export_arguments;
    public static String export_noExporter;
    public static String export_noOut;
    public static String export_unknownExporter;
    public static String export_written;
    public static String export_cannotWrite;
    public static String export_listLine;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ExchangeMessages.class);
    }

    private ExchangeMessages() {
    }
}
