// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleDescriptor;

/**
 * A rule known to the engine: its description, the classes it checks, and how to create it.
 *
 * @param descriptor what the contribution says about the rule
 * @param classes    the metamodel classes it checks
 * @param factory    creates the rule; may throw when the contribution is broken
 */
public record RegisteredRule(RuleDescriptor descriptor, List<EClass> classes, Supplier<Rule> factory) {

    /** @return whether the rule looks at the whole model at once (it applies to the root) */
    public boolean isModelWide() {
        return classes.stream().anyMatch(c -> "Model".equals(c.getName())); //$NON-NLS-1$
    }
}
