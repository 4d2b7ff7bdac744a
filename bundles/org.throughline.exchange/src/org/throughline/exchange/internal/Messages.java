// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** The spreadsheet exchange's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.exchange.internal.messages"; //$NON-NLS-1$

    public static String about_title;
    public static String about_subject;
    public static String about_model;
    public static String about_id;
    public static String about_version;
    public static String about_description;
    public static String about_written;
    public static String about_howTo;
    public static String about_howToText;
    public static String about_sheet;
    public static String about_holds;
    public static String about_rows;
    public static String about_observationsSheet;
    public static String about_elementSheet;
    public static String about_partSheet;
    public static String column_containerId;
    public static String column_containerName;
    public static String column_ownerType;
    public static String column_ownerId;
    public static String column_ownerName;
    public static String column_referenceId;
    public static String column_referenceName;
    public static String column_referenceIds;
    public static String column_referenceNames;
    public static String column_property;
    public static String validation_title;
    public static String validation_unknownIndicator;
    public static String import_notAModel;
    public static String import_cannotExecute;
    public static String import_nothingToApply;
    public static String import_commandLabel;
    public static String import_task;
    public static String import_progress;
    public static String import_noFile;
    public static String import_isFolder;
    public static String import_unreadable;
    public static String import_oldExcel;
    public static String import_notZip;
    public static String import_binary;
    public static String import_notUtf8;
    public static String import_lineTooLong;
    public static String import_badCsv;
    public static String import_badWorkbook;
    public static String import_tooBigWorkbook;
    public static String import_noSheet;
    public static String import_empty;
    public static String import_tooManyRows;
    public static String import_duplicateColumn;
    public static String import_or;
    public static String import_missingColumns;
    public static String import_formula;
    public static String import_errorCell;
    public static String import_unknownId;
    public static String import_notAnIndicator;
    public static String import_nameMismatch;
    public static String import_noIndicator;
    public static String import_unknownName;
    public static String import_ambiguousName;
    public static String import_dateIsNumber;
    public static String import_noDate;
    public static String import_badDate;
    public static String import_valueIsDate;
    public static String import_noValue;
    public static String import_notANumber;
    public static String import_numberTooLarge;
    public static String import_textTooLong;
    public static String import_formulaText;
    public static String import_controlCharacter;
    public static String import_conflictsWithModel;
    public static String import_conflictsWithRow;

    public static String import_summary;
    public static String import_summaryRejected;
    public static String import_notExecuted;
    public static String importers_who;
    public static String importers_unchanged;
    public static String importers_unknown;
    public static String importers_noPlan;
    public static String exporters_who;
    public static String exporters_unchanged;
    public static String exporters_notWritten;
    public static String exporters_unknown;
    public static String contribution_failed;
    public static String registry_duplicate;
    public static String registry_malformed;
    public static String registry_missingAttribute;
    public static String registry_wrongClass;
    public static String registry_cannotCreate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
