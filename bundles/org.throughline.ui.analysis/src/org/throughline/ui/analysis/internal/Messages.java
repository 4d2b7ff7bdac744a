// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Analyses view and the report export, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.ui.analysis.internal.messages"; //$NON-NLS-1$

    public static String export_badTarget;
    public static String export_browse;
    public static String export_cannotOpen;
    public static String export_chooseFolder;
    public static String export_everyPriority;
    public static String export_exporter;
    public static String export_failed;
    public static String export_cancelled;
    public static String export_failedSections;
    public static String export_format;
    public static String export_fromEditor;
    public static String export_html;
    public static String export_model;
    public static String export_noModels;
    public static String export_noPriorities;
    public static String export_noTarget;
    public static String export_open;
    public static String export_pageDescription;
    public static String export_pageTitle;
    public static String export_pdf;
    public static String export_priority;
    public static String export_priorityItem;
    public static String export_target;
    public static String export_title;
    public static String export_writing;
    public static String import_cannotApply;
    public static String import_colReason;
    public static String import_colRow;
    public static String import_data;
    public static String import_failed;
    public static String import_cancelled;
    public static String import_importer;
    public static String import_importerItem;
    public static String import_intoEditor;
    public static String import_noData;
    public static String import_noImporters;
    public static String import_noSuchFile;
    public static String import_nothingNew;
    public static String import_pageDescription;
    public static String import_pageTitle;
    public static String import_rejected;
    public static String import_sheetRow;
    public static String import_title;
    public static String job_analysis;
    public static String view_analysis;
    public static String view_model;
    public static String view_needsElement;
    public static String view_noModel;
    public static String view_noRows;
    public static String view_questionOfElement;
    public static String view_run;
    public static String view_running;
    public static String view_stale;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
