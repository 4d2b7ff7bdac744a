// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.internal;

import org.eclipse.osgi.util.NLS;

/** The viewpoint bundle's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.viewpoint.internal.messages"; //$NON-NLS-1$

    public static String load_unreadable;
    public static String load_notViewpoint;
    public static String load_noId;
    public static String check_badExpression;
    public static String check_missingExpression;
    public static String check_unknownClass;
    public static String check_missingId;
    public static String check_duplicateId;
    public static String check_edgeEnds;
    public static String check_toolMapping;
    public static String kind_mapping;
    public static String kind_diagram;
    public static String kind_filter;
    public static String kind_tool;
    public static String needs_predicate;
    public static String needs_sourceAndTarget;
    public static String needs_target;
    public static String needs_nodeMapping;
    public static String needs_edgeMapping;
    public static String registry_broken;
    public static String registry_missingFile;
    public static String registry_notFound;
    public static String registry_idMismatch;
    public static String registry_duplicate;
    public static String registry_duplicateViewpoint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
