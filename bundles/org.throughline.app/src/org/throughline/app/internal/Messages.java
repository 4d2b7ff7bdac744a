// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench application's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.app.internal.messages"; //$NON-NLS-1$

    public static String application_title;
    public static String application_workspaceInUse;
    public static String application_noDisplay;
    public static String menu_file;
    public static String menu_new;
    public static String menu_edit;
    public static String menu_window;
    public static String menu_openPerspective;
    public static String menu_showView;
    public static String menu_help;
    public static String menu_userGuide;
    public static String menu_preferences;
    public static String guide_title;
    public static String guide_cannotOpen;
    public static String guide_openYourself;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
