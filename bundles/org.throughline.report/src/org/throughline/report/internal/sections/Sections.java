// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.Priority;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.Run;

/** What our own sections share. */
final class Sections {

    private Sections() {
    }

    static Catalogue catalogue(ReportContext context) {
        return context instanceof Run run ? run.catalogue() : new Catalogue(context.model());
    }

    static List<Priority> priorities(Catalogue catalogue) {
        return catalogue.all(Priority.class).stream()
                .sorted(Comparator.comparing(Priority::getRank, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    static Markup badge(Markup html, String prefix, Enumerator value) {
        return html.element("span", value == null ? "\u2014" : ModelLabels.literal(value), "class", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "badge " + Labels.cssClass(prefix, value)); //$NON-NLS-1$
    }

    static Assessment latest(List<Assessment> assessments) {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    static boolean overdue(Action action, LocalDate asAt) {
        return action.getDueDate() != null && action.getDueDate().isBefore(asAt) && open(action);
    }

    static boolean open(Action action) {
        return action.getStatus() == ActionStatus.OPEN || action.getStatus() == ActionStatus.IN_PROGRESS;
    }

    static Markup headerRow(Markup html, String... titles) {
        html.open("thead").open("tr"); //$NON-NLS-1$ //$NON-NLS-2$
        for (String title : titles) {
            html.element("th", title, "scope", "col"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return html.close().close();
    }
}
