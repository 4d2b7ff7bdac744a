// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.time.LocalDate;

import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Target;
import org.throughline.model.api.Trajectories;

/**
 * Whether an indicator is on track: its latest observation against the trajectory at that date,
 * polarity-aware, within the trajectory's tolerance; and the trend's forecast for the final
 * target.
 *
 * @param latest    the latest observation, or {@code null}
 * @param planned   the planned value at its date, or {@code null}
 * @param shortfall how far the actual falls short of the plan (positive is worse), or {@code null}
 * @param target    the final target, or {@code null}
 * @param forecast  the trend's forecast at the final target's date, or {@code null}
 * @param state     on track, off track, or unknown
 */
public record TrackStatus(Observation latest, Double planned, Double shortfall, Target target, Double forecast, State state) {

    /** The judgement. */
    public enum State {
        /** Within tolerance of the trajectory. */
        ON_TRACK,
        /** Worse than the trajectory by more than the tolerance. */
        OFF_TRACK,
        /** No observation, or no trajectory at its date. */
        UNKNOWN
    }

    /**
     * @param indicator an indicator
     * @return its status
     */
    public static TrackStatus of(Indicator indicator) {
        Observation latest = Trajectories.latest(indicator);
        Target target = Trajectories.finalTarget(indicator);
        Double forecast = target == null ? null : Trajectories.forecast(indicator, target.getDate());
        if (latest == null) {
            return new TrackStatus(null, null, null, target, forecast, State.UNKNOWN);
        }
        Double planned = Trajectories.planned(indicator, latest.getDate());
        if (planned == null || !Trajectories.hasPolarity(indicator)) {
            return new TrackStatus(latest, planned, null, target, forecast, State.UNKNOWN);
        }
        double shortfall = Trajectories.shortfall(indicator, latest.getValue(), planned);
        State state = shortfall > Trajectories.tolerance(indicator) + 1e-9 ? State.OFF_TRACK : State.ON_TRACK;
        return new TrackStatus(latest, planned, Double.valueOf(shortfall), target, forecast, state);
    }

    /** @return the date of the latest observation, or {@code null} */
    public LocalDate date() {
        return latest == null ? null : latest.getDate();
    }
}
