// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Polarity;
import org.throughline.model.Target;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.TrajectoryPoint;

/**
 * The arithmetic of trajectories that validation, analyses and reports share: the planned value
 * at a date, the latest actual as at a date, how far it falls short, whether it is off
 * trajectory and whether a value meets a target. The full answer to "are we on track?", with the
 * outlook for the target, is the analysis bundle's {@code OnTrack}.
 */
public final class Trajectories {

    /** Relative slack for comparisons, so that arithmetic rounding never turns equal into worse. */
    private static final double EPSILON = 1e-9;

    private Trajectories() {
    }

    /**
     * @param indicator an indicator
     * @return its latest observation that has a date and a value, or {@code null}
     */
    public static Observation latest(Indicator indicator) {
        return latest(indicator, LocalDate.MAX);
    }

    /**
     * @param indicator an indicator
     * @param date      a date
     * @return the latest of its total series ({@link #observations}) dated on or before the date
     *         (the actual known then, or the actual at a target's date), or {@code null}
     */
    public static Observation latest(Indicator indicator, LocalDate date) {
        List<Observation> known = observations(indicator, date);
        return known.isEmpty() ? null : known.get(known.size() - 1);
    }

    /**
     * @param indicator an indicator
     * @param date      a date
     * @return its total series: its observations with a date and a value, dated on or before the
     *         date, oldest first, without those of single delivery units; for an indicator
     *         observed only by unit, the totals built from them ({@link #totals})
     */
    public static List<Observation> observations(Indicator indicator, LocalDate date) {
        List<Observation> points = new ArrayList<>();
        boolean units = false;
        for (Observation observation : indicator.getObservations()) {
            if (observation.getDate() != null && observation.getValue() != null && !observation.getDate().isAfter(date)) {
                if (observation.getUnit() == null) {
                    points.add(observation);
                } else {
                    units = true;
                }
            }
        }
        if (points.isEmpty() && units) {
            return totals(indicator, date);
        }
        points.sort(Comparator.comparing(Observation::getDate));
        return points;
    }

    /**
     * @param observation an observation
     * @return whether its value is marked estimated or provisional, in its note or its source
     */
    public static boolean estimated(Observation observation) {
        String text = ((observation.getNote() == null ? "" : observation.getNote()) + ' ' //$NON-NLS-1$
                + (observation.getSource() == null ? "" : observation.getSource())).toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return text.contains("estimat") || text.contains("provisional"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param observation an observation
     * @return whether it is one delivery unit's part of its indicator, not the indicator's total
     */
    public static boolean isUnit(Observation observation) {
        return observation.getUnit() != null;
    }

    /**
     * @param indicator an indicator
     * @return whether its units' values combine as a rate (some carry a weight) rather than as a count
     */
    public static boolean isRate(Indicator indicator) {
        for (Observation observation : indicator.getObservations()) {
            if (observation.getUnit() != null && observation.getWeight() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The indicator's total built from the bottom up, for an indicator observed only by delivery
     * unit: on each date, the sum of the units' values (a count), or for a rate (units carry
     * weights) their mean weighted by the weights, from the units with a weight above nil.
     *
     * @param indicator an indicator
     * @param date      a date
     * @return one total per date on or before the date, oldest first; new observations that
     *         belong to no indicator
     */
    public static List<Observation> totals(Indicator indicator, LocalDate date) {
        boolean rate = isRate(indicator);
        TreeMap<LocalDate, double[]> sums = new TreeMap<>();
        for (Observation observation : indicator.getObservations()) {
            if (observation.getUnit() == null || observation.getDate() == null || observation.getValue() == null
                    || observation.getDate().isAfter(date)) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(observation.getDate(), d -> new double[2]);
            if (!rate) {
                sum[0] += observation.getValue();
                sum[1] = 1;
            } else if (observation.getWeight() != null && observation.getWeight() > 0) {
                sum[0] += observation.getValue() * observation.getWeight();
                sum[1] += observation.getWeight();
            }
        }
        List<Observation> totals = new ArrayList<>();
        sums.forEach((day, sum) -> {
            if (sum[1] > 0) {
                Observation total = ThroughlineFactory.eINSTANCE.createObservation();
                total.setDate(day);
                total.setValue(Double.valueOf(rate ? sum[0] / sum[1] : sum[0]));
                totals.add(total);
            }
        });
        return totals;
    }

    /**
     * Off trajectory: the actual is worse than the plan at its date by more than the trajectory's
     * tolerance, whichever way is better. The one test that validation, analyses and reports share.
     *
     * @param indicator an indicator
     * @param actual    one of its observations
     * @return whether that actual is off trajectory; {@code false} when it cannot be judged (no
     *         polarity, no trajectory or no planned value at its date)
     */
    public static boolean offTrajectory(Indicator indicator, Observation actual) {
        if (actual == null || actual.getDate() == null || actual.getValue() == null || !hasPolarity(indicator)) {
            return false;
        }
        Double planned = planned(indicator, actual.getDate());
        return planned != null
                && shortfall(indicator, actual.getValue(), planned) > tolerance(indicator) + EPSILON * Math.max(1, Math.abs(planned));
    }

    /**
     * @param indicator an indicator whose polarity is set
     * @param value     a value (an actual or a forecast)
     * @param target    a target value
     * @return whether the value meets the target, whichever way is better; a value equal to the
     *         target meets it (to within rounding of the arithmetic)
     */
    public static boolean meets(Indicator indicator, double value, double target) {
        double slack = EPSILON * Math.max(1, Math.abs(target));
        return indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? value <= target + slack : value >= target - slack;
    }

    /**
     * @param indicator an indicator
     * @param date      a date
     * @return the trajectory's planned value at the date, interpolated linearly between its
     *         points, or {@code null} without a trajectory or outside its range
     */
    public static Double planned(Indicator indicator, LocalDate date) {
        if (indicator.getTrajectory() == null) {
            return null;
        }
        TrajectoryPoint before = null;
        TrajectoryPoint after = null;
        for (TrajectoryPoint point : indicator.getTrajectory().getPoints()) {
            if (point.getDate() == null || point.getValue() == null) {
                continue;
            }
            if (!point.getDate().isAfter(date) && (before == null || point.getDate().isAfter(before.getDate()))) {
                before = point;
            }
            if (!point.getDate().isBefore(date) && (after == null || point.getDate().isBefore(after.getDate()))) {
                after = point;
            }
        }
        if (before == null || after == null) {
            return null;
        }
        if (before.getDate().equals(after.getDate())) {
            return before.getValue();
        }
        double span = after.getDate().toEpochDay() - before.getDate().toEpochDay();
        double into = date.toEpochDay() - before.getDate().toEpochDay();
        return Double.valueOf(before.getValue() + (after.getValue() - before.getValue()) * into / span);
    }

    /**
     * @param indicator an indicator
     * @return whether its polarity is set, so that better and worse can be told apart; without it
     *         nothing can be judged on or off track
     */
    public static boolean hasPolarity(Indicator indicator) {
        return indicator.getPolarity() == Polarity.HIGHER_IS_BETTER || indicator.getPolarity() == Polarity.LOWER_IS_BETTER;
    }

    /**
     * @param indicator an indicator whose polarity is set (see {@link #hasPolarity(Indicator)})
     * @param actual    an actual value
     * @param planned   the planned value
     * @return how far the actual falls short of the plan, in the indicator's unit: positive when
     *         worse than planned, whichever way is better
     */
    public static double shortfall(Indicator indicator, double actual, double planned) {
        return indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? actual - planned : planned - actual;
    }

    /**
     * @param indicator an indicator
     * @return the tolerance of its trajectory, 0 when none is set
     */
    public static double tolerance(Indicator indicator) {
        return indicator.getTrajectory() == null || indicator.getTrajectory().getTolerance() == null ? 0
                : indicator.getTrajectory().getTolerance();
    }

    /**
     * @param indicator an indicator
     * @return its latest target with a value and a date, or {@code null}
     */
    public static Target finalTarget(Indicator indicator) {
        return indicator.getTargets().stream().filter(t -> t.getValue() != null && t.getDate() != null)
                .max(Comparator.comparing(Target::getDate)).orElse(null);
    }
}
