// SPDX-License-Identifier: EPL-2.0
package org.throughline.sdk.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the SDK tools. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.sdk.internal.messages"; //$NON-NLS-1$

    public static String generate_usage;
    public static String generate_arguments;
    public static String generate_noSuchFile;
    public static String generate_noInstallation;
    public static String generate_noLauncher;
    public static String generate_noProcess;
    public static String generate_prefix;
    public static String generate_io;
    public static String generate_exit;
    public static String generate_noGenModel;
    public static String generate_manyGenModels;
    public static String generate_noPlugin;
    public static String generate_notAGenModel;
    public static String generate_unreadable;
    public static String generate_badModelDirectory;
    public static String generate_noEcore;
    public static String generate_invalidEcore;
    public static String generate_notReconciled;
    public static String generate_invalidGenModel;
    public static String generate_failed;
    public static String generate_nothing;
    public static String generate_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
