// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.throughline.analysis.api.OnTrack;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.diagram.api.Typeface;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Target;
import org.throughline.model.TrajectoryPoint;
import org.throughline.model.api.Trajectories;
import org.throughline.report.api.Markup;

/**
 * Draws an indicator's trajectory as SVG: the planned line with its tolerance band, the actual
 * observations known at the as-at date, the baseline, the targets and, for a target still to
 * come, {@link OnTrack}'s forecast with its range at the target's date, with a legend.
 * Presentation attributes only (no style attributes), so the report's Content-Security-Policy
 * allows it.
 */
public final class TrajectoryChart {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 270;
    private static final double RIGHT = 16;
    private static final double BOTTOM = 62;
    /** The size of the chart's text, in pixels. */
    private static final int FONT_SIZE = 11;
    /** Room above the plot for the unit, which stands over the tick labels. */
    private static final double UNIT_LINE = 16;
    private static final String PLANNED = "#2e86c1"; //$NON-NLS-1$
    private static final String ACTUAL = "#1c2833"; //$NON-NLS-1$
    private static final String TARGET = "#b03a2e"; //$NON-NLS-1$
    private static final String TREND = "#7d3c98"; //$NON-NLS-1$

    private final Indicator indicator;
    private final LocalDate asAt;
    private final StringBuilder svg = new StringBuilder(4096);
    private long minDay = Long.MAX_VALUE;
    private long maxDay = Long.MIN_VALUE;
    private double minValue = Double.MAX_VALUE;
    private double maxValue = -Double.MAX_VALUE;
    /** Where the plot starts: right of the widest tick label, measured in the chart's font. */
    private double left = 56;
    /** Where the plot starts from the top: below the unit when there is one. */
    private double top = 16;

    private TrajectoryChart(Indicator indicator, LocalDate asAt) {
        this.indicator = indicator;
        this.asAt = asAt;
    }

    /**
     * @param indicator an indicator
     * @param asAt      the date the model describes (drawn as a "today" line when in range)
     * @return an {@code svg} element (no XML declaration), or a short {@code p} when the
     *         indicator has nothing to draw
     */
    public static String svg(Indicator indicator, LocalDate asAt) {
        return new TrajectoryChart(indicator, asAt).draw();
    }

    private void include(LocalDate date, Double value) {
        if (date != null) {
            minDay = Math.min(minDay, date.toEpochDay());
            maxDay = Math.max(maxDay, date.toEpochDay());
        }
        if (value != null && !value.isNaN() && !value.isInfinite()) {
            minValue = Math.min(minValue, value.doubleValue());
            maxValue = Math.max(maxValue, value.doubleValue());
        }
    }

    private String draw() {
        List<TrajectoryPoint> planned = new ArrayList<>();
        if (indicator.getTrajectory() != null) {
            for (TrajectoryPoint point : indicator.getTrajectory().getPoints()) {
                if (point.getDate() != null && point.getValue() != null) {
                    planned.add(point);
                }
            }
        }
        planned.sort(Comparator.comparing(TrajectoryPoint::getDate));
        // The total series: a delivery unit's values are its part, not the indicator's.
        List<Observation> actual = new ArrayList<>(Trajectories.observations(indicator, asAt == null ? LocalDate.MAX : asAt));
        List<Target> targets = indicator.getTargets().stream().filter(t -> t.getDate() != null && t.getValue() != null).toList();
        double tolerance = Trajectories.tolerance(indicator);
        planned.forEach(p -> {
            include(p.getDate(), Double.valueOf(p.getValue().doubleValue() + tolerance));
            include(null, Double.valueOf(p.getValue().doubleValue() - tolerance));
        });
        actual.forEach(o -> include(o.getDate(), o.getValue()));
        targets.forEach(t -> include(t.getDate(), t.getValue()));
        if (indicator.getBaseline() != null) {
            include(indicator.getBaseline().getDate(), indicator.getBaseline().getValue());
        }
        OnTrack.Answer answer = OnTrack.of(indicator, asAt == null ? LocalDate.MAX : asAt);
        Target last = answer.target();
        OnTrack.Forecast forecast = actual.isEmpty() ? null : answer.forecast();
        if (forecast != null) {
            include(null, Double.valueOf(forecast.low()));
            include(null, Double.valueOf(forecast.high()));
        }
        if (minDay == Long.MAX_VALUE || minValue == Double.MAX_VALUE || planned.isEmpty() && actual.isEmpty()) {
            return "<p class=\"no-chart\">" + Markup.escape(Messages.chart_nothing) + "</p>"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (maxDay == minDay) {
            minDay -= 30;
            maxDay += 30;
        }
        double span = maxValue - minValue;
        double pad = span == 0 ? Math.max(1, Math.abs(maxValue) * 0.1) : span * 0.08;
        minValue -= pad;
        maxValue += pad;
        if (minValue > 0 && minValue < span) {
            minValue = 0;
        }
        layOutAxes();
        String title = Messages.bind(Messages.chart_title, indicator.getName() == null ? "" : indicator.getName()); //$NON-NLS-1$
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(num(WIDTH)).append("\" height=\"") //$NON-NLS-1$ //$NON-NLS-2$
                .append(num(HEIGHT)).append("\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ').append(num(HEIGHT)) //$NON-NLS-1$
                .append("\" role=\"img\" font-family=\"").append(Typeface.CSS_FAMILY).append("\" font-size=\"").append(FONT_SIZE) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\"><title>") //$NON-NLS-1$
                .append(Markup.escape(title)).append("</title>"); //$NON-NLS-1$
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(HEIGHT)) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\" fill=\"#ffffff\"/>"); //$NON-NLS-1$
        axes();
        if (!planned.isEmpty() && tolerance > 0) {
            StringBuilder band = new StringBuilder();
            for (TrajectoryPoint p : planned) {
                band.append(band.isEmpty() ? "" : " ").append(num(x(p.getDate()))).append(',').append(num(y(p.getValue() + tolerance))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (int i = planned.size() - 1; i >= 0; i--) {
                TrajectoryPoint p = planned.get(i);
                band.append(' ').append(num(x(p.getDate()))).append(',').append(num(y(p.getValue() - tolerance)));
            }
            svg.append("<polygon class=\"tolerance\" points=\"").append(band).append("\" fill=\"").append(PLANNED) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" fill-opacity=\"0.15\" stroke=\"none\"/>"); //$NON-NLS-1$
        }
        if (!planned.isEmpty()) {
            polyline("planned", planned.stream().map(p -> new double[] { x(p.getDate()), y(p.getValue()) }).toList(), PLANNED, //$NON-NLS-1$
                    " stroke-dasharray=\"6 3\""); //$NON-NLS-1$
        }
        if (forecast != null) {
            Observation latest = actual.get(actual.size() - 1);
            polyline("trend", List.of(new double[] { x(latest.getDate()), y(latest.getValue()) }, //$NON-NLS-1$
                    new double[] { x(last.getDate()), y(forecast.value()) }), TREND, " stroke-dasharray=\"2 3\""); //$NON-NLS-1$
            double tx = x(last.getDate());
            svg.append("<line class=\"forecast-range\" x1=\"").append(num(tx)).append("\" y1=\"").append(num(y(forecast.low()))) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" x2=\"").append(num(tx)).append("\" y2=\"").append(num(y(forecast.high()))) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" stroke=\"").append(TREND).append("\" stroke-width=\"4\" stroke-opacity=\"0.35\"><title>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Markup.escape(answer.outlookSentence())).append("</title></line>"); //$NON-NLS-1$
        }
        if (!actual.isEmpty()) {
            polyline("actual", actual.stream().map(o -> new double[] { x(o.getDate()), y(o.getValue()) }).toList(), ACTUAL, ""); //$NON-NLS-1$ //$NON-NLS-2$
            for (Observation o : actual) {
                svg.append("<circle cx=\"").append(num(x(o.getDate()))).append("\" cy=\"").append(num(y(o.getValue()))) //$NON-NLS-1$ //$NON-NLS-2$
                        .append("\" r=\"3\" fill=\"").append(ACTUAL).append("\"><title>").append(o.getDate()).append(": ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(Markup.escape(Labels.number(o.getValue()))).append("</title></circle>"); //$NON-NLS-1$
            }
        }
        if (indicator.getBaseline() != null && indicator.getBaseline().getDate() != null && indicator.getBaseline().getValue() != null) {
            svg.append("<rect x=\"").append(num(x(indicator.getBaseline().getDate()) - 4)).append("\" y=\"") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(num(y(indicator.getBaseline().getValue()) - 4)).append("\" width=\"8\" height=\"8\" fill=\"#909497\"><title>") //$NON-NLS-1$
                    .append(Markup.escape(Messages.chart_baseline)).append("</title></rect>"); //$NON-NLS-1$
        }
        for (Target t : targets) {
            double tx = x(t.getDate());
            double ty = y(t.getValue());
            svg.append("<polygon class=\"target\" points=\"").append(num(tx)).append(',').append(num(ty - 6)).append(' ') //$NON-NLS-1$
                    .append(num(tx + 6)).append(',').append(num(ty)).append(' ').append(num(tx)).append(',').append(num(ty + 6)).append(' ')
                    .append(num(tx - 6)).append(',').append(num(ty)).append("\" fill=\"").append(TARGET).append("\"><title>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Markup.escape(Messages.chart_target + " " + t.getDate() + ": " + Labels.number(t.getValue()))) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("</title></polygon>"); //$NON-NLS-1$
        }
        if (asAt != null && asAt.toEpochDay() >= minDay && asAt.toEpochDay() <= maxDay) {
            double ax = x(asAt);
            svg.append("<line x1=\"").append(num(ax)).append("\" y1=\"").append(num(top)).append("\" x2=\"").append(num(ax)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" y2=\"").append(num(HEIGHT - BOTTOM)).append("\" stroke=\"#909497\" stroke-dasharray=\"1 3\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        legend(forecast != null);
        svg.append("</svg>"); //$NON-NLS-1$
        return svg.toString();
    }

    private void axes() {
        double bottom = HEIGHT - BOTTOM;
        svg.append("<g class=\"axes\" stroke=\"#d5d8dc\" stroke-width=\"1\">"); //$NON-NLS-1$
        for (int i = 0; i <= 4; i++) {
            double v = minValue + (maxValue - minValue) * i / 4;
            svg.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(y(v))).append("\" x2=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(num(WIDTH - RIGHT)).append("\" y2=\"").append(num(y(v))).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        svg.append("</g><g class=\"ticks\" fill=\"#566573\">"); //$NON-NLS-1$
        String unit = indicator.getUnit() == null ? "" : indicator.getUnit(); //$NON-NLS-1$
        for (int i = 0; i <= 4; i++) {
            double v = minValue + (maxValue - minValue) * i / 4;
            svg.append("<text x=\"").append(num(left - 6)).append("\" y=\"").append(num(y(v) + 4)).append("\" text-anchor=\"end\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(Markup.escape(tick(i))).append("</text>"); //$NON-NLS-1$
        }
        if (!unit.isEmpty()) {
            // On a line of its own above the top tick label, never over it.
            svg.append("<text class=\"unit\" x=\"4\" y=\"").append(num(FONT_SIZE + 1)).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Markup.escape(fit(unit, WIDTH - 8))).append("</text>"); //$NON-NLS-1$
        }
        LocalDate from = LocalDate.ofEpochDay(minDay);
        LocalDate to = LocalDate.ofEpochDay(maxDay);
        int years = to.getYear() - from.getYear();
        int step = years > 12 ? (years + 9) / 10 : 1;
        for (int year = from.getYear() + 1; year <= to.getYear(); year += step) {
            LocalDate tick = LocalDate.of(year, 1, 1);
            svg.append("<line x1=\"").append(num(x(tick))).append("\" y1=\"").append(num(bottom)).append("\" x2=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(num(x(tick))).append("\" y2=\"").append(num(bottom + 4)).append("\" stroke=\"#566573\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
            svg.append("<text x=\"").append(num(x(tick))).append("\" y=\"").append(num(bottom + 16)) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" text-anchor=\"middle\">").append(year).append("</text>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (years == 0) {
            svg.append("<text x=\"").append(num(left)).append("\" y=\"").append(num(bottom + 16)).append("\">").append(from) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("</text><text x=\"").append(num(WIDTH - RIGHT)).append("\" y=\"").append(num(bottom + 16)) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" text-anchor=\"end\">").append(to).append("</text>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        svg.append("</g><line x1=\"").append(num(left)).append("\" y1=\"").append(num(bottom)).append("\" x2=\"").append(num(WIDTH - RIGHT)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("\" y2=\"").append(num(bottom)).append("\" stroke=\"#566573\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void legend(boolean trend) {
        double y = HEIGHT - 18;
        double x = left;
        x = legendLine(x, y, PLANNED, " stroke-dasharray=\"6 3\"", Messages.chart_planned); //$NON-NLS-1$
        x = legendLine(x, y, ACTUAL, "", Messages.chart_actual); //$NON-NLS-1$
        if (trend) {
            x = legendLine(x, y, TREND, " stroke-dasharray=\"2 3\"", Messages.chart_trend); //$NON-NLS-1$
        }
        svg.append("<polygon points=\"").append(num(x + 6)).append(',').append(num(y - 10)).append(' ').append(num(x + 12)).append(',') //$NON-NLS-1$
                .append(num(y - 4)).append(' ').append(num(x + 6)).append(',').append(num(y + 2)).append(' ').append(num(x)).append(',')
                .append(num(y - 4)).append("\" fill=\"").append(TARGET).append("\"/><text x=\"").append(num(x + 18)).append("\" y=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(num(y)).append("\" fill=\"#1c2833\">").append(Markup.escape(Messages.chart_target)).append("</text>"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private double legendLine(double x, double y, String colour, String dash, String label) {
        svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y - 4)).append("\" x2=\"").append(num(x + 24)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("\" y2=\"").append(num(y - 4)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"").append(dash) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("/><text x=\"").append(num(x + 30)).append("\" y=\"").append(num(y)).append("\" fill=\"#1c2833\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(Markup.escape(label)).append("</text>"); //$NON-NLS-1$
        return x + 30 + TextMetrics.width(label, FONT_SIZE, false) + 12;
    }

    private void polyline(String kind, List<double[]> points, String colour, String dash) {
        svg.append("<polyline class=\"").append(kind).append("\" fill=\"none\" stroke=\"").append(colour) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\" stroke-width=\"2\"").append(dash).append(" points=\""); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(num(points.get(i)[0])).append(',').append(num(points.get(i)[1])); //$NON-NLS-1$ //$NON-NLS-2$
        }
        svg.append("\"/>"); //$NON-NLS-1$
    }

    private double x(LocalDate date) {
        return left + (WIDTH - left - RIGHT) * (date.toEpochDay() - minDay) / (double) (maxDay - minDay);
    }

    private double y(double value) {
        return top + (HEIGHT - top - BOTTOM) * (maxValue - value) / (maxValue - minValue);
    }

    /** The tick labels' widths in the chart's font decide where the plot starts; a unit takes a line above. */
    private void layOutAxes() {
        double widest = 0;
        for (int i = 0; i <= 4; i++) {
            widest = Math.max(widest, TextMetrics.width(tick(i), FONT_SIZE, false));
        }
        left = Math.max(40, Math.ceil(widest) + 12);
        top = indicator.getUnit() == null || indicator.getUnit().isEmpty() ? 16 : 16 + UNIT_LINE;
    }

    private String tick(int i) {
        double v = minValue + (maxValue - minValue) * i / 4;
        return Labels.number(Math.round(v * 10) / 10.0);
    }

    /** The text, shortened with an ellipsis to fit the width in the chart's font. */
    private static String fit(String text, double width) {
        if (TextMetrics.width(text, FONT_SIZE, false) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && TextMetrics.width(text.substring(0, end) + "\u2026", FONT_SIZE, false) > width) { //$NON-NLS-1$
            end--;
        }
        return text.substring(0, end) + "\u2026"; //$NON-NLS-1$
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

    private static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e9) {
            return Long.toString((long) rounded);
        }
        return Double.toString(rounded);
    }
}
