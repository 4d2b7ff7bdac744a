// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of {@code throughline report}, from {@code report.properties}. */
public final class ReportMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.cli.internal.report"; //$NON-NLS-1$

    public static String command_cannotWrite;
    public static String command_failedSection;
    public static String command_loading;
    public static String command_noFile;
    public static String command_noFormat;
    public static String command_noOut;
    public static String command_none;
    public static String command_note;
    public static String command_priorityOnlyPdf;
    public static String command_tooManyFiles;
    public static String command_unknownPriority;
    public static String command_usage;
    public static String command_workbook;
    public static String command_wroteHtml;
    public static String command_wrotePdf;
    public static String command_wroteXlsx;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ReportMessages.class);
    }

    private ReportMessages() {
    }
}
