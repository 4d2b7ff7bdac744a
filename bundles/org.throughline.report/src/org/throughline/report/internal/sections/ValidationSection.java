// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Element;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.Messages;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.Severity;
import org.throughline.validation.api.ValidationResult;

/** Validation: the findings of the rule catalogue, the findings users suppressed with their reasons, and rules that failed. */
public final class ValidationSection implements ReportSection {

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        ValidationResult result = context.validation();
        html.element("h1", Messages.validation_title); //$NON-NLS-1$
        html.element("p", java.text.MessageFormat.format(Messages.validation_summary, new Object[] { Long.valueOf(result.count(Severity.ERROR)), //$NON-NLS-1$
                Long.valueOf(result.count(Severity.WARNING)), Long.valueOf(result.count(Severity.INFO)),
                Integer.valueOf(result.suppressed().size()), Integer.valueOf(result.rulesRun()), Labels.date(context.asAt()) }));
        for (String failed : result.failedRules()) {
            html.element("p", failed, "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        html.element("h2", Messages.validation_findings); //$NON-NLS-1$
        table(html, result.findings(), false);
        html.element("h2", Messages.validation_suppressions); //$NON-NLS-1$
        if (result.suppressed().isEmpty()) {
            html.element("p", Messages.validation_noSuppressions); //$NON-NLS-1$
        } else {
            table(html, result.suppressed(), true);
        }
    }

    private static void table(Markup html, java.util.List<Finding> findings, boolean suppressed) {
        if (findings.isEmpty()) {
            html.element("p", Messages.validation_none); //$NON-NLS-1$
            return;
        }
        html.open("table", "class", "values findings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (suppressed) {
            Sections.headerRow(html, Messages.col_severity, Messages.col_element, Messages.col_finding, Messages.col_rule,
                    Messages.col_reason);
        } else {
            Sections.headerRow(html, Messages.col_severity, Messages.col_element, Messages.col_finding, Messages.col_rule);
        }
        html.open("tbody"); //$NON-NLS-1$
        for (Finding finding : findings) {
            EObject shown = finding.element();
            while (shown != null && !(shown instanceof Element)) {
                shown = shown.eContainer();
            }
            html.open("tr", "class", "severity-" + finding.severity().name().toLowerCase(Locale.ROOT)).open("td"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            html.element("span", Labels.words(finding.severity().name()), "class", "badge severity-" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + finding.severity().name().toLowerCase(Locale.ROOT)).close();
            html.open("td").link(shown).close().element("td", finding.message()).open("td") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .element("code", finding.rule().id(), "title", finding.rule().description()).close(); //$NON-NLS-1$ //$NON-NLS-2$
            if (suppressed) {
                html.element("td", finding.suppressed()); //$NON-NLS-1$
            }
            html.close();
        }
        html.close().close();
    }
}
