// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal;

import org.eclipse.osgi.util.NLS;

/** The model editor's user-visible strings (messages.properties). */
public final class Messages extends NLS {
    public static String action_copy;
    public static String action_cut;
    public static String action_delete;
    public static String action_paste;
    public static String action_redo;
    public static String action_rename;
    public static String action_selectAll;
    public static String action_undo;
    public static String chooser_clear;
    public static String chooser_filter;
    public static String chooser_many;
    public static String chooser_one;
    public static String chooser_title;
    public static String command_userProperties;
    public static String editor_modelPage;
    public static String editor_noModel;
    public static String editor_notAFile;
    public static String editor_saveFailed;
    public static String editor_saveFailedTitle;
    public static String menu_newChild;
    public static String menu_newSibling;
    public static String pages_notAProvider;
    public static String pages_providerFailed;
    public static String property_invalid;
    public static String property_notADate;
    public static String property_notANumber;
    public static String property_userCategory;
    public static String property_userProperties;
    public static String property_userPropertiesCount;
    public static String property_userPropertiesDescription;
    public static String property_userPropertyDescription;
    public static String recovery_job;
    public static String recovery_question;
    public static String recovery_title;
    public static String recovery_writeFailed;
    public static String userProperties_add;
    public static String userProperties_duplicateKey;
    public static String userProperties_emptyKey;
    public static String userProperties_key;
    public static String userProperties_message;
    public static String userProperties_newKey;
    public static String userProperties_remove;
    public static String userProperties_title;
    public static String userProperties_value;
    public static String validation_failed;
    public static String validation_job;

    static {
        NLS.initializeMessages("org.throughline.ui.editor.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
