// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.util.List;
import java.util.Locale;

import org.throughline.analysis.api.OnTrack;
import org.throughline.model.Indicator;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.Messages;

/**
 * Trajectories: for every indicator, {@link OnTrack}'s answer as at the report's date (the same
 * one the trajectories analysis gives) and its chart of planned against actual.
 */
public final class TrackSections implements ReportSection {

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        Catalogue catalogue = Sections.catalogue(context);
        html.element("h1", Messages.trajectories_title); //$NON-NLS-1$
        List<OnTrack.Answer> answers = catalogue.all(Indicator.class).stream().map(i -> OnTrack.of(i, context.asAt())).toList();
        long off = answers.stream().filter(a -> a.status() == OnTrack.Status.OFF_TRACK).count();
        html.element("p", Messages.bind(Messages.trajectories_summary, Integer.valueOf(answers.size()), Long.valueOf(off))); //$NON-NLS-1$
        for (OnTrack.Answer answer : answers) {
            Indicator indicator = answer.indicator();
            html.open("section", "class", "indicator"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.open("h2").link(indicator).text(" "); //$NON-NLS-1$ //$NON-NLS-2$
            state(html, answer);
            html.close();
            if (answer.latest() != null) {
                html.open("p").text(Messages.bind(Messages.trajectories_latest, new Object[] { //$NON-NLS-1$
                        Labels.number(answer.latest().getValue()), indicator.getUnit() == null ? "" : indicator.getUnit(), //$NON-NLS-1$
                        Labels.date(answer.latest().getDate()), answer.planned() == null ? "\u2014" //$NON-NLS-1$
                                : Labels.number(answer.planned()) + (indicator.getUnit() == null || indicator.getUnit().isBlank() ? "" //$NON-NLS-1$
                                        : " " + indicator.getUnit()) })) //$NON-NLS-1$
                        .close();
            }
            outlook(html, answer);
            html.open("figure", "class", "chart").trajectoryChart(indicator).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            UnitsTable.write(html, indicator, context.asAt());
            html.close();
        }
    }

    /**
     * Writes the outlook for the target in a sentence, and how the forecast was made.
     *
     * @param html   where to write
     * @param answer an indicator's answer
     */
    static void outlook(Markup html, OnTrack.Answer answer) {
        String sentence = answer.outlookSentence();
        if (!sentence.isEmpty()) {
            html.element("p", capitalised(sentence) + '.', "class", "outlook"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (answer.forecast() != null) {
            html.element("p", Messages.bind(Messages.trajectories_how, answer.explanation()), "class", "how"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * @param html   where to write
     * @param answer an indicator's answer
     */
    static void state(Markup html, OnTrack.Answer answer) {
        String css = switch (answer.status()) {
            case ON_TRACK -> "on-track"; //$NON-NLS-1$
            case OFF_TRACK -> "off-track"; //$NON-NLS-1$
            default -> "unknown"; //$NON-NLS-1$
        };
        html.element("span", capitalised(answer.status().label()), "class", "badge track-" + css); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
