// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.util.Map;

import org.throughline.model.ProcessStep;
import org.throughline.validation.api.Rule;

/** Demand through the steps of a service: pinch-points and failure demand. */
final class FlowRules {

    /** Above this share of failure demand a step spends much of its effort on work caused by failure. */
    static final double FAILURE_DEMAND_THRESHOLD = 0.2;

    private FlowRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("flow.demand-exceeds-capacity", (element, context) -> { //$NON-NLS-1$
            ProcessStep step = (ProcessStep) element;
            if (step.getDemandPerPeriod() != null && step.getCapacityPerPeriod() != null
                    && step.getDemandPerPeriod() > step.getCapacityPerPeriod()) {
                long percent = Math.round(100 * step.getDemandPerPeriod() / Math.max(step.getCapacityPerPeriod(), 1e-9));
                context.report(element, Long.valueOf(percent));
            }
        });
        rules.put("flow.failure-demand", (element, context) -> { //$NON-NLS-1$
            ProcessStep step = (ProcessStep) element;
            if (step.getFailureDemandShare() != null && step.getFailureDemandShare() > FAILURE_DEMAND_THRESHOLD) {
                context.report(element, Long.valueOf(Math.round(100 * step.getFailureDemandShare())));
            }
        });
        rules.put("flow.step-figures", (element, context) -> { //$NON-NLS-1$
            ProcessStep step = (ProcessStep) element;
            if (step.getDemandPerPeriod() == null || step.getCapacityPerPeriod() == null) {
                context.report(element);
            }
        });
        rules.put("flow.failure-share-range", (element, context) -> { //$NON-NLS-1$
            Double share = ((ProcessStep) element).getFailureDemandShare();
            if (share != null && (share < 0 || share > 1)) {
                context.report(element, share);
            }
        });
    }
}
