// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.label;
import static org.throughline.analysis.internal.Elements.name;
import static org.throughline.analysis.internal.Elements.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Polarity;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;
import org.throughline.model.Target;
import org.throughline.model.api.Trajectories;

/** Are we on track (trajectories), and where does demand pile up (flow). */
final class MeasureAnalyses {

    private MeasureAnalyses() {
    }

    /** How an indicator stands, in the order rows are listed. */
    enum Status {
        OFF, NO_DATA, NO_PLAN, NO_POLARITY, NO_TRAJECTORY, ON;

        String label() {
            return switch (this) {
                case OFF -> Messages.status_off;
                case NO_DATA -> Messages.status_noData;
                case NO_PLAN -> Messages.status_noPlan;
                case NO_POLARITY -> Messages.status_noPolarity;
                case NO_TRAJECTORY -> Messages.status_noTrajectory;
                default -> Messages.status_on;
            };
        }
    }

    /**
     * @param indicator an indicator
     * @param today     the date to treat as today
     * @return its latest observation with a date and a value on or before today, or {@code null}
     */
    static Observation latest(Indicator indicator, LocalDate today) {
        Observation latest = null;
        for (Observation observation : indicator.getObservations()) {
            if (observation.getDate() != null && observation.getValue() != null && !observation.getDate().isAfter(today)
                    && (latest == null || observation.getDate().isAfter(latest.getDate()))) {
                latest = observation;
            }
        }
        return latest;
    }

    /**
     * @param indicator an indicator
     * @param value     a forecast value
     * @param target    its target
     * @return whether the value meets the target, whichever way is better
     */
    static boolean meets(Indicator indicator, double value, double target) {
        return indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? value <= target : value >= target;
    }

    /**
     * For each indicator with a trajectory or observations: the latest observation against the
     * trajectory at its date (worse than planned by more than the tolerance is off track, whichever
     * way is better), and the forecast to the final target's date from the trend. Off track first.
     */
    static final Analysis TRAJECTORIES = input -> {
        List<Row> rows = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        List<String> offTrack = new ArrayList<>();
        int misses = 0;
        int missed = 0;
        for (Indicator indicator : all(input.model(), Indicator.class)) {
            Observation latest = latest(indicator, input.today());
            if (latest == null && indicator.getTrajectory() == null) {
                continue;
            }
            Double planned = latest == null ? null : Trajectories.planned(indicator, latest.getDate());
            double tolerance = Trajectories.tolerance(indicator);
            Double shortfall = planned == null || !Trajectories.hasPolarity(indicator) ? null
                    : Double.valueOf(Trajectories.shortfall(indicator, latest.getValue(), planned));
            Status status;
            if (latest == null) {
                status = Status.NO_DATA;
            } else if (indicator.getTrajectory() == null) {
                status = Status.NO_TRAJECTORY;
            } else if (!Trajectories.hasPolarity(indicator)) {
                status = Status.NO_POLARITY;
            } else if (shortfall == null) {
                status = Status.NO_PLAN;
            } else if (shortfall > tolerance) {
                status = Status.OFF;
                offTrack.add(Messages.bind(Messages.trajectories_offItem, new Object[] { name(indicator), format(latest.getValue()),
                        format(planned), latest.getDate() }));
            } else {
                status = Status.ON;
            }
            Target target = Trajectories.finalTarget(indicator);
            Double forecast = null;
            String outlook = ""; //$NON-NLS-1$
            if (target != null && !Trajectories.hasPolarity(indicator)) {
                outlook = Messages.forecast_noPolarity;
            } else if (target != null && !target.getDate().isAfter(input.today())) {
                // The target date has passed: judge the actual then, not a forecast.
                Observation then = latest(indicator, target.getDate());
                if (then != null) {
                    boolean met = meets(indicator, then.getValue(), target.getValue());
                    outlook = met ? Messages.forecast_met : Messages.forecast_missed;
                    missed += met ? 0 : 1;
                }
            } else if (target != null && latest != null) {
                forecast = Trajectories.forecast(indicator, target.getDate());
                if (forecast != null) {
                    boolean meets = meets(indicator, forecast, target.getValue());
                    outlook = meets ? Messages.forecast_meets : Messages.forecast_misses;
                    misses += meets ? 0 : 1;
                }
            }
            statuses.add(status);
            rows.add(new Row(indicator, Arrays.asList(name(indicator), label(indicator.getPolarity()),
                    latest == null ? null : latest.getDate().toString(), latest == null ? null : round(latest.getValue()), round(planned),
                    round(shortfall), indicator.getTrajectory() == null ? null : Double.valueOf(tolerance), status.label(),
                    target == null ? null : round(target.getValue()),
                    target == null ? null : target.getDate().toString(), round(forecast), outlook)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(Integer.valueOf(i));
        }
        order.sort(Comparator.comparing(i -> statuses.get(i)));
        List<Row> sorted = order.stream().map(rows::get).toList();
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
                Messages.column_outlook), sorted);
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
