// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import org.eclipse.osgi.util.NLS;

/** The words of the stocktake pages (where to look first, the portfolio), from {@code stocktake.properties}. */
public final class StocktakeMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.report.internal.sections.stocktake"; //$NON-NLS-1$

    public static String look_title;
    public static String look_intro;
    public static String look_packIntro;
    public static String look_failed;
    public static String look_nothingInScope;
    public static String look_more;
    public static String portfolio_title;
    public static String portfolio_intro;
    public static String portfolio_cover;
    public static String since_title;
    public static String since_intro;
    public static String since_noPrevious;
    public static String since_period;
    public static String since_worse;
    public static String since_better;
    public static String pinch_title;
    public static String pinch_intro;
    public static String pinch_none;
    public static String pinch_columnStep;
    public static String pinch_columnService;
    public static String pinch_columnDemand;
    public static String pinch_columnUtilisation;
    public static String pinch_columnBlocks;
    public static String pinch_demand;
    public static String pinch_blocksNothing;
    public static String pinch_more;
    public static String help_title;
    public static String help_intro;
    public static String help_none;
    public static String help_columnOffer;
    public static String help_columnKind;
    public static String help_columnOwner;
    public static String help_columnStatus;
    public static String help_columnOffered;
    public static String help_columnAimedAt;
    public static String help_firstPlaces;
    public static String help_helped;
    public static String help_actedOnly;
    public static String help_neither;
    public static String units_intro;
    public static String units_noPlan;
    public static String units_rate;
    public static String units_count;
    public static String units_columnUnit;
    public static String units_columnValue;
    public static String units_columnWeight;
    public static String units_columnPlanShare;
    public static String units_columnContribution;
    public static String units_columnShareOfGap;
    public static String register_title;
    public static String register_intro;
    public static String register_packIntro;
    public static String register_nothingInScope;
    public static String register_more;

    static {
        NLS.initializeMessages(BUNDLE_NAME, StocktakeMessages.class);
    }

    private StocktakeMessages() {
    }
}
