// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of diff, merge and Git setup, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.team.internal.messages"; //$NON-NLS-1$

    public static String diff_usage;
    public static String diff_arguments;
    public static String diff_same;
    public static String diff_added;
    public static String diff_removed;
    public static String diff_moved;
    public static String diff_reordered;
    public static String diff_changed;
    public static String diff_summary;
    public static String diff_none;
    public static String diff_htmlTitle;
    public static String diff_htmlChange;
    public static String diff_htmlElement;
    public static String diff_htmlFeature;
    public static String diff_htmlBefore;
    public static String diff_htmlAfter;
    public static String merge_usage;
    public static String merge_arguments;
    public static String merge_noFolder;
    public static String merge_versions;
    public static String merge_notSameModel;
    public static String merge_fragmentAndModel;
    public static String split_usage;
    public static String split_arguments;
    public static String split_writeFailed;
    public static String split_done;
    public static String split_fragment;
    public static String join_usage;
    public static String join_arguments;
    public static String join_writeFailed;
    public static String join_done;
    public static String merge_clean;
    public static String merge_conflict;
    public static String merge_conflictElement;
    public static String merge_conflicts;
    public static String merge_writeFailed;
    public static String file_cannotLoad;
    public static String file_notModel;
    public static String outline_usage;
    public static String outline_arguments;
    public static String outline_asText;
    public static String outline_in;
    public static String gitSetup_usage;
    public static String gitSetup_arguments;
    public static String gitSetup_noGit;
    public static String gitSetup_notRepository;
    public static String gitSetup_gitFailed;
    public static String gitSetup_noLauncher;
    public static String gitSetup_attributes;
    public static String gitSetup_attributesKept;
    public static String gitSetup_ignore;
    public static String gitSetup_ignoreKept;
    public static String gitSetup_config;
    public static String gitSetup_done;
    public static String repository_none;
    public static String repository_cannotOpen;
    public static String repository_alreadyShared;
    public static String repository_failed;
    public static String repository_noVersion;
    public static String repository_noRevision;
    public static String repository_notModel;
    public static String clone_notEmpty;
    public static String clone_failed;
    public static String remote_none;
    public static String remote_badUrl;
    public static String remote_failed;
    public static String commit_noMessage;
    public static String commit_unmerged;
    public static String pull_merging;
    public static String pull_uncommitted;
    public static String pull_failed;
    public static String pull_mergeMessage;
    public static String push_pullFirst;
    public static String push_rejected;
    public static String resolve_label;
    public static String resolve_cannot;
    public static String resolve_noTheirs;
    public static String resolve_noEdit;
    public static String resolve_gone;
    public static String resolve_noParent;
    public static String resolve_badValue;
    public static String resolve_refersToDeleted;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
