// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of {@code throughline compare}, from {@code compare.properties}. */
public final class CompareMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.cli.internal.compare"; //$NON-NLS-1$

    public static String compare_usage;
    public static String compare_files;
    public static String compare_asAtTwice;
    public static String compare_asAtWithTwoFiles;
    public static String compare_headline;
    public static String compare_side;
    public static String compare_none;
    public static String compare_worse;
    public static String compare_better;
    public static String compare_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CompareMessages.class);
    }

    private CompareMessages() {
    }
}
