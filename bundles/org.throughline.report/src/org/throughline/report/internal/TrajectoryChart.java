// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.time.LocalDate;

import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Target;
import org.throughline.model.api.Trajectories;
import org.throughline.render.api.DisplayList;
import org.throughline.render.api.SvgRenderer;
import org.throughline.render.api.TrajectoryFigure;
import org.throughline.report.api.Markup;

/**
 * An indicator's trajectory chart in a report: {@link TrajectoryFigure}, the drawing the workbench
 * paints too, written as an SVG image with its title ({@link SvgRenderer#figure}).
 */
public final class TrajectoryChart {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 270;

    private TrajectoryChart() {
    }

    /**
     * @param indicator an indicator
     * @param asAt      the date the model describes (drawn as a line when in range)
     * @return an {@code svg} element (no XML declaration), or a short {@code p} when the
     *         indicator has nothing to draw
     */
    public static String svg(Indicator indicator, LocalDate asAt) {
        DisplayList figure = TrajectoryFigure.of(indicator, asAt, WIDTH, HEIGHT);
        if (TrajectoryFigure.isEmpty(figure)) {
            return "<p class=\"no-chart\">" + Markup.escape(Messages.chart_nothing) + "</p>"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return SvgRenderer.figure(figure, Messages.bind(Messages.chart_title, indicator.getName() == null ? "" : indicator.getName()), //$NON-NLS-1$
                "chart"); //$NON-NLS-1$
    }

    /**
     * @param indicator an indicator
     * @return what its chart shows, in words: for readers who cannot see it (the PDF's alternative text)
     */
    public static String describe(Indicator indicator) {
        String title = Messages.bind(Messages.chart_title, indicator.getName() == null ? "" : indicator.getName()); //$NON-NLS-1$
        String unit = indicator.getUnit() == null || indicator.getUnit().isEmpty() ? "" : " " + indicator.getUnit(); //$NON-NLS-1$ //$NON-NLS-2$
        Observation latest = Trajectories.latest(indicator);
        StringBuilder summary = new StringBuilder(latest == null ? Messages.pack_chartNoData
                : Messages.bind(Messages.chart_latest, Labels.number(latest.getValue()) + unit, latest.getDate()));
        Target last = Trajectories.finalTarget(indicator);
        if (last != null && last.getValue() != null) {
            summary.append("; ").append(Messages.bind(Messages.chart_finalTarget, Labels.number(last.getValue()) + unit, last.getDate())); //$NON-NLS-1$
        }
        return Messages.bind(Messages.pack_chartAlt, title, summary);
    }
}
