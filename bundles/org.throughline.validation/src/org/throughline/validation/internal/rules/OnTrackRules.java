// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Assessment;
import org.throughline.model.Indicator;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Observation;
import org.throughline.model.Stocktake;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.Trajectories;
import org.throughline.validation.api.Rule;

/** Are we on track, and if not, is something being done about it. */
final class OnTrackRules {

    /** A stocktake cycle is a quarter: an assessment older than this has missed one. */
    static final int STOCKTAKE_CYCLE_DAYS = 120;

    private OnTrackRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("ontrack.off-trajectory", (element, context) -> { //$NON-NLS-1$
            Indicator indicator = (Indicator) element;
            Observation latest = Trajectories.latest(indicator, context.today());
            if (Trajectories.offTrajectory(indicator, latest)
                    && !Checks.hasOpenAction(context.index(), indicator, indicator.getMeasures())) {
                context.report(element, format(latest.getValue()), format(Trajectories.planned(indicator, latest.getDate())),
                        latest.getDate());
            }
        });
        rules.put("ontrack.priority-assessed", (element, context) -> { //$NON-NLS-1$
            if (context.index().assessmentsOf(element).isEmpty()) {
                context.report(element);
            }
        });
        rules.put("ontrack.stale-assessment", (element, context) -> { //$NON-NLS-1$
            List<Assessment> history = context.index().assessmentsOf(element);
            if (history.isEmpty()) {
                return;
            }
            LocalDate latest = history.get(history.size() - 1).getDate();
            LocalDate reference = latestStocktake(context.index().all(ThroughlinePackage.Literals.STOCKTAKE), context.today());
            if (latest == null || latest.plusDays(STOCKTAKE_CYCLE_DAYS).isBefore(reference)) {
                context.report(element, latest == null ? "undated" : latest.toString()); //$NON-NLS-1$
            }
        });
        rules.put("ontrack.red-without-action", (element, context) -> { //$NON-NLS-1$
            List<Assessment> history = context.index().assessmentsOf(element);
            if (history.isEmpty()) {
                return;
            }
            LikelihoodRating rating = history.get(history.size() - 1).getRating();
            boolean atRisk = rating == LikelihoodRating.RED || rating == LikelihoodRating.AMBER_RED;
            if (atRisk && !Checks.hasOpenAction(context.index(), element)) {
                context.report(element, rating.getLiteral().replace('_', '-'));
            }
        });
        rules.put("ontrack.stocktake-actions", (element, context) -> { //$NON-NLS-1$
            Stocktake stocktake = (Stocktake) element;
            if (!stocktake.getPrioritiesReviewed().isEmpty() && stocktake.getActionsAgreed().isEmpty()) {
                context.report(element);
            }
        });
    }

    /** Assessments fall due with each stocktake; with none recorded, with today. */
    private static LocalDate latestStocktake(List<EObject> stocktakes, LocalDate today) {
        LocalDate latest = null;
        for (EObject each : stocktakes) {
            LocalDate date = ((Stocktake) each).getDate();
            if (date != null && !date.isAfter(today) && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest == null ? today : latest;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value); //$NON-NLS-1$
    }
}
