// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
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
}
