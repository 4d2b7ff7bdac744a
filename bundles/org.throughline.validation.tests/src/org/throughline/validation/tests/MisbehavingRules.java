// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.tests;

import org.eclipse.emf.ecore.EObject;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleContext;

/** Rules that fail on purpose, when the isolation test switches them on. */
public final class MisbehavingRules {

    /** Switched on by the isolation test only. */
    static volatile boolean enabled;

    private MisbehavingRules() {
    }

    /** Throws. */
    public static final class Throws implements Rule {
        @Override
        public void check(EObject element, RuleContext context) {
            if (enabled) {
                throw new IllegalStateException("bug in a third-party rule");
            }
        }
    }

    /** Never finishes, and ignores interruption. */
    public static final class Hangs implements Rule {
        @Override
        public void check(EObject element, RuleContext context) {
            long spins = 0;
            while (enabled) {
                spins++;
            }
            if (spins < 0) {
                context.report(element);
            }
        }
    }
}
