// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Issue;
import org.throughline.model.Level;
import org.throughline.model.Priority;
import org.throughline.model.Risk;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.Messages;
import org.throughline.report.internal.PriorityScope;

/** Risks and issues, most severe first, with owners, mitigations and what they affect. */
public final class RisksSection implements ReportSection {

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        Catalogue catalogue = Sections.catalogue(context);
        html.element("h1", Messages.risks_title); //$NON-NLS-1$
        write(html, catalogue.all(Risk.class), catalogue.all(Issue.class), "h2"); //$NON-NLS-1$
    }

    @Override
    public void writePack(ReportContext context, Priority priority, Markup html) {
        PriorityScope scope = PriorityScope.of(Sections.catalogue(context), priority);
        html.element("h2", Messages.risks_title); //$NON-NLS-1$
        write(html, scope.risks(), scope.issues(), "h3"); //$NON-NLS-1$
    }

    private static int score(Level level) {
        return level == null ? 0 : level.getValue() + 1;
    }

    private static void write(Markup html, List<Risk> risks, List<Issue> issues, String heading) {
        html.element(heading, Messages.risks_risks);
        if (risks.isEmpty()) {
            html.element("p", Messages.risks_none); //$NON-NLS-1$
        } else {
            html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Sections.headerRow(html, Messages.col_risk, Messages.col_likelihood, Messages.col_impact, Messages.col_owner,
                    Messages.col_status, Messages.col_mitigation, Messages.col_affects);
            html.open("tbody"); //$NON-NLS-1$
            for (Risk risk : risks.stream().sorted(Comparator.comparingInt((Risk r) -> -score(r.getLikelihood()) * score(r.getImpact())))
                    .toList()) {
                html.open("tr").open("td").link(risk).close().element("td", Labels.value(risk.getLikelihood())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .element("td", Labels.value(risk.getImpact())).open("td").link(risk.getOwner()).close() //$NON-NLS-1$ //$NON-NLS-2$
                        .element("td", Labels.value(risk.getStatus())) //$NON-NLS-1$
                        .element("td", risk.getMitigation() == null ? Messages.risks_noMitigation : risk.getMitigation()).open("td"); //$NON-NLS-1$ //$NON-NLS-2$
                links(html, risk.getAffects());
                html.close().close();
            }
            html.close().close();
        }
        html.element(heading, Messages.risks_issues);
        if (issues.isEmpty()) {
            html.element("p", Messages.risks_noIssues); //$NON-NLS-1$
            return;
        }
        html.open("table", "class", "values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Sections.headerRow(html, Messages.col_issue, Messages.col_impact, Messages.col_owner, Messages.col_raised, Messages.col_status,
                Messages.col_resolution, Messages.col_affects);
        html.open("tbody"); //$NON-NLS-1$
        for (Issue issue : issues.stream().sorted(Comparator.comparingInt((Issue i) -> -score(i.getImpact()))).toList()) {
            html.open("tr").open("td").link(issue).close().element("td", Labels.value(issue.getImpact())).open("td").link(issue.getOwner()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .close().element("td", Labels.date(issue.getRaisedDate())).element("td", Labels.value(issue.getStatus())) //$NON-NLS-1$ //$NON-NLS-2$
                    .element("td", issue.getResolution()).open("td"); //$NON-NLS-1$ //$NON-NLS-2$
            links(html, issue.getAffects());
            html.close().close();
        }
        html.close().close();
    }

    private static void links(Markup html, List<? extends EObject> elements) {
        for (int i = 0; i < elements.size(); i++) {
            html.text(i == 0 ? "" : ", ").link(elements.get(i)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
