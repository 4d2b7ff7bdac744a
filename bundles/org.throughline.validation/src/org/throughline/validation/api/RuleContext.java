// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.api;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/** What a {@link Rule} is given while it checks an element. */
public interface RuleContext {

    /**
     * Reports a finding of the running rule on an element. The message is the rule's message
     * from its contribution with {0} replaced by the element's label and {1}, {2}... by the
     * arguments.
     *
     * @param element   the element at fault (usually the one being checked)
     * @param arguments values for the placeholders {1}, {2}... of the message
     */
    void report(EObject element, Object... arguments);

    /** @return an index of the model being validated, for rules that look beyond one element */
    ModelIndex index();

    /** @return the date validation treats as today (fixed in tests) */
    LocalDate today();
}
