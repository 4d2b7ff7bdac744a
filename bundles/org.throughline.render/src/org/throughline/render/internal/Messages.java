// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.internal;

import org.eclipse.osgi.util.NLS;

/** The render bundle's user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.render.internal.messages"; //$NON-NLS-1$

    public static String svg_legend;
    public static String chart_nothing;
    public static String chart_planned;
    public static String chart_actual;
    public static String chart_estimated;
    public static String chart_trend;
    public static String chart_target;
    public static String chart_baseline;
    public static String chart_targetOn;
    public static String chart_actualOn;
    public static String chart_estimatedOn;
    public static String chart_asAt;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
