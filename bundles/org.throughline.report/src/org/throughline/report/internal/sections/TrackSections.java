// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import org.throughline.model.Indicator;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;
import org.throughline.report.api.ReportSection;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.Labels;
import org.throughline.report.internal.Messages;
import org.throughline.report.internal.TrackStatus;

/** Trajectories: for every indicator, whether it is on track and its chart of planned against actual. */
public final class TrackSections implements ReportSection {

    @Override
    public void writeHtml(ReportContext context, Markup html) {
        Catalogue catalogue = Sections.catalogue(context);
        html.element("h1", Messages.trajectories_title); //$NON-NLS-1$
        var indicators = catalogue.all(Indicator.class);
        long off = indicators.stream().filter(i -> TrackStatus.of(i).state() == TrackStatus.State.OFF_TRACK).count();
        html.element("p", Messages.bind(Messages.trajectories_summary, Integer.valueOf(indicators.size()), Long.valueOf(off))); //$NON-NLS-1$
        for (Indicator indicator : indicators) {
            TrackStatus status = TrackStatus.of(indicator);
            html.open("section", "class", "indicator"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.open("h2").link(indicator).text(" "); //$NON-NLS-1$ //$NON-NLS-2$
            state(html, status);
            html.close();
            if (status.latest() != null) {
                html.open("p").text(Messages.bind(Messages.trajectories_latest, new Object[] { Labels.number(status.latest().getValue()), //$NON-NLS-1$
                        indicator.getUnit() == null ? "" : indicator.getUnit(), Labels.date(status.date()), //$NON-NLS-1$
                        status.planned() == null ? "\u2014" : Labels.number(status.planned()) })) //$NON-NLS-1$
                        .close();
            }
            html.open("figure", "class", "chart").trajectoryChart(indicator).close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.close();
        }
    }

    /**
     * @param html   where to write
     * @param status an indicator's status
     */
    static void state(Markup html, TrackStatus status) {
        String label = switch (status.state()) {
            case ON_TRACK -> Messages.status_onTrack;
            case OFF_TRACK -> Messages.status_offTrack;
            default -> Messages.status_unknown;
        };
        html.element("span", label, "class", "badge track-" + status.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
