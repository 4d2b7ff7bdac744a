// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.internal;

import org.eclipse.osgi.util.NLS;

/** The render bundle's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.render.internal.messages"; //$NON-NLS-1$

    public static String svg_legend;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
