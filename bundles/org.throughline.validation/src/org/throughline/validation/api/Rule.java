// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.api;

import org.eclipse.emf.ecore.EObject;

/**
 * A validation rule: checks one element and reports what is wrong through the context.
 * <p>
 * Rules are contributed through the extension point {@code org.throughline.validation.rules},
 * which names the rule's id, category, default severity, message, why it matters, and the model
 * classes it applies to; the engine calls {@link #check(EObject, RuleContext)} once for every
 * element of those classes. A rule only reads the model. A rule that throws, or runs too long,
 * is reported as a failed rule and the others still run.
 */
@FunctionalInterface
public interface Rule {

    /**
     * Checks one element.
     *
     * @param element an element of one of the classes the rule applies to
     * @param context where to report findings, and an index of the whole model
     */
    void check(EObject element, RuleContext context);
}
