// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.util.Map;

import org.throughline.model.Actor;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.api.Chains;
import org.throughline.validation.api.Rule;

/** The delivery chain: does it reach from the centre to the people served, and where is it weak. */
final class ChainRules {

    private ChainRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("chain.weak-link-action", (element, context) -> { //$NON-NLS-1$
            Link link = (Link) element;
            if ((link.getStrength() == LinkStrength.WEAK || link.getStrength() == LinkStrength.BROKEN)
                    && !Checks.hasOpenAction(context.index(), link)) {
                context.report(element, link.getStrength().getLiteral().toLowerCase(java.util.Locale.ROOT));
            }
        });
        rules.put("chain.weak-link-evidence", (element, context) -> { //$NON-NLS-1$
            Link link = (Link) element;
            boolean judgedWeak = link.getStrength() == LinkStrength.WEAK || link.getStrength() == LinkStrength.BROKEN;
            if (judgedWeak && (link.getEvidence() == null || link.getEvidence().isBlank())) {
                context.report(element);
            }
        });
        rules.put("chain.unknown-strength", (element, context) -> { //$NON-NLS-1$
            if (((Link) element).getStrength() == LinkStrength.UNKNOWN) {
                context.report(element);
            }
        });
        rules.put("chain.centre-to-people", (element, context) -> { //$NON-NLS-1$
            DeliveryChain chain = (DeliveryChain) element;
            if (chain.getLinks().isEmpty()) {
                return;
            }
            boolean noCentre = Chains.centre(chain).isEmpty();
            if (noCentre || Chains.peopleReached(chain).isEmpty()) {
                context.report(element, noCentre ? "no actor at the centre (tier 0 or a central department)" //$NON-NLS-1$
                        : "no link path from the centre to the people served"); //$NON-NLS-1$
            }
        });
        rules.put("chain.single-point-of-failure", (element, context) -> { //$NON-NLS-1$
            DeliveryChain chain = (DeliveryChain) element;
            for (Actor actor : Chains.singlePointsOfFailure(chain)) {
                context.report(actor, context.index().label(chain));
            }
        });
    }
}
