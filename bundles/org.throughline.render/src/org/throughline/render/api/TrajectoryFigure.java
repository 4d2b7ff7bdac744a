// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.api;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.throughline.analysis.api.OnTrack;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Target;
import org.throughline.model.TrajectoryPoint;
import org.throughline.model.api.Trajectories;
import org.throughline.render.api.Drawing.Anchor;
import org.throughline.render.api.Drawing.Ellipse;
import org.throughline.render.api.Drawing.Fill;
import org.throughline.render.api.Drawing.Font;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.LineTo;
import org.throughline.render.api.Drawing.MoveTo;
import org.throughline.render.api.Drawing.Path;
import org.throughline.render.api.Drawing.Rectangle;
import org.throughline.render.api.Drawing.Segment;
import org.throughline.render.api.Drawing.Stroke;
import org.throughline.render.api.Drawing.Text;
import org.throughline.render.internal.Messages;

/**
 * An indicator's trajectory chart as drawing commands, the one drawing that the workbench paints,
 * the HTML report writes as SVG and the PDF pack embeds: the planned trajectory with its tolerance
 * band, the actuals known at the as-at date (an estimate as an open dot), the baseline, the
 * targets, the as-at line and, for a target still to come, {@link OnTrack}'s forecast with its
 * range, under a legend. Text is measured in the chart's font, so tick labels and the unit never
 * run over the plot or out of the chart.
 *
 * <p>Groups by role: {@code chart} (frame, grid, ticks, unit, legend), {@code tolerance} and
 * {@code planned}, {@code actual} (the line), {@code observation} (one per actual, its date and
 * value as tooltip), {@code baseline}, {@code target}, {@code trend} (the forecast).
 *
 * @since 0.2
 */
public final class TrajectoryFigure {

    /** The size of the chart's text, in pixels. */
    public static final int FONT_SIZE = 11;
    static final String PLANNED = "#2e86c1"; //$NON-NLS-1$
    static final String ACTUAL = "#1c2833"; //$NON-NLS-1$
    static final String TARGET = "#b03a2e"; //$NON-NLS-1$
    static final String TREND = "#7d3c98"; //$NON-NLS-1$
    private static final String GRID = "#d5d8dc"; //$NON-NLS-1$
    private static final String MUTED = "#566573"; //$NON-NLS-1$
    private static final String BASELINE = "#909497"; //$NON-NLS-1$
    private static final String WHITE = "#ffffff"; //$NON-NLS-1$
    private static final double RIGHT = 16;
    /** Room under the plot for the years and the legend. */
    private static final double BOTTOM = 50;
    /** Room above the plot for the unit, which stands over the tick labels. */
    private static final double UNIT_LINE = 16;
    private static final int VALUE_TICKS = 4;
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal
            .withInitial(() -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK))); //$NON-NLS-1$

    private final Indicator indicator;
    private final LocalDate asAt;
    private final double width;
    private final double height;
    private final List<Drawing> drawings = new ArrayList<>();
    private long minDay = Long.MAX_VALUE;
    private long maxDay = Long.MIN_VALUE;
    private double minValue = Double.MAX_VALUE;
    private double maxValue = -Double.MAX_VALUE;
    private double left = 40;
    private double top = 16;

    private TrajectoryFigure(Indicator indicator, LocalDate asAt, double width, double height) {
        this.indicator = indicator;
        this.asAt = asAt;
        this.width = Math.max(width, 200);
        this.height = Math.max(height, 140);
    }

    /**
     * @param indicator an indicator
     * @param asAt      the date the chart describes: actuals after it are left out, the forecast
     *                  is made from it, and a dotted line marks it; {@code null} for all actuals
     *                  and no line
     * @param width     the chart's width in pixels (at least 200)
     * @param height    the chart's height in pixels (at least 140)
     * @return the chart: its drawing commands on a page of that size, or a page that says there
     *         is nothing to chart
     */
    public static DisplayList of(Indicator indicator, LocalDate asAt, double width, double height) {
        TrajectoryFigure figure = new TrajectoryFigure(indicator, asAt, width, height);
        figure.draw();
        return new DisplayList(figure.width, figure.height, new Point(0, 0), figure.drawings);
    }

    /**
     * @param figure a chart made by {@link #of}
     * @return whether it shows nothing but the sentence that there is nothing to chart
     */
    public static boolean isEmpty(DisplayList figure) {
        return figure.drawings().stream().noneMatch(d -> d instanceof Group g && !g.role().equals("chart")); //$NON-NLS-1$
    }

    /**
     * @param value a value on the chart
     * @return it as the chart writes it: thousands separated, at most two decimals
     */
    public static String number(double value) {
        return NUMBER.get().format(value);
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

    private void draw() {
        LocalDate known = asAt == null ? LocalDate.MAX : asAt;
        List<TrajectoryPoint> planned = new ArrayList<>();
        if (indicator.getTrajectory() != null) {
            indicator.getTrajectory().getPoints().stream().filter(p -> p.getDate() != null && p.getValue() != null).forEach(planned::add);
        }
        planned.sort(Comparator.comparing(TrajectoryPoint::getDate));
        // The total series: a delivery unit's values are its part, not the indicator's.
        List<Observation> actual = Trajectories.observations(indicator, known);
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
        OnTrack.Answer answer = OnTrack.of(indicator, known);
        OnTrack.Forecast forecast = actual.isEmpty() || answer.target() == null ? null : answer.forecast();
        if (forecast != null) {
            include(null, Double.valueOf(forecast.low()));
            include(null, Double.valueOf(forecast.high()));
        }
        List<Drawing> frame = new ArrayList<>();
        frame.add(new Rectangle(0, 0, width, height, 0, new Fill(WHITE), null));
        if (minDay == Long.MAX_VALUE || minValue == Double.MAX_VALUE || planned.isEmpty() && actual.isEmpty()) {
            frame.add(new Text(List.of(Messages.chart_nothing), width / 2, height / 2, TextMetrics.lineHeight(FONT_SIZE),
                    new Font(FONT_SIZE, false), MUTED, Anchor.MIDDLE));
            drawings.add(new Group("chart", "", "", frame)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        scale();
        axes(frame);
        legend(frame, forecast != null);
        drawings.add(new Group("chart", "", "", frame)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        planned(planned, tolerance);
        if (forecast != null) {
            trend(actual.get(actual.size() - 1), answer.target(), forecast, answer.outlookSentence());
        }
        observations(actual);
        if (indicator.getBaseline() != null && indicator.getBaseline().getDate() != null && indicator.getBaseline().getValue() != null) {
            double x = x(indicator.getBaseline().getDate());
            double y = y(indicator.getBaseline().getValue());
            drawings.add(new Group("baseline", "", Messages.chart_baseline, //$NON-NLS-1$ //$NON-NLS-2$
                    List.of(new Rectangle(x - 4, y - 4, 8, 8, 0, new Fill(BASELINE), null))));
        }
        for (Target target : targets) {
            drawings.add(new Group("target", "", //$NON-NLS-1$ //$NON-NLS-2$
                    Messages.bind(Messages.chart_targetOn, target.getDate(), number(target.getValue())),
                    List.of(diamond(x(target.getDate()), y(target.getValue()), 6))));
        }
        if (asAt != null && asAt.toEpochDay() >= minDay && asAt.toEpochDay() <= maxDay) {
            double x = x(asAt);
            drawings.add(new Group("as-at", "", Messages.bind(Messages.chart_asAt, asAt), //$NON-NLS-1$ //$NON-NLS-2$
                    List.of(line(x, top, x, height - BOTTOM, new Stroke(BASELINE, 1, dashes(1, 3), false)))));
        }
    }

    /** Pads the values' range, starts it at zero when that is near, and finds where the plot starts. */
    private void scale() {
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
        double widest = 0;
        for (int i = 0; i <= VALUE_TICKS; i++) {
            widest = Math.max(widest, TextMetrics.width(tick(i), FONT_SIZE, false));
        }
        left = Math.max(40, Math.ceil(widest) + 12);
        top = indicator.getUnit() == null || indicator.getUnit().isBlank() ? 16 : 16 + UNIT_LINE;
    }

    private void axes(List<Drawing> frame) {
        double bottom = height - BOTTOM;
        Stroke grid = new Stroke(GRID, 1);
        for (int i = 0; i <= VALUE_TICKS; i++) {
            double y = y(minValue + (maxValue - minValue) * i / VALUE_TICKS);
            frame.add(line(left, y, width - RIGHT, y, grid));
            String label = tick(i);
            // Right-aligned against the plot: it starts its own width left of it.
            frame.add(text(label, left - 6 - TextMetrics.width(label, FONT_SIZE, false), y + 4, MUTED, Anchor.START));
        }
        String unit = indicator.getUnit() == null ? "" : indicator.getUnit().strip(); //$NON-NLS-1$
        if (!unit.isEmpty()) {
            // On a line of its own above the top tick label, never over it.
            frame.add(new Group("unit", "", "", List.of(text(fit(unit, width - 8), 4, FONT_SIZE + 1, MUTED, Anchor.START)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        LocalDate from = LocalDate.ofEpochDay(minDay);
        LocalDate to = LocalDate.ofEpochDay(maxDay);
        int years = to.getYear() - from.getYear();
        int step = years > 12 ? (years + 9) / 10 : 1;
        Stroke axis = new Stroke(MUTED, 1);
        for (int year = from.getYear() + 1; year <= to.getYear(); year += step) {
            double x = x(LocalDate.of(year, 1, 1));
            frame.add(line(x, bottom, x, bottom + 4, axis));
            frame.add(text(Integer.toString(year), x, bottom + 16, MUTED, Anchor.MIDDLE));
        }
        if (years == 0) {
            frame.add(text(from.toString(), left, bottom + 16, MUTED, Anchor.START));
            String last = to.toString();
            frame.add(text(last, width - RIGHT - TextMetrics.width(last, FONT_SIZE, false), bottom + 16, MUTED, Anchor.START));
        }
        frame.add(line(left, bottom, width - RIGHT, bottom, axis));
    }

    private void legend(List<Drawing> frame, boolean trend) {
        double y = height - 12;
        double x = left;
        x = legendLine(frame, x, y, new Stroke(PLANNED, 2, dashes(6, 3), false), Messages.chart_planned);
        x = legendLine(frame, x, y, new Stroke(ACTUAL, 2), Messages.chart_actual);
        frame.add(new Ellipse(x, y - 8, 7, 7, new Fill(WHITE), new Stroke(ACTUAL, 1.5)));
        frame.add(text(Messages.chart_estimated, x + 11, y, ACTUAL, Anchor.START));
        x += 11 + TextMetrics.width(Messages.chart_estimated, FONT_SIZE, false) + 12;
        if (trend) {
            x = legendLine(frame, x, y, new Stroke(TREND, 2, dashes(2, 3), false), Messages.chart_trend);
        }
        frame.add(diamond(x + 6, y - 4, 6));
        frame.add(text(Messages.chart_target, x + 18, y, ACTUAL, Anchor.START));
    }

    private static double legendLine(List<Drawing> frame, double x, double y, Stroke stroke, String label) {
        frame.add(line(x, y - 4, x + 24, y - 4, stroke));
        frame.add(text(label, x + 30, y, ACTUAL, Anchor.START));
        return x + 30 + TextMetrics.width(label, FONT_SIZE, false) + 12;
    }

    private void planned(List<TrajectoryPoint> planned, double tolerance) {
        if (planned.isEmpty()) {
            return;
        }
        if (tolerance > 0 && planned.size() > 1) {
            List<Segment> band = new ArrayList<>();
            for (TrajectoryPoint p : planned) {
                band.add(point(band.isEmpty(), x(p.getDate()), y(p.getValue() + tolerance)));
            }
            for (int i = planned.size() - 1; i >= 0; i--) {
                band.add(new LineTo(x(planned.get(i).getDate()), y(planned.get(i).getValue() - tolerance)));
            }
            drawings.add(new Group("tolerance", "", "", List.of(new Path(band, true, new Fill(PLANNED, 0.15), null)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<Segment> line = new ArrayList<>();
        for (TrajectoryPoint p : planned) {
            line.add(point(line.isEmpty(), x(p.getDate()), y(p.getValue())));
        }
        MoveTo first = (MoveTo) line.get(0);
        Drawing drawn = line.size() == 1 ? new Ellipse(first.x() - 3, first.y() - 3, 6, 6, new Fill(PLANNED), null)
                : new Path(line, false, null, new Stroke(PLANNED, 2, dashes(6, 3), false));
        drawings.add(new Group("planned", "", Messages.chart_planned, List.of(drawn))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void trend(Observation latest, Target target, OnTrack.Forecast forecast, String sentence) {
        double x = x(target.getDate());
        drawings.add(new Group("trend", "", sentence, List.of( //$NON-NLS-1$ //$NON-NLS-2$
                line(x(latest.getDate()), y(latest.getValue()), x, y(forecast.value()),
                        new Stroke(TREND, 2, dashes(2, 3), false)),
                line(x, y(forecast.low()), x, y(forecast.high()), new Stroke(TREND, 4)))));
    }

    private void observations(List<Observation> actual) {
        if (actual.size() > 1) {
            List<Segment> line = new ArrayList<>();
            for (Observation o : actual) {
                line.add(point(line.isEmpty(), x(o.getDate()), y(o.getValue())));
            }
            drawings.add(new Group("actual", "", Messages.chart_actual, List.of(new Path(line, false, null, new Stroke(ACTUAL, 2))))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Observation o : actual) {
            boolean estimate = Trajectories.estimated(o);
            String tooltip = Messages.bind(estimate ? Messages.chart_estimatedOn : Messages.chart_actualOn, o.getDate(),
                    number(o.getValue()));
            drawings.add(new Group("observation", "", tooltip, List.of(new Ellipse(x(o.getDate()) - 3.5, y(o.getValue()) - 3.5, 7, 7, //$NON-NLS-1$ //$NON-NLS-2$
                    new Fill(estimate ? WHITE : ACTUAL), new Stroke(ACTUAL, 1.5)))));
        }
    }

    private static List<Double> dashes(double on, double off) {
        return List.of(Double.valueOf(on), Double.valueOf(off));
    }

    private static Segment point(boolean first, double x, double y) {
        return first ? new MoveTo(x, y) : new LineTo(x, y);
    }

    private static Path line(double x1, double y1, double x2, double y2, Stroke stroke) {
        return new Path(List.of(new MoveTo(x1, y1), new LineTo(x2, y2)), false, null, stroke);
    }

    private static Path diamond(double x, double y, double r) {
        return new Path(List.of(new MoveTo(x, y - r), new LineTo(x + r, y), new LineTo(x, y + r), new LineTo(x - r, y)), true,
                new Fill(TARGET), null);
    }

    private static Text text(String line, double x, double y, String colour, Anchor anchor) {
        return new Text(List.of(line), x, y, TextMetrics.lineHeight(FONT_SIZE), new Font(FONT_SIZE, false), colour, anchor);
    }

    private double x(LocalDate date) {
        return left + (width - left - RIGHT) * (date.toEpochDay() - minDay) / (double) (maxDay - minDay);
    }

    private double y(double value) {
        return top + (height - top - BOTTOM) * (maxValue - value) / (maxValue - minValue);
    }

    private String tick(int i) {
        double v = minValue + (maxValue - minValue) * i / VALUE_TICKS;
        return number(Math.round(v * 10) / 10.0);
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
}
