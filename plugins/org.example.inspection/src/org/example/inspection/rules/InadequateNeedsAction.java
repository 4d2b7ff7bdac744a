// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.rules;

import org.eclipse.emf.ecore.EObject;
import org.example.inspection.Inspection;
import org.example.inspection.Rating;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleContext;

/**
 * An inadequate inspection needs an open action: one that addresses the inspection itself or
 * what was inspected, and is not yet done or cancelled.
 */
public final class InadequateNeedsAction implements Rule {

    @Override
    public void check(EObject element, RuleContext context) {
        Inspection inspection = (Inspection) element;
        if (inspection.getRating() != Rating.INADEQUATE) {
            return;
        }
        boolean acted = context.index().actionsAddressing(inspection).stream().anyMatch(InadequateNeedsAction::isOpen)
                || inspection.getInspected() != null
                        && context.index().actionsAddressing(inspection.getInspected()).stream().anyMatch(InadequateNeedsAction::isOpen);
        if (!acted) {
            context.report(inspection, inspection.getInspected() == null ? "?" : context.index().label(inspection.getInspected())); //$NON-NLS-1$
        }
    }

    private static boolean isOpen(Action action) {
        return action.getStatus() == ActionStatus.OPEN || action.getStatus() == ActionStatus.IN_PROGRESS;
    }
}
