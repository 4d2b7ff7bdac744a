// SPDX-License-Identifier: EPL-2.0
package org.throughline.layout.internal;

import org.eclipse.osgi.util.NLS;

/** The layout's user-visible texts, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.layout.internal.messages"; //$NON-NLS-1$

    public static String algorithm_unknown;
    public static String option_unknown;
    public static String option_notForAlgorithm;
    public static String option_badValue;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
