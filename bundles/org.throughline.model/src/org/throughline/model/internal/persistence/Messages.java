// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of loading and saving, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.model.internal.persistence.messages"; //$NON-NLS-1$

    public static String write_noFolder;
    public static String write_isFolder;
    public static String load_missing;
    public static String load_notAModel;
    public static String load_adviceNotAModel;
    public static String load_adviceMissing;
    public static String load_unreadable;
    public static String load_adviceUnreadable;
    public static String load_isFolder;
    public static String load_adviceIsFolder;
    public static String load_empty;
    public static String load_adviceDamaged;
    public static String load_textTooLong;
    public static String load_duplicateId;
    public static String load_adviceDuplicateId;
    public static String load_doctype;
    public static String load_adviceDoctype;
    public static String load_tooDeep;
    public static String load_truncated;
    public static String load_notXml;
    public static String load_unknownNamespace;
    public static String load_adviceUnknownNamespace;
    public static String load_pluginNamespace;
    public static String load_advicePluginNamespace;
    public static String load_unknownType;
    public static String load_unknownFeature;
    public static String load_adviceNewer;
    public static String load_unresolved;
    public static String load_adviceUnresolved;
    public static String load_illegalValue;
    public static String load_adviceIllegalValue;
    public static String load_other;
    public static String load_newer;
    public static String load_adviceNewerVersion;
    public static String load_tooOld;
    public static String load_adviceTooOld;
    public static String load_adviceMigration;
    public static String load_migrated;
    public static String load_networkRefused;
    public static String load_attributeTooLong;
    public static String migration_badWeight;
    public static String migration_badType;
    public static String load_fragment;
    public static String load_adviceFragment;
    public static String fragment_unreadable;
    public static String fragment_missingElement;
    public static String fragment_notSaved;
    public static String fragment_partial;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
