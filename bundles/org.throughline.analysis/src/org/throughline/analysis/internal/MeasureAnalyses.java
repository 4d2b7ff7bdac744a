// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.label;
import static org.throughline.analysis.internal.Elements.name;
import static org.throughline.analysis.internal.Elements.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.OnTrack;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;
import org.throughline.model.Target;
import org.throughline.model.api.Trajectories;

/** Are we on track (trajectories), and where does demand pile up (flow). */
final class MeasureAnalyses {

    private MeasureAnalyses() {
    }

    /**
     * For each indicator with a trajectory, a target or observations: {@link OnTrack}'s answer as
     * at the input's date (the latest actual against the plan, and the target judged on the
     * actual at its date once passed, else on a forecast with its range and how it was made).
     * Off track first.
     */
    static final Analysis TRAJECTORIES = input -> {
        List<Row> rows = new ArrayList<>();
        List<OnTrack.Answer> answers = new ArrayList<>();
        for (Indicator indicator : all(input.model(), Indicator.class)) {
            if (indicator.getObservations().isEmpty() && indicator.getTrajectory() == null && indicator.getTargets().isEmpty()) {
                continue;
            }
            answers.add(OnTrack.of(indicator, input.today()));
        }
        answers.sort(Comparator.comparing(OnTrack.Answer::status));
        List<String> offTrack = new ArrayList<>();
        int misses = 0;
        int missed = 0;
        for (OnTrack.Answer answer : answers) {
            Indicator indicator = answer.indicator();
            Observation latest = answer.latest();
            if (answer.status() == OnTrack.Status.OFF_TRACK) {
                offTrack.add(Messages.bind(Messages.trajectories_offItem, new Object[] { name(indicator), format(latest.getValue()),
                        format(answer.planned()), latest.getDate() }));
            }
            misses += answer.outlook() == OnTrack.Outlook.MISSES ? 1 : 0;
            missed += answer.outlook() == OnTrack.Outlook.MISSED ? 1 : 0;
            Target target = answer.target();
            OnTrack.Forecast forecast = answer.forecast();
            rows.add(new Row(indicator, Arrays.asList(name(indicator), label(indicator.getPolarity()),
                    latest == null ? null : latest.getDate().toString(), latest == null ? null : round(latest.getValue()),
                    round(answer.planned()), round(answer.shortfall()),
                    indicator.getTrajectory() == null ? null : Double.valueOf(Trajectories.tolerance(indicator)), answer.status().label(),
                    target == null ? null : round(target.getValue()), target == null ? null : target.getDate().toString(),
                    forecast == null ? null : round(Double.valueOf(forecast.value())), answer.outlook().label(), answer.rangeText(),
                    answer.basis())));
        }
        String headline = offTrack.isEmpty() ? Elements.format(Messages.trajectories_allOn, Integer.valueOf(rows.size()))
                : Elements.format(Messages.trajectories_headline, new Object[] { Integer.valueOf(offTrack.size()),
                        Integer.valueOf(rows.size()), String.join("; ", offTrack) }); //$NON-NLS-1$
        if (misses > 0) {
            headline += ' ' + Elements.format(Messages.trajectories_misses, Integer.valueOf(misses));
        }
        if (missed > 0) {
            headline += ' ' + Elements.format(Messages.trajectories_missed, Integer.valueOf(missed));
        }
        return new AnalysisResult(headline, List.of(Messages.column_indicator, Messages.column_polarity, Messages.column_latestDate,
                Messages.column_actual, Messages.column_planned, Messages.column_shortfall, Messages.column_tolerance,
                Messages.column_status, Messages.column_target, Messages.column_targetDate, Messages.column_forecast,
                Messages.column_outlook, Messages.column_range, Messages.column_basis), rows);
    };

    /** @return the number without a trailing ".0" */
    static String format(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /**
     * For each service, each step's utilisation (demand / capacity), failure-demand share and
     * queue growth per period (demand beyond capacity piles up); the pinch-point is the step with
     * the highest utilisation, when demand exceeds its capacity.
     */
    static final Analysis FLOW = input -> {
        List<Row> rows = new ArrayList<>();
        List<String> pinchPoints = new ArrayList<>();
        String worstFailure = null;
        double worstFailureShare = 0;
        for (Service service : all(input.model(), Service.class)) {
            ProcessStep pinch = null;
            double worst = 1;
            double demandTotal = 0;
            double failureTotal = 0;
            for (ProcessStep step : service.getSteps()) {
                Double utilisation = utilisation(step);
                if (utilisation != null && utilisation > worst) {
                    worst = utilisation;
                    pinch = step;
                }
                if (step.getDemandPerPeriod() != null && step.getFailureDemandShare() != null) {
                    demandTotal += step.getDemandPerPeriod();
                    failureTotal += step.getDemandPerPeriod() * step.getFailureDemandShare();
                }
            }
            if (pinch != null) {
                pinchPoints.add(Messages.bind(Messages.flow_pinchItem, new Object[] { name(pinch), name(service),
                        format(100 * worst) }));
            }
            if (demandTotal > 0 && failureTotal / demandTotal > worstFailureShare) {
                worstFailureShare = failureTotal / demandTotal;
                worstFailure = name(service);
            }
            for (ProcessStep step : service.getSteps()) {
                Double demand = step.getDemandPerPeriod();
                Double capacity = step.getCapacityPerPeriod();
                Double utilisation = utilisation(step);
                Double growth = demand == null || capacity == null ? null : Double.valueOf(Math.max(0, demand - capacity));
                Double share = step.getFailureDemandShare();
                rows.add(new Row(step, Arrays.asList(name(service), name(step), label(step.getPeriod()), demand, capacity,
                        utilisation == null ? null : round(100 * utilisation), share == null ? null : round(100 * share),
                        share == null || demand == null ? null : round(demand * share), round(growth),
                        step == pinch ? Messages.flow_pinchPoint : ""))); //$NON-NLS-1$
            }
        }
        String headline = pinchPoints.isEmpty() ? Messages.flow_noPinch
                : Messages.bind(Messages.flow_headline, String.join("; ", pinchPoints)); //$NON-NLS-1$
        if (worstFailure != null) {
            headline += ' ' + Messages.bind(Messages.flow_failureDemand, worstFailure, format(100 * worstFailureShare));
        }
        return new AnalysisResult(headline, List.of(Messages.column_service, Messages.column_step, Messages.column_period,
                Messages.column_demand, Messages.column_capacity, Messages.column_utilisation, Messages.column_failureShare,
                Messages.column_failureDemand, Messages.column_queueGrowth, Messages.column_pinch), rows);
    };

    /** @return demand / capacity, or {@code null} when either is unknown or capacity is nil */
    static Double utilisation(ProcessStep step) {
        Double demand = step.getDemandPerPeriod();
        Double capacity = step.getCapacityPerPeriod();
        return demand == null || capacity == null || capacity <= 0 ? null : Double.valueOf(demand / capacity);
    }
}
