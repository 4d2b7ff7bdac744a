// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of {@code throughline analyse}, from {@code analyse.properties}. */
public final class AnalyseMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.cli.internal.analyse"; //$NON-NLS-1$

    public static String analyse_usage;
    public static String analyse_noFile;
    public static String analyse_tooManyFiles;
    public static String analyse_unknownAnalysis;
    public static String analyse_csvNeedsOne;
    public static String analyse_unknownElement;
    public static String analyse_loading;
    public static String analyse_progress;
    public static String analyse_asAt;
    public static String analyse_failed;
    public static String analyse_noRows;
    public static String analyse_needsElement;
    public static String analyse_listHeader;
    public static String analyse_elementId;
    public static String analyse_elementType;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AnalyseMessages.class);
    }

    private AnalyseMessages() {
    }
}
