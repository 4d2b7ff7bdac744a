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
    public static String analyses_who;
    public static String analyses_othersRan;
    public static String analyses_needsSubject;
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
    public static String routes_headline;
    public static String routes_allSound;
    public static String routes_weak;
    public static String routes_unreached;
    public static String status_off;
    public static String status_on;
    public static String status_noPlan;
    public static String status_noTrajectory;
    public static String status_noPolarity;
    public static String status_noData;
    public static String forecast_meets;
    public static String forecast_misses;
    public static String forecast_met;
    public static String forecast_missed;
    public static String forecast_noPolarity;
    public static String forecast_noActual;
    public static String forecast_none;
    public static String ontrack_target;
    public static String ontrack_actualThen;
    public static String ontrack_forecast;
    public static String ontrack_noActual;
    public static String ontrack_noForecast;
    public static String ontrack_latest;
    public static String ontrack_months;
    public static String ontrack_weeks;
    public static String ontrack_noObservations;
    public static String ontrack_lessThanAYear;
    public static String ontrack_noSamePeriod;
    public static String ontrack_estimated;
    public static String ontrack_missing;
    public static String ontrack_howSeasonalTrend;
    public static String ontrack_howSeasonal;
    public static String ontrack_howLine;
    public static String ontrack_tooFew;
    public static String column_range;
    public static String column_basis;
    public static String ontrack_range;
    public static String ontrack_methodSeasonalTrend;
    public static String ontrack_methodSeasonal;
    public static String ontrack_methodLine;
    public static String trajectories_headline;
    public static String trajectories_offItem;
    public static String trajectories_missed;
    public static String trajectories_allOn;
    public static String trajectories_misses;
    public static String flow_pinchPoint;
    public static String flow_pinchItem;
    public static String flow_binding;
    public static String flow_heldBy;
    public static String flow_pinchChain;
    public static String flow_serviceFailure;
    public static String flow_headline;
    public static String flow_noPinch;
    public static String flow_failureDemand;
    public static String column_type;
    public static String column_gap;
    public static String column_ownerRole;
    public static String column_roleKind;
    public static String gap_noSro;
    public static String gap_noOwner;
    public static String gap_vacant;
    public static String gap_vacantRole;
    public static String gap_notSro;
    public static String gap_notServiceOwner;
    public static String accountability_headline;
    public static String accountability_none;
    public static String column_vision;
    public static String column_priority;
    public static String column_outcome;
    public static String column_targets;
    public static String column_plans;
    public static String column_budget;
    public static String column_unfunded;
    public static String column_brokenAt;
    public static String break_noOutcome;
    public static String break_noTarget;
    public static String break_noPlan;
    public static String break_noBudget;
    public static String break_unfundedPlan;
    public static String break_ineffectiveFunded;
    public static String break_undemonstratedFunded;
    public static String break_noVision;
    public static String break_none;
    public static String lineOfSight_missing;
    public static String lineOfSight_target;
    public static String lineOfSight_count;
    public static String lineOfSight_money;
    public static String lineOfSight_unfundedMoney;
    public static String lineOfSight_within;
    public static String lineOfSight_countedUnder;
    public static String lineOfSight_unfunded;
    public static String lineOfSight_headline;
    public static String lineOfSight_allWhole;
    public static String column_actor;
    public static String column_links;
    public static String column_outgoing;
    public static String column_incoming;
    public static String column_neighbours;
    public static String column_betweenness;
    public static String column_normalised;
    public static String column_chains;
    public static String network_headline;
    public static String network_item;
    public static String network_flat;
    public static String column_activity;
    public static String column_path;
    public static String column_endsAt;
    public static String column_steps;
    public static String column_weakestEvidence;
    public static String column_weakestStep;
    public static String evidence_direct;
    public static String evidence_step;
    public static String evidence_headline;
    public static String evidence_allSound;
    public static String evidence_noPaths;
    public static String evidence_truncated;
    public static String column_criticality;
    public static String column_how;
    public static String column_through;
    public static String impact_badSubject;
    public static String impact_headline;
    public static String impact_people;
    public static String impact_indicators;
    public static String impact_direct;
    public static String impact_further;
    public static String impact_reportsThrough;
    public static String impact_feeds;
    public static String impact_nothing;
    public static String impact_peopleServed;
    public static String impact_ownedBy;
    public static String impact_partOf;
    public static String impact_roleIn;
    public static String impact_ledBy;
    public static String impact_servesMission;
    public static String impact_deliveredThrough;
    public static String impact_benefitFrom;
    public static String impact_contributes;
    public static String impact_benefitOf;
    public static String impact_providedBy;
    public static String impact_served;
    public static String impact_use;
    public static String impact_stepOf;
    public static String impact_hasStep;
    public static String impact_performedBy;
    public static String impact_journeyStep;
    public static String impact_journeyOf;
    public static String impact_milestoneOf;
    public static String impact_milestone;
    public static String impact_plannedBy;
    public static String impact_projectOf;
    public static String impact_hasProject;
    public static String impact_dependsOn;
    public static String impact_cutOff;
    public static String impact_chainLoses;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * @param mark a cell of the flow analysis' pinch-point column
     * @return whether it marks a pinch-point to act on: one on its own or the binding one of a chain
     *         (one held by another is that one's symptom)
     */
    public static boolean isPinchPointToActOn(Object mark) {
        return flow_pinchPoint.equals(mark) || flow_binding.equals(mark);
    }
}
