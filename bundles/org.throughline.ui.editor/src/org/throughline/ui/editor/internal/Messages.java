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
    public static String action_showReferences;
    public static String action_undo;
    public static String chooser_clear;
    public static String chooser_filter;
    public static String chooser_many;
    public static String chooser_one;
    public static String chooser_title;
    public static String command_setProperty;
    public static String command_userProperties;
    public static String editor_modelPage;
    public static String editor_noModel;
    public static String editor_notAFile;
    public static String editor_saveFailed;
    public static String editor_saveFailedTitle;
    public static String find_anyType;
    public static String find_count;
    public static String find_heading;
    public static String find_properties;
    public static String find_query;
    public static String find_title;
    public static String fix_delete;
    public static String fix_deleteDescription;
    public static String fix_elementGone;
    public static String fix_judgeStrength;
    public static String fix_judgeStrengthDescription;
    public static String fix_name;
    public static String fix_nameDescription;
    public static String fix_newName;
    public static String fix_noEditor;
    public static String fix_setDueDate;
    public static String fix_setDueDateDescription;
    public static String fix_setOwner;
    public static String fix_setOwnerDescription;
    public static String fix_setSro;
    public static String menu_newChild;
    public static String menu_newSibling;
    public static String outline_none;
    public static String pages_notAProvider;
    public static String pages_providerFailed;
    public static String preferences_category;
    public static String preferences_default;
    public static String preferences_description;
    public static String preferences_error;
    public static String preferences_hint;
    public static String preferences_ignore;
    public static String preferences_info;
    public static String preferences_rule;
    public static String preferences_severity;
    public static String preferences_warning;
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
    public static String references_heading;
    public static String references_none;
    public static String references_title;
    public static String results_detail;
    public static String results_element;
    public static String results_goTo;
    public static String results_model;
    public static String template_chain;
    public static String template_chainDescription;
    public static String template_chainFolder;
    public static String template_chainName;
    public static String template_citizens;
    public static String template_department;
    public static String template_empty;
    public static String template_emptyDescription;
    public static String template_funding;
    public static String template_outcome;
    public static String template_priority;
    public static String template_provider;
    public static String template_purpose;
    public static String template_service;
    public static String template_sro;
    public static String template_tierCentre;
    public static String template_tierDelivery;
    public static String template_tierPeople;
    public static String template_who;
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
    public static String wizard_defaultName;
    public static String wizard_failed;
    public static String wizard_fileDescription;
    public static String wizard_fileTitle;
    public static String wizard_templateDescription;
    public static String wizard_templateTitle;
    public static String wizard_title;

    static {
        NLS.initializeMessages("org.throughline.ui.editor.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
