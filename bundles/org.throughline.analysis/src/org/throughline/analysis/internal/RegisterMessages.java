// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the delivery-unit breakdown and the evidence and assumption
 * register, from {@code register.properties}.
 */
public final class RegisterMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.analysis.internal.register"; //$NON-NLS-1$

    public static String units_columnIndicator;
    public static String units_columnUnit;
    public static String units_columnDate;
    public static String units_columnValue;
    public static String units_columnShare;
    public static String units_columnContribution;
    public static String units_columnShareOfGap;
    public static String units_none;
    public static String units_headline;
    public static String units_item;
    public static String units_noGap;
    public static String units_offTrack;
    public static String register_columnKind;
    public static String register_columnClaim;
    public static String register_columnAbout;
    public static String register_columnStrength;
    public static String register_columnRestsOn;
    public static String register_columnPriorities;
    public static String register_assumption;
    public static String register_evidence;
    public static String register_nothing;
    public static String register_nothingClaim;
    public static String register_step;
    public static String register_evidenceStrength;
    public static String register_noEvidence;
    public static String register_linkStrength;
    public static String register_outcomes;
    public static String register_groups;
    public static String register_chain;
    public static String register_none;
    public static String register_headline;
    public static String register_weakItem;
    public static String register_allSound;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RegisterMessages.class);
    }

    private RegisterMessages() {
    }
}
