// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.time.LocalDate;
import java.util.Map;

import org.throughline.model.Element;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Property;
import org.throughline.model.Target;
import org.throughline.model.TrajectoryPoint;
import org.throughline.model.api.Trajectories;
import org.throughline.validation.api.Rule;

/** How will we know: every outcome measured, every measure with a baseline, a target and a plan to reach it. */
final class MeasurementRules {

    private MeasurementRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("measurement.outcome-indicator", (element, context) -> { //$NON-NLS-1$
            if (context.index().indicatorsMeasuring(element).isEmpty()) {
                context.report(element);
            }
        });
        rules.put("measurement.indicator-measures", (element, context) -> { //$NON-NLS-1$
            if (((Indicator) element).getMeasures() == null) {
                context.report(element);
            }
        });
        rules.put("measurement.baseline", (element, context) -> { //$NON-NLS-1$
            Indicator indicator = (Indicator) element;
            if (indicator.getBaseline() == null || indicator.getBaseline().getValue() == null) {
                context.report(element);
            }
        });
        rules.put("measurement.dated-target", (element, context) -> { //$NON-NLS-1$
            Indicator indicator = (Indicator) element;
            if (indicator.getTargets().stream().noneMatch(t -> t.getValue() != null && t.getDate() != null)) {
                context.report(element);
            }
        });
        rules.put("measurement.trajectory-reaches-target", (element, context) -> { //$NON-NLS-1$
            Indicator indicator = (Indicator) element;
            LocalDate targetDate = indicator.getTargets().stream().map(Target::getDate).filter(d -> d != null)
                    .max(LocalDate::compareTo).orElse(null);
            if (targetDate == null) {
                return;
            }
            LocalDate end = indicator.getTrajectory() == null ? null : indicator.getTrajectory().getPoints().stream()
                    .map(TrajectoryPoint::getDate).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
            if (end == null || end.isBefore(targetDate)) {
                context.report(element, targetDate);
            }
        });
        rules.put("measurement.plausible-observation", (element, context) -> { //$NON-NLS-1$
            Indicator indicator = (Indicator) element;
            String unit = indicator.getUnit() == null ? "" : indicator.getUnit().strip(); //$NON-NLS-1$
            for (Observation observation : indicator.getObservations()) {
                Double value = observation.getValue();
                if (value == null) {
                    continue;
                }
                boolean percent = "%".equals(unit) || "percent".equalsIgnoreCase(unit); //$NON-NLS-1$ //$NON-NLS-2$
                if (value.isNaN() || value.isInfinite() || percent && (value < 0 || value > 100) || !percent && value < 0) {
                    context.report(element, value, observation.getDate(), unit);
                }
            }
        });
        rules.put("measurement.balancing-indicator", (element, context) -> { //$NON-NLS-1$
            Indicator indicator = (Indicator) element;
            if (isGameable(indicator) && indicator.getBalancingIndicators().isEmpty()) {
                context.report(element);
            }
        });
        rules.put("measurement.stale-data", (element, context) -> { //$NON-NLS-1$
            Indicator indicator = (Indicator) element;
            Observation latest = Trajectories.latest(indicator, context.today());
            int days = expectedDays(indicator.getFrequency());
            if (latest != null && days > 0 && latest.getDate().plusDays(2L * days).isBefore(context.today())) {
                context.report(element, latest.getDate());
            }
        });
    }

    /**
     * Targets on a single number invite gaming (the four-hour target met by moving patients to
     * another corridor): an indicator is marked as such with the user property gameable=true.
     */
    private static boolean isGameable(Element indicator) {
        for (Property property : indicator.getProperties()) {
            if ("gameable".equalsIgnoreCase(property.getKey()) && "true".equalsIgnoreCase(property.getValue())) { //$NON-NLS-1$ //$NON-NLS-2$
                return true;
            }
        }
        return false;
    }

    private static int expectedDays(Frequency frequency) {
        if (frequency == null) {
            return 0;
        }
        switch (frequency) {
            case DAILY:
                return 1;
            case WEEKLY:
                return 7;
            case MONTHLY:
                return 31;
            case QUARTERLY:
                return 92;
            case ANNUALLY:
                return 366;
            default:
                return 0;
        }
    }
}
