// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import org.eclipse.osgi.util.NLS;

/** What {@link org.throughline.report.api.ReportTargets} says about a target, from {@code targets.properties}. */
public final class TargetMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.report.internal.targets"; //$NON-NLS-1$

    public static String target_isFile;
    public static String target_isFolder;
    public static String target_notEmpty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TargetMessages.class);
    }

    private TargetMessages() {
    }
}
