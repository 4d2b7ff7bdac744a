// SPDX-License-Identifier: EPL-2.0
package org.throughline.p2.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of plugin installation, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.p2.internal.messages"; //$NON-NLS-1$

    public static String install_usage;
    public static String install_arguments;
    public static String uninstall_usage;
    public static String uninstall_arguments;
    public static String plugins_usage;
    public static String plugins_arguments;
    public static String plugins_none;
    public static String plugins_line;
    public static String noP2;
    public static String noProfile;
    public static String noRepositoryFolder;
    public static String badRepository;
    public static String noSuchFeature;
    public static String noSuchFeatureOffers;
    public static String alreadyInstalled;
    public static String cannotResolve;
    public static String installFailed;
    public static String installed;
    public static String notInstalled;
    public static String uninstallFailed;
    public static String gcFailed;
    public static String uninstalled;
    public static String restart;
    public static String notWritable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
