// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.throughline.analysis.api.Routes;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.validation.api.Rule;
import org.throughline.validation.internal.Messages;

/** The delivery chain: does it reach from the centre to the people served, and where is it weak. */
final class ChainRules {

    private ChainRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("chain.weak-link-action", (element, context) -> { //$NON-NLS-1$
            Link link = (Link) element;
            if ((link.getStrength() == LinkStrength.WEAK || link.getStrength() == LinkStrength.BROKEN)
                    && !Checks.hasOpenAction(context.index(), link)) {
                context.report(element, ModelLabels.inSentence(link.getStrength()));
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
            Routes routes = Routes.of(chain);
            boolean noCentre = routes.centre().isEmpty();
            if (noCentre || routes.reached().isEmpty()) {
                context.report(element, noCentre ? Messages.chain_noCentre : Messages.chain_noRoute);
            }
        });
        rules.put("chain.single-point-of-failure", (element, context) -> { //$NON-NLS-1$
            DeliveryChain chain = (DeliveryChain) element;
            List<Routes.Cut> cuts = Routes.of(chain).singlePoints();
            // A link is reported only for a group that no single actor cuts off: otherwise the actor says it already.
            Set<BeneficiaryGroup> cutByActor = new HashSet<>();
            cuts.stream().filter(c -> c.element() instanceof Actor).forEach(c -> cutByActor.addAll(c.groups()));
            for (Routes.Cut cut : cuts) {
                if (cut.element() instanceof Actor || !cutByActor.containsAll(cut.groups())) {
                    context.report(cut.element(), context.index().label(chain),
                            String.join(", ", cut.groups().stream().map(g -> context.index().label(g)).toList())); //$NON-NLS-1$
                }
            }
        });
    }
}
