// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.extensions;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of running contributions, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.model.internal.extensions.messages"; //$NON-NLS-1$

    public static String isolation_failed;
    public static String isolation_tooSlow;
    public static String isolation_interrupted;
    public static String isolation_noAnswer;
    public static String isolation_logEntry;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
