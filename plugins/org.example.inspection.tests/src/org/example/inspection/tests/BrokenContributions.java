// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleContext;

/** Contributions that fail on purpose (see this bundle's plugin.xml). */
public final class BrokenContributions {

    private BrokenContributions() {
    }

    /** An analysis with a bug. */
    public static final class ThrowingAnalysis implements Analysis {
        @Override
        public AnalysisResult run(AnalysisInput input) {
            throw new IllegalStateException("plugin bug");
        }
    }

    /** A report section with a bug. */
    public static final class ThrowingSection implements ReportSection {
        @Override
        public void writeHtml(ReportContext context, Markup html) {
            html.element("h1", "Broken");
            throw new IllegalStateException("plugin bug");
        }
    }

    /** A rule with a bug. */
    public static final class ThrowingRule implements Rule {
        @Override
        public void check(EObject element, RuleContext context) {
            throw new IllegalStateException("plugin bug");
        }
    }
}
