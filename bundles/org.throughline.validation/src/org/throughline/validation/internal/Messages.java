// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal;

import org.eclipse.osgi.util.NLS;

/** The validation engine's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.validation.internal.messages"; //$NON-NLS-1$

    public static String registry_duplicate;
    public static String registry_malformed;
    public static String registry_missingAttribute;
    public static String registry_badSeverity;
    public static String registry_unknownClass;
    public static String registry_notARule;
    public static String registry_cannotCreate;
    public static String engine_rule;
    public static String engine_othersRan;
    public static String rules_or;
    public static String chain_noCentre;
    public static String chain_noRoute;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
