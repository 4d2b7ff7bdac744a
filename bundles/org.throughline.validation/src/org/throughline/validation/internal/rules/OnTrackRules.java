// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.PriorityScope;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.Indicator;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Observation;
import org.throughline.model.Priority;
import org.throughline.model.Stocktake;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.Trajectories;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleContext;

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
                context.report(element, format(latest.getValue()) + unit(indicator),
                        format(Trajectories.planned(indicator, latest.getDate())) + unit(indicator), latest.getDate());
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
            Assessment judgement = null;
            for (Assessment assessment : context.index().assessmentsOf(element)) {
                if (assessment.getDate() == null || !assessment.getDate().isAfter(context.today())) {
                    judgement = assessment;
                }
            }
            if (judgement == null) {
                return;
            }
            LikelihoodRating rating = judgement.getRating();
            boolean atRisk = rating == LikelihoodRating.RED || rating == LikelihoodRating.AMBER_RED;
            if (atRisk && !answered((Priority) element, judgement, context)) {
                context.report(element, ModelLabels.inSentence(rating));
            }
        });
        rules.put("ontrack.stocktake-actions", (element, context) -> { //$NON-NLS-1$
            Stocktake stocktake = (Stocktake) element;
            if (!stocktake.getPrioritiesReviewed().isEmpty() && stocktake.getActionsAgreed().isEmpty()) {
                context.report(element);
            }
        });
    }

    /**
     * Whether a judgement that delivery is at risk has been answered: by an action, not cancelled,
     * agreed at the stocktake that made the judgement or at one held since (up to today), or by an
     * open action agreed outside any stocktake; in either case addressing the priority or anything
     * that bears on it ({@link PriorityScope}: its outcomes, indicators, chains with their links
     * and actors, services with their steps, programmes and projects).
     */
    private static boolean answered(Priority priority, Assessment judgement, RuleContext context) {
        // Every red priority asks: the index finds its scope among the few elements that can bear on it.
        PriorityScope scope = context.index() instanceof org.throughline.validation.internal.Index index
                ? index.priorityScopes().of(priority)
                : PriorityScope.of(priority, context.index()::all);
        Set<Action> agreedAtStocktakes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EObject each : context.index().all(ThroughlinePackage.Literals.STOCKTAKE)) {
            Stocktake stocktake = (Stocktake) each;
            agreedAtStocktakes.addAll(stocktake.getActionsAgreed());
            LocalDate held = stocktake.getDate();
            boolean sameOrLater = stocktake.getAssessments().contains(judgement) || held != null && judgement.getDate() != null
                    && !held.isBefore(judgement.getDate()) && !held.isAfter(context.today());
            if (sameOrLater) {
                for (Action action : stocktake.getActionsAgreed()) {
                    if (action.getStatus() != ActionStatus.CANCELLED && addressesAny(action, scope)) {
                        return true;
                    }
                }
            }
        }
        for (EObject each : context.index().all(ThroughlinePackage.Literals.ACTION)) {
            Action action = (Action) each;
            if (!agreedAtStocktakes.contains(action) && Checks.isOpen(action) && addressesAny(action, scope)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the action addresses anything in the scope (plain loops: every red priority asks of every action). */
    private static boolean addressesAny(Action action, PriorityScope scope) {
        for (EObject addressed : action.getAddresses()) {
            if (scope.contains(addressed)) {
                return true;
            }
        }
        return false;
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

    /** @return what follows a value in the indicator's unit: "%" directly, another unit after a space */
    private static String unit(Indicator indicator) {
        String unit = indicator.getUnit() == null ? "" : indicator.getUnit().strip(); //$NON-NLS-1$
        return unit.isEmpty() || "%".equals(unit) ? unit : ' ' + unit; //$NON-NLS-1$
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value); //$NON-NLS-1$
    }
}
