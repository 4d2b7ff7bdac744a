// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.ModelImporter;
import org.throughline.model.Model;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleContext;

/**
 * Contributions that misbehave as a careless plugin might; {@link FailedContributionsTest} adds
 * them to the extension registry for one test at a time.
 */
public final class Misbehaving {

    private Misbehaving() {
    }

    /** A rule that throws. */
    public static final class ThrowingRule implements Rule {
        @Override
        public void check(EObject element, RuleContext context) {
            throw new IllegalStateException("a deliberate rule failure");
        }
    }

    /** A rule that never finishes (until it is stopped). */
    public static final class HangingRule implements Rule {
        @Override
        public void check(EObject element, RuleContext context) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** An analysis that throws. */
    public static final class ThrowingAnalysis implements Analysis {
        @Override
        public AnalysisResult run(AnalysisInput input) {
            throw new IllegalStateException("a deliberate analysis failure");
        }
    }

    /** A report section that throws. */
    public static final class ThrowingSection implements ReportSection {
        @Override
        public void writeHtml(ReportContext context, Markup html) {
            throw new IllegalStateException("a deliberate section failure");
        }
    }

    /** An importer that throws. */
    public static final class ThrowingImporter implements ModelImporter {
        @Override
        public ImportPlan check(Model model, Path data, IProgressMonitor monitor) {
            throw new IllegalStateException("a deliberate importer failure");
        }
    }
}
