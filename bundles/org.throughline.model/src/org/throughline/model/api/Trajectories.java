// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Polarity;
import org.throughline.model.Target;
import org.throughline.model.TrajectoryPoint;

/**
 * The arithmetic of trajectories that validation, analyses and reports share: the planned value
 * at a date, the latest actual, how far it falls short, and a forecast from the trend.
 */
public final class Trajectories {

    private Trajectories() {
    }

    /**
     * @param indicator an indicator
     * @return its latest observation that has a date and a value, or {@code null}
     */
    public static Observation latest(Indicator indicator) {
        Observation latest = null;
        for (Observation observation : indicator.getObservations()) {
            if (observation.getDate() != null && observation.getValue() != null
                    && (latest == null || observation.getDate().isAfter(latest.getDate()))) {
                latest = observation;
            }
        }
        return latest;
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

    /**
     * Forecasts the value at a date from the trend of the latest observations (a least-squares
     * line through up to six of them).
     *
     * @param indicator an indicator
     * @param date      the date to forecast
     * @return the forecast, or {@code null} with fewer than two observations
     */
    public static Double forecast(Indicator indicator, LocalDate date) {
        List<Observation> points = new ArrayList<>();
        for (Observation observation : indicator.getObservations()) {
            if (observation.getDate() != null && observation.getValue() != null) {
                points.add(observation);
            }
        }
        points.sort(Comparator.comparing(Observation::getDate));
        List<Observation> recent = points.subList(Math.max(0, points.size() - 6), points.size());
        if (recent.size() < 2) {
            return null;
        }
        double n = recent.size();
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumXX = 0;
        for (Observation observation : recent) {
            double x = observation.getDate().toEpochDay();
            double y = observation.getValue();
            sumX += x;
            sumY += y;
            sumXY += x * y;
            sumXX += x * x;
        }
        double denominator = n * sumXX - sumX * sumX;
        if (denominator == 0) {
            return null;
        }
        double slope = (n * sumXY - sumX * sumY) / denominator;
        double intercept = (sumY - slope * sumX) / n;
        return Double.valueOf(intercept + slope * date.toEpochDay());
    }
}
