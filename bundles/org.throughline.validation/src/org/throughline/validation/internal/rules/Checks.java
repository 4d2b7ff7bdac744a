// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Polarity;
import org.throughline.model.TrajectoryPoint;
import org.throughline.validation.api.ModelIndex;

/** Small questions several rules ask. */
final class Checks {

    private Checks() {
    }

    static boolean isOpen(Action action) {
        return action.getStatus() == ActionStatus.OPEN || action.getStatus() == ActionStatus.IN_PROGRESS;
    }

    /** @return whether some open action addresses any of the elements */
    static boolean hasOpenAction(ModelIndex index, EObject... elements) {
        for (EObject element : elements) {
            if (element != null && index.actionsAddressing(element).stream().anyMatch(Checks::isOpen)) {
                return true;
            }
        }
        return false;
    }

    /** @return the latest observation with a date and a value, or null */
    static Observation latest(Indicator indicator) {
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
     * @return the trajectory's planned value at a date, interpolated linearly between its
     *         points, or null outside its range
     */
    static Double planned(List<TrajectoryPoint> points, LocalDate date) {
        TrajectoryPoint before = null;
        TrajectoryPoint after = null;
        for (TrajectoryPoint point : points) {
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
        if (before == after || before.getDate().equals(after.getDate())) {
            return before.getValue();
        }
        double span = after.getDate().toEpochDay() - before.getDate().toEpochDay();
        double into = date.toEpochDay() - before.getDate().toEpochDay();
        return Double.valueOf(before.getValue() + (after.getValue() - before.getValue()) * into / span);
    }

    /**
     * @return how far the value falls short of the plan, in the indicator's unit (positive when
     *         worse than planned, whichever the polarity)
     */
    static double shortfall(Indicator indicator, double actual, double planned) {
        return indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? actual - planned : planned - actual;
    }
}
