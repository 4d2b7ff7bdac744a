// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.internal;

import org.eclipse.osgi.util.NLS;

/** The diagram editing runtime's user-visible texts, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.diagram.edit.internal.messages"; //$NON-NLS-1$

    public static String tool_failed;
    public static String tool_noClass;
    public static String tool_newName;
    public static String tool_joinName;
    public static String tool_numberedName;
    public static String tool_notContainment;
    public static String tool_cannotExecute;
    public static String tool_notAnElement;
    public static String tool_noFeature;
    public static String tool_noPlace;
    public static String session_notDone;
    public static String session_cannotConnect;
    public static String session_insideOnly;
    public static String session_nothingToDelete;
    public static String session_cannotRename;
    public static String session_delete;
    public static String session_move;
    public static String session_resize;
    public static String session_layout;
    public static String session_layoutSelection;
    public static String session_layers;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
