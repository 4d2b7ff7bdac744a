// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.EffectivenessRating;
import org.throughline.model.Initiative;
import org.throughline.model.Milestone;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.validation.api.Rule;

/** Line of sight: from targets to the plans and budgets that deliver them. */
final class LineOfSightRules {

    private LineOfSightRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("lineofsight.target-without-plan", (element, context) -> { //$NON-NLS-1$
            Priority priority = (Priority) element;
            boolean planned = false;
            for (EObject each : context.index().all(ThroughlinePackage.Literals.INITIATIVE)) {
                Initiative initiative = (Initiative) each;
                for (Outcome outcome : initiative.getOutcomes()) {
                    planned |= priority.getOutcomes().contains(outcome);
                }
            }
            if (!priority.getOutcomes().isEmpty() && !planned) {
                context.report(element);
            }
        });
        rules.put("lineofsight.plan-without-budget", (element, context) -> { //$NON-NLS-1$
            Initiative initiative = (Initiative) element;
            boolean inProgramme = initiative.eContainer() instanceof Initiative;
            if (initiative.getBudget() == null && !inProgramme) {
                context.report(element);
            }
        });
        rules.put("lineofsight.ineffective-funded", (element, context) -> { //$NON-NLS-1$
            Initiative initiative = (Initiative) element;
            if (initiative.isFunded() && (initiative.getRating() == EffectivenessRating.INEFFECTIVE
                    || initiative.getRating() == EffectivenessRating.NOT_DEMONSTRATED)) {
                context.report(element, ModelLabels.inSentence(initiative.getRating()));
            }
        });
        rules.put("lineofsight.milestone-missed", (element, context) -> { //$NON-NLS-1$
            Milestone milestone = (Milestone) element;
            if (!milestone.isAchieved() && milestone.getDate() != null && milestone.getDate().isBefore(context.today())) {
                context.report(element, milestone.getDate());
            }
        });
        rules.put("lineofsight.initiative-outcomes", (element, context) -> { //$NON-NLS-1$
            Initiative initiative = (Initiative) element;
            boolean inProgramme = initiative.eContainer() instanceof Initiative;
            if (!inProgramme && initiative.getOutcomes().isEmpty()) {
                context.report(element);
            }
        });
    }
}
