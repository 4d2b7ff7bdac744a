// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Team menu and views, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.ui.team.internal.messages"; //$NON-NLS-1$

    public static String team_title;
    public static String team_noPlace;
    public static String team_saveFirst;
    public static String team_interrupted;
    public static String value_none;
    public static String dialog_browse;
    public static String credentials_title;
    public static String credentials_intro;
    public static String credentials_user;
    public static String credentials_password;
    public static String clone_title;
    public static String clone_message;
    public static String clone_url;
    public static String clone_folder;
    public static String clone_noUrl;
    public static String clone_progress;
    public static String clone_done;
    public static String share_title;
    public static String share_message;
    public static String share_folder;
    public static String share_remote;
    public static String share_commitMessage;
    public static String share_defaultMessage;
    public static String share_done;
    public static String share_doneRemote;
    public static String commit_title;
    public static String commit_message;
    public static String commit_mergeMessage;
    public static String commit_files;
    public static String commit_file;
    public static String commit_added;
    public static String commit_modified;
    public static String commit_deleted;
    public static String commit_conflicting;
    public static String commit_messageLabel;
    public static String commit_mergeDefault;
    public static String commit_needMessage;
    public static String commit_needFiles;
    public static String commit_nothing;
    public static String commit_done;
    public static String pull_progress;
    public static String pull_upToDate;
    public static String pull_fastForward;
    public static String pull_merged;
    public static String pull_conflicts;
    public static String pull_otherConflicts;
    public static String push_progress;
    public static String push_done;
    public static String history_empty;
    public static String history_when;
    public static String history_author;
    public static String history_message;
    public static String history_changes;
    public static String history_commit;
    public static String history_modelHeading;
    public static String history_elementHeading;
    public static String history_featureChange;
    public static String history_noModel;
    public static String history_noElement;
    public static String compare_noEditor;
    public static String compare_noHistory;
    public static String compare_title;
    public static String compare_message;
    public static String compare_commit;
    public static String compare_heading;
    public static String diff_empty;
    public static String diff_heading;
    public static String diff_same;
    public static String diff_change;
    public static String diff_element;
    public static String diff_feature;
    public static String diff_before;
    public static String diff_after;
    public static String diff_added;
    public static String diff_removed;
    public static String diff_moved;
    public static String diff_reordered;
    public static String diff_changed;
    public static String diff_gone;
    public static String move_title;
    public static String move_noElement;
    public static String move_oneFile;
    public static String move_notMovable;
    public static String move_message;
    public static String move_mainFile;
    public static String diff_elementsTab;
    public static String diff_deliveryTab;
    public static String delivery_kind;
    public static String delivery_direction;
    public static String delivery_better;
    public static String delivery_worse;
    public static String conflicts_none;
    public static String conflicts_heading;
    public static String conflicts_element;
    public static String conflicts_feature;
    public static String conflicts_base;
    public static String conflicts_ours;
    public static String conflicts_theirs;
    public static String conflicts_resolution;
    public static String conflicts_keepOurs;
    public static String conflicts_takeTheirs;
    public static String conflicts_edit;
    public static String conflicts_apply;
    public static String conflicts_commit;
    public static String conflicts_oursChosen;
    public static String conflicts_theirsChosen;
    public static String conflicts_editChosen;
    public static String conflicts_applied;
    public static String conflicts_editTitle;
    public static String conflicts_editMessage;
    public static String conflicts_commitTitle;
    public static String conflicts_commitMessage;
    public static String conflicts_committed;
    public static String conflicts_notSaved;
    public static String conflicts_pending;
    public static String conflicts_bothChanged;
    public static String conflicts_deletedByThem;
    public static String conflicts_deletedByUs;
    public static String conflicts_referenceToDeleted;
    public static String conflicts_bothMoved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
