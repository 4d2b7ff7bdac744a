// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the stocktake analyses (where to look first, the portfolio), from {@code stocktake.properties}. */
public final class StocktakeMessages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.analysis.internal.stocktake"; //$NON-NLS-1$

    public static String look_columnRank;
    public static String look_columnElement;
    public static String look_columnType;
    public static String look_columnScore;
    public static String look_columnReasons;
    public static String look_headline;
    public static String look_none;
    public static String look_broken;
    public static String look_weak;
    public static String look_unknown;
    public static String look_onlyRoute;
    public static String look_onlyRoutePeople;
    public static String look_pinch;
    public static String look_offTrack;
    public static String look_targetMissed;
    public static String look_forecastMisses;
    public static String look_vacantOwner;
    public static String look_vacantRole;
    public static String look_noAction;
    public static String look_overdue;
    public static String look_feedsPinch;
    public static String look_performsPinch;
    public static String look_behind;
    public static String portfolio_columnPriority;
    public static String portfolio_columnRating;
    public static String portfolio_columnJudged;
    public static String portfolio_columnChange;
    public static String portfolio_columnTrajectory;
    public static String portfolio_columnDirection;
    public static String portfolio_columnWeakest;
    public static String portfolio_columnActions;
    public static String portfolio_headline;
    public static String portfolio_none;
    public static String portfolio_notJudged;
    public static String portfolio_first;
    public static String portfolio_same;
    public static String portfolio_from;
    public static String portfolio_worse;
    public static String portfolio_better;
    public static String portfolio_noTrajectory;
    public static String portfolio_onTrack;
    public static String portfolio_offTrack;
    public static String portfolio_noDirection;
    public static String portfolio_flat;
    public static String portfolio_improving;
    public static String portfolio_worsening;
    public static String portfolio_direction;
    public static String portfolio_weakest;
    public static String portfolio_noWeakLink;
    public static String portfolio_actions;

    static {
        NLS.initializeMessages(BUNDLE_NAME, StocktakeMessages.class);
    }

    private StocktakeMessages() {
    }
}
