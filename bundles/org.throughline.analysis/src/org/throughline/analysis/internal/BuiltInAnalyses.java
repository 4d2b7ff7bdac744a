// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;
import org.throughline.analysis.api.Analysis;

/**
 * Creates Throughline's own analyses for the extension point: a contribution names
 * {@code BuiltInAnalyses:ANALYSIS-ID} as its class, so plugin.xml stays the one place that
 * describes each analysis, exactly as a third party's would.
 */
public final class BuiltInAnalyses implements IExecutableExtensionFactory, IExecutableExtension {

    private static final Map<String, Analysis> ANALYSES = Map.ofEntries(
            Map.entry("weak-links", ChainAnalyses.WEAK_LINKS), //$NON-NLS-1$
            Map.entry("single-points-of-failure", ChainAnalyses.SINGLE_POINTS), //$NON-NLS-1$
            Map.entry("impact", ImpactAnalysis.IMPACT), //$NON-NLS-1$
            Map.entry("trajectories", MeasureAnalyses.TRAJECTORIES), //$NON-NLS-1$
            Map.entry("flow", MeasureAnalyses.FLOW), //$NON-NLS-1$
            Map.entry("accountability", AccountabilityAnalyses.ACCOUNTABILITY), //$NON-NLS-1$
            Map.entry("line-of-sight", AccountabilityAnalyses.LINE_OF_SIGHT), //$NON-NLS-1$
            Map.entry("evidence", EvidenceAnalysis.EVIDENCE), //$NON-NLS-1$
            Map.entry("network", NetworkAnalysis.NETWORK), //$NON-NLS-1$
            Map.entry("where-to-look-first", WhereToLookFirst.WHERE_TO_LOOK_FIRST), //$NON-NLS-1$
            Map.entry("portfolio", Portfolio.PORTFOLIO), //$NON-NLS-1$
            Map.entry("delivery-units", UnitAnalysis.DELIVERY_UNITS), //$NON-NLS-1$
            Map.entry("evidence-register", EvidenceRegister.REGISTER)); //$NON-NLS-1$

    private String id;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        id = data instanceof String text ? text.trim() : null;
    }

    @Override
    public Object create() throws CoreException {
        Analysis analysis = id == null ? null : ANALYSES.get(id);
        if (analysis == null) {
            throw new CoreException(Status.error("No built-in analysis " + id, null)); //$NON-NLS-1$
        }
        return analysis;
    }

    /** @return the ids of every built-in analysis */
    public static Set<String> ids() {
        return Set.copyOf(ANALYSES.keySet());
    }
}
