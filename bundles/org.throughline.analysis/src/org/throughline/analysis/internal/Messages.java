// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import org.eclipse.osgi.util.NLS;

/** The analyses' user-visible strings, from {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.throughline.analysis.internal.messages"; //$NON-NLS-1$

    public static String registry_duplicate;
    public static String registry_malformed;
    public static String registry_missingAttribute;
    public static String registry_notAnAnalysis;
    public static String registry_cannotCreate;
    public static String analyses_unknown;
    public static String analyses_needsSubject;
    public static String analyses_noResult;
    public static String analyses_failed;
    public static String analyses_logEntry;
    public static String column_chain;
    public static String column_link;
    public static String column_from;
    public static String column_to;
    public static String column_kind;
    public static String column_strength;
    public static String column_evidence;
    public static String column_openAction;
    public static String column_what;
    public static String column_element;
    public static String column_cutsOff;
    public static String column_groupsCutOff;
    public static String column_populationCutOff;
    public static String column_indicator;
    public static String column_polarity;
    public static String column_latestDate;
    public static String column_actual;
    public static String column_planned;
    public static String column_shortfall;
    public static String column_tolerance;
    public static String column_status;
    public static String column_target;
    public static String column_targetDate;
    public static String column_forecast;
    public static String column_outlook;
    public static String column_service;
    public static String column_step;
    public static String column_period;
    public static String column_demand;
    public static String column_capacity;
    public static String column_utilisation;
    public static String column_failureShare;
    public static String column_failureDemand;
    public static String column_queueGrowth;
    public static String column_pinch;
    public static String evidence_none;
    public static String evidence_recorded;
    public static String action_none;
    public static String weakLinks_headline;
    public static String weakLinks_noChain;
    public static String weakLinks_chainWeakest;
    public static String weakLinks_weakChains;
    public static String weakLinks_noWeakChain;
    public static String kind_actor;
    public static String kind_link;
    public static String singlePoints_headline;
    public static String singlePoints_none;
    public static String singlePoints_share;
    public static String status_off;
    public static String status_on;
    public static String status_noPlan;
    public static String status_noData;
    public static String forecast_meets;
    public static String forecast_misses;
    public static String trajectories_headline;
    public static String trajectories_offItem;
    public static String trajectories_allOn;
    public static String trajectories_misses;
    public static String flow_pinchPoint;
    public static String flow_pinchItem;
    public static String flow_headline;
    public static String flow_noPinch;
    public static String flow_failureDemand;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
