// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.OnTrack;
import org.throughline.model.Assessment;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.model.Property;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.validation.api.Severity;
import org.throughline.validation.api.ValidationResult;

/** The report's first page: the model, its priorities at a glance, what the report holds, and what failed. */
final class Overview {

    private Overview() {
    }

    static void write(PageMarkup html, Run run, SectionRegistry sections, List<Diagrams.Drawn> diagrams, List<String> failed,
            List<String> notes) {
        Model model = run.model();
        html.element("h1", Labels.label(model)); //$NON-NLS-1$
        html.open("p", "class", "kind").text(Messages.bind(Messages.overview_asAt, Labels.date(run.asAt()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (model.getVersion() != null) {
            html.text(" \u00b7 ").text(Messages.bind(Messages.overview_version, model.getVersion())); //$NON-NLS-1$
        }
        html.close();
        if (!failed.isEmpty()) {
            html.open("div", "class", "failed").element("h2", Messages.overview_failed).open("ul"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            failed.forEach(f -> html.element("li", f)); //$NON-NLS-1$
            html.close().close();
        }
        if (model.getDescription() != null) {
            html.element("p", model.getDescription(), "class", "description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!model.getProperties().isEmpty()) {
            html.open("table", "class", "properties").open("tbody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            for (Property property : model.getProperties()) {
                html.open("tr").element("th", property.getKey(), "scope", "row").element("td", property.getValue()).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            }
            html.close().close();
        }
        priorities(html, run);
        html.element("h2", Messages.overview_contents); //$NON-NLS-1$
        html.open("ul", "class", "contents"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        long drawn = diagrams.stream().filter(d -> d.note() == null).count();
        html.open("li").element("a", Messages.nav_diagrams, "href", "diagrams.html") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .text(" \u2014 ").text(Messages.bind(Messages.overview_diagrams, Long.valueOf(drawn), Integer.valueOf(diagrams.size()))).close(); //$NON-NLS-1$
        for (SectionRegistry.Contribution section : sections.sections()) {
            html.open("li").element("a", section.title(), "href", section.id() + ".html"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            boolean sectionFailed = failed.stream().anyMatch(f -> f.contains(section.title()));
            if (sectionFailed) {
                html.text(" \u2014 ").element("strong", Messages.overview_sectionFailed); //$NON-NLS-1$ //$NON-NLS-2$
            }
            html.close();
        }
        html.open("li").element("a", Messages.nav_elements, "href", "elements.html").text(" \u2014 ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .text(Messages.bind(Messages.overview_elements, Integer.valueOf(run.catalogue().elements().size()))).close();
        html.close();
        html.element("h2", Messages.overview_counts); //$NON-NLS-1$
        html.open("table", "class", "values counts").open("tbody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (Map.Entry<EClass, List<EObject>> entry : run.catalogue().byClass().entrySet()) {
            html.open("tr").element("th", ModelLabels.type(entry.getKey()), "scope", "row") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .element("td", Integer.valueOf(entry.getValue().size())).close(); //$NON-NLS-1$
        }
        html.close().close();
        if (!notes.isEmpty()) {
            html.element("h2", Messages.overview_notes).open("ul", "class", "notes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            notes.forEach(n -> html.element("li", n)); //$NON-NLS-1$
            html.close();
        }
    }

    private static void priorities(PageMarkup html, Run run) {
        List<Priority> priorities = run.catalogue().all(Priority.class).stream()
                .sorted(Comparator.comparing(Priority::getRank, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        if (priorities.isEmpty()) {
            return;
        }
        ValidationResult validation = run.validation();
        html.element("h2", Messages.overview_priorities); //$NON-NLS-1$
        html.element("p", java.text.MessageFormat.format(Messages.overview_findings, new Object[] { Long.valueOf(validation.count(Severity.ERROR)), //$NON-NLS-1$
                Long.valueOf(validation.count(Severity.WARNING)), Long.valueOf(validation.count(Severity.INFO)) }));
        html.open("table", "class", "values").open("thead").open("tr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        for (String title : new String[] { Messages.col_priority, Messages.col_likelihood, Messages.col_offTrack, Messages.col_weakLinks,
                Messages.col_openActions }) {
            html.element("th", title, "scope", "col"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        html.close().close().open("tbody"); //$NON-NLS-1$
        int shown = 0;
        for (Priority priority : priorities) {
            if (shown++ == 200) {
                html.open("tr").element("td", Messages.bind(Messages.overview_morePriorities, Integer.valueOf(priorities.size() - 200)), //$NON-NLS-1$ //$NON-NLS-2$
                        "colspan", "5").close(); //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            PriorityScope scope = PriorityScope.of(run.catalogue(), priority);
            List<Assessment> assessments = scope.assessments();
            Assessment latest = assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
            long off = 0;
            for (Indicator indicator : scope.indicators()) {
                if (OnTrack.of(indicator, run.asAt()).status() == OnTrack.Status.OFF_TRACK) {
                    off++;
                }
            }
            long open = scope.actions().stream().filter(a -> a.getStatus() == org.throughline.model.ActionStatus.OPEN
                    || a.getStatus() == org.throughline.model.ActionStatus.IN_PROGRESS).count();
            html.open("tr").open("td").link(priority).close().open("td"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("span", latest == null ? Messages.overview_notAssessed : Labels.value(latest.getRating()), "class", //$NON-NLS-1$ //$NON-NLS-2$
                    "badge " + Labels.cssClass("rating", latest == null ? null : latest.getRating())); //$NON-NLS-1$ //$NON-NLS-2$
            html.close().element("td", Long.valueOf(off) + " / " + scope.indicators().size()) //$NON-NLS-1$ //$NON-NLS-2$
                    .element("td", Integer.valueOf(scope.weakLinks().size())).element("td", Long.valueOf(open)).close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.close().close();
        html.open("p").element("a", Messages.overview_fiveQuestions, "href", "priorities.html").close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
