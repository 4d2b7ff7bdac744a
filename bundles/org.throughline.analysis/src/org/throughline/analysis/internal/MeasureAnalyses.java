// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.label;
import static org.throughline.analysis.internal.Elements.name;
import static org.throughline.analysis.internal.Elements.round;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.OnTrack;
import org.throughline.model.Dependency;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Period;
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
        for (Indicator indicator : all(input, Indicator.class)) {
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
                offTrack.add(Messages.bind(Messages.trajectories_offItem, new Object[] { name(indicator),
                        OnTrack.withUnit(latest.getValue(), indicator), OnTrack.withUnit(answer.planned(), indicator), latest.getDate() }));
            }
            misses += answer.outlook() == OnTrack.Outlook.MISSES ? 1 : 0;
            missed += answer.outlook() == OnTrack.Outlook.MISSED ? 1 : 0;
            Target target = answer.target();
            OnTrack.Forecast forecast = answer.forecast();
            rows.add(new Row(indicator, Arrays.asList(name(indicator), label(indicator.getPolarity()),
                    latest == null ? null : latest.getDate().toString(),
                    latest == null ? null : OnTrack.quantity(latest.getValue(), indicator),
                    OnTrack.quantity(answer.planned(), indicator), OnTrack.quantity(answer.shortfall(), indicator),
                    indicator.getTrajectory() == null ? null
                            : OnTrack.quantity(Double.valueOf(Trajectories.tolerance(indicator)), indicator),
                    answer.status().label(), target == null ? null : OnTrack.quantity(target.getValue(), indicator),
                    target == null ? null : target.getDate().toString(),
                    forecast == null ? null : OnTrack.quantity(Double.valueOf(forecast.value()), indicator), answer.outlook().label(),
                    answer.rangeText(),
                    answer.basis())));
        }
        String headline = offTrack.isEmpty() ? Elements.format(Messages.trajectories_allOn, Integer.valueOf(rows.size()))
                : Elements.format(Messages.trajectories_headline, new Object[] { Integer.valueOf(offTrack.size()),
                        Integer.valueOf(rows.size()), String.join("; ", offTrack) }); //$NON-NLS-1$
        for (OnTrack.Answer answer : answers) {
            String units = answer.status() == OnTrack.Status.OFF_TRACK ? UnitAnalysis.offTrack(answer.indicator(), input.today()) : null;
            headline += units == null ? "" : ' ' + units; //$NON-NLS-1$
        }
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
     * queue growth per period (demand beyond capacity piles up); a service's pinch-point is its
     * step with the highest utilisation, when demand exceeds its capacity. Pinch-points that
     * depend on one another (through recorded dependencies between steps, directly or through
     * other steps) are one chain: the binding one is the one the others wait on. Failure demand
     * is judged per step, where each unit of demand is counted once; a service's failure demand
     * is the sum of its steps' failure demand, set against the demand entering it at its first
     * step (a claim that passes five steps is one claim, not five).
     */
    static final Analysis FLOW = input -> {
        List<Row> rows = new ArrayList<>();
        Map<ProcessStep, Service> pinches = new LinkedHashMap<>();
        ProcessStep worstStep = null;
        double worstShare = 0;
        List<Service> services = all(input, Service.class);
        for (Service service : services) {
            ProcessStep pinch = null;
            double worst = 1;
            for (ProcessStep step : service.getSteps()) {
                Double utilisation = utilisation(step);
                if (utilisation != null && utilisation > worst) {
                    worst = utilisation;
                    pinch = step;
                }
                Double share = step.getFailureDemandShare();
                if (step.getDemandPerPeriod() != null && share != null && share > worstShare) {
                    worstShare = share;
                    worstStep = step;
                }
            }
            if (pinch != null) {
                pinches.put(pinch, service);
            }
        }
        Map<ProcessStep, List<ProcessStep>> waitsOn = waitsOn(input, pinches.keySet());
        List<String> pinchPoints = new ArrayList<>();
        Map<ProcessStep, String> marks = new IdentityHashMap<>();
        Set<ProcessStep> told = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ProcessStep pinch : pinches.keySet()) {
            if (told.contains(pinch) || !waitsOn.get(pinch).isEmpty()) {
                continue;
            }
            // A binding pinch-point: it waits on no other. Gather those that wait on it.
            List<ProcessStep> held = new ArrayList<>();
            for (ProcessStep other : pinches.keySet()) {
                if (other != pinch && waitsOn.get(other).contains(pinch)) {
                    held.add(other);
                }
            }
            told.add(pinch);
            told.addAll(held);
            if (held.isEmpty()) {
                pinchPoints.add(pinchItem(pinch, pinches.get(pinch)));
                marks.put(pinch, Messages.flow_pinchPoint);
            } else {
                pinchPoints.add(Messages.bind(Messages.flow_pinchChain, pinchItem(pinch, pinches.get(pinch)),
                        String.join(", ", held.stream().map(h -> pinchItem(h, pinches.get(h))).toList()))); //$NON-NLS-1$
                marks.put(pinch, Messages.flow_binding);
                held.forEach(h -> marks.put(h, Messages.bind(Messages.flow_heldBy, name(pinch))));
            }
        }
        for (ProcessStep pinch : pinches.keySet()) {
            // Pinch-points that wait on each other in a ring: none binds the rest.
            if (told.add(pinch)) {
                pinchPoints.add(pinchItem(pinch, pinches.get(pinch)));
                marks.put(pinch, Messages.flow_pinchPoint);
            }
        }
        for (Service service : services) {
            for (ProcessStep step : service.getSteps()) {
                Double demand = step.getDemandPerPeriod();
                Double capacity = step.getCapacityPerPeriod();
                Double utilisation = utilisation(step);
                Double growth = demand == null || capacity == null ? null : Double.valueOf(Math.max(0, demand - capacity));
                Double share = step.getFailureDemandShare();
                rows.add(new Row(step, Arrays.asList(name(service), name(step), label(step.getPeriod()), demand, capacity,
                        utilisation == null ? null : round(100 * utilisation), share == null ? null : round(100 * share),
                        share == null || demand == null ? null : round(demand * share), round(growth),
                        marks.getOrDefault(step, "")))); //$NON-NLS-1$
            }
        }
        String headline = pinchPoints.isEmpty() ? Messages.flow_noPinch
                : Messages.bind(Messages.flow_headline, String.join("; ", pinchPoints)); //$NON-NLS-1$
        if (worstStep != null && worstStep.eContainer() instanceof Service service) {
            headline += ' ' + Messages.bind(Messages.flow_failureDemand, new Object[] { name(worstStep), name(service),
                    format(100 * worstShare), amount(worstStep.getDemandPerPeriod() * worstShare), per(worstStep.getPeriod()) });
            double failure = 0;
            for (ProcessStep step : service.getSteps()) {
                if (step.getDemandPerPeriod() != null && step.getFailureDemandShare() != null) {
                    failure += step.getDemandPerPeriod() * step.getFailureDemandShare();
                }
            }
            ProcessStep entry = service.getSteps().get(0);
            // Steps' demand adds up only when they are counted over one stated period.
            boolean onePeriod = entry.getPeriod() != Period.NOT_SET
                    && service.getSteps().stream().allMatch(s -> s.getPeriod() == entry.getPeriod());
            if (!onePeriod) {
                headline += ' ' + Messages.bind(Messages.flow_periodsDiffer, name(service));
            } else if (entry.getDemandPerPeriod() != null && entry.getDemandPerPeriod() > 0) {
                headline += ' ' + Messages.bind(Messages.flow_serviceFailure, new Object[] { name(service), amount(failure),
                        per(entry.getPeriod()), amount(entry.getDemandPerPeriod()), name(entry),
                        format(failure / entry.getDemandPerPeriod()) });
            }
        }
        return new AnalysisResult(headline, List.of(Messages.column_service, Messages.column_step, Messages.column_period,
                Messages.column_demand, Messages.column_capacity, Messages.column_utilisation, Messages.column_failureShare,
                Messages.column_failureDemand, Messages.column_queueGrowth, Messages.column_pinch), rows);
    };

    /** @return the period in words ("week"), or that it is not set */
    private static String per(Period period) {
        return period == Period.NOT_SET ? Messages.flow_periodNotSet : label(period);
    }

    /** @return an amount rounded to one decimal place, grouped from a thousand: 32,240 */
    private static String amount(double value) {
        return AnalysisResult.text(round(Double.valueOf(value)));
    }

    private static String pinchItem(ProcessStep step, Service service) {
        return Messages.bind(Messages.flow_pinchItem, new Object[] { name(step), name(service), format(100 * utilisation(step)) });
    }

    /**
     * For each pinch-point, the other pinch-points it waits on: those a recorded dependency leads
     * to from it, directly or through other steps (a dependency's {@code from} waits on its {@code to}).
     */
    private static Map<ProcessStep, List<ProcessStep>> waitsOn(AnalysisInput input, Set<ProcessStep> pinches) {
        Map<EObject, List<EObject>> next = new IdentityHashMap<>();
        for (Dependency dependency : all(input, Dependency.class)) {
            if (dependency.getFrom() instanceof ProcessStep && dependency.getTo() instanceof ProcessStep) {
                next.computeIfAbsent(dependency.getFrom(), k -> new ArrayList<>()).add(dependency.getTo());
            }
        }
        Map<ProcessStep, List<ProcessStep>> waits = new IdentityHashMap<>();
        for (ProcessStep pinch : pinches) {
            List<ProcessStep> found = new ArrayList<>();
            Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<EObject> queue = new ArrayDeque<>(List.of(pinch));
            seen.add(pinch);
            while (!queue.isEmpty()) {
                for (EObject to : next.getOrDefault(queue.poll(), List.of())) {
                    if (seen.add(to)) {
                        queue.add(to);
                        if (to instanceof ProcessStep step && pinches.contains(step)) {
                            found.add(step);
                        }
                    }
                }
            }
            waits.put(pinch, found);
        }
        return waits;
    }

    /** @return demand / capacity, or {@code null} when either is unknown or capacity is nil */
    static Double utilisation(ProcessStep step) {
        Double demand = step.getDemandPerPeriod();
        Double capacity = step.getCapacityPerPeriod();
        return demand == null || capacity == null || capacity <= 0 ? null : Double.valueOf(demand / capacity);
    }
}
