// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** The diagram bundle's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.diagram.internal.messages"; //$NON-NLS-1$

    public static String interpret_failed;
    public static String interpret_wrongRoot;
    public static String kind_mapping;
    public static String kind_filter;
    public static String kind_conditionalStyle;
    public static String representations_unreadable;
    public static String representations_notRepresentations;
    public static String representations_misplaced;
    public static String representations_badValue;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
