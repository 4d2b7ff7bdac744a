// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.api;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing a rule found wrong with one element.
 *
 * @param rule       the rule that found it
 * @param severity   its severity, after the model's and the preferences' overrides
 * @param message    what is wrong, for the user
 * @param element    the element at fault
 * @param elementId  the element's id ({@code null} for elements without one)
 * @param path       the element's path in the model by names
 * @param suppressed the reason recorded when the finding was suppressed on this element, or
 *                   {@code null} when it is not suppressed
 */
public record Finding(RuleDescriptor rule, Severity severity, String message, EObject element, String elementId, String path,
        String suppressed) {

    /** @return whether a user suppressed this finding on this element */
    public boolean isSuppressed() {
        return suppressed != null;
    }
}
