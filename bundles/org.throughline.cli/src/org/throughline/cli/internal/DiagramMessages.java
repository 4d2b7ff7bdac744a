// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of {@code throughline diagram}, from {@code diagram.properties}. */
public final class DiagramMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.cli.internal.diagram"; //$NON-NLS-1$

    public static String diagram_usage;
    public static String diagram_noFile;
    public static String diagram_tooManyFiles;
    public static String diagram_noViewpoint;
    public static String diagram_noOut;
    public static String diagram_unknownViewpoint;
    public static String diagram_unknownRoot;
    public static String diagram_noRoot;
    public static String diagram_wrote;
    public static String diagram_cannotWrite;
    public static String diagram_kept;
    public static String diagram_wouldOverwrite;
    public static String diagram_unknownLayer;
    public static String diagram_unknownFilter;
    public static String diagram_warning;
    public static String diagram_listHeader;
    public static String diagram_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, DiagramMessages.class);
    }

    private DiagramMessages() {
    }
}
