// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.cli.internal.messages"; //$NON-NLS-1$

    public static String dispatcher_prefix;
    public static String versions_none;
    public static String versions_cannotCreate;
    public static String versions_failed;
    public static String options_unknown;
    public static String options_missingValue;
    public static String options_badValue;
    public static String options_none;
    public static String progress_step;
    public static String progress_task;
    public static String dispatcher_unknownCommand;
    public static String dispatcher_who;
    public static String dispatcher_warning;
    public static String dispatcher_partial;
    public static String dispatcher_seeLog;
    public static String dispatcher_rerunWithDebug;
    public static String registry_malformed;
    public static String registry_cannotCreate;
    public static String registry_duplicate;
    public static String headless_notWritten;
    public static String help_header;
    public static String help_footer;
    public static String help_usage;
    public static String help_tooManyArguments;
    public static String version_line;
    public static String version_runtime;
    public static String version_devBuild;
    public static String version_usage;
    public static String version_noArguments;
    public static String info_usage;
    public static String info_noFiles;
    public static String info_metamodel;
    public static String info_note;
    public static String info_total;
    public static String info_asAt;
    public static String info_asAtNone;
    public static String asAt_bad;
    public static String validate_usage;
    public static String validate_noFiles;
    public static String validate_summary;
    public static String validate_markdownOnlyCatalogue;
    public static String sarif_loadFailed;
    public static String sarif_loadFailedHelp;
    public static String sarif_ruleFailed;
    public static String sarif_ruleFailedHelp;
    public static String sarif_noHelp;
    public static String sarif_helpMarkdown;
    public static String sarif_helpCatalogue;
    public static String catalogue_generated;
    public static String catalogue_title;
    public static String catalogue_intro;
    public static String catalogue_facts;
    public static String catalogue_finding;
    public static String catalogue_why;
    public static String catalogue_fix;
    public static String validate_ruleCount;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
