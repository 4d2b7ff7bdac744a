// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Target;
import org.throughline.model.TrajectoryPoint;
import org.throughline.render.api.Drawing;
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
import org.throughline.ui.editor.internal.properties.ObservationsTable;

/**
 * An indicator's trajectory chart as the render bundle's drawing commands, drawn on SWT by
 * {@link CanvasPainter} as the diagram is: the planned line with its tolerance band, the baseline,
 * the targets, the observations (an estimate as an open dot), the as-at date, value and date
 * ticks and a legend. Decides the picture only; it draws nothing itself.
 */
public final class TrajectoryDrawing {

    static final String PLANNED = "#2e86c1"; //$NON-NLS-1$
    static final String ACTUAL = "#1c2833"; //$NON-NLS-1$
    static final String TARGET = "#b03a2e"; //$NON-NLS-1$
    private static final String GRID = "#d5d8dc"; //$NON-NLS-1$
    private static final String MUTED = "#5d6d7e"; //$NON-NLS-1$
    private static final int FONT = 11;
    private static final double LEFT = 52;
    private static final double RIGHT = 14;
    private static final double TOP = 22;
    private static final double BOTTOM = 40;
    private static final int VALUE_TICKS = 4;

    private final List<Drawing> drawings = new ArrayList<>();
    private final double width;
    private final double height;
    private long minDay = Long.MAX_VALUE;
    private long maxDay = Long.MIN_VALUE;
    private double minValue = Double.MAX_VALUE;
    private double maxValue = -Double.MAX_VALUE;

    private TrajectoryDrawing(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /**
     * @param indicator an indicator
     * @param asAt      the date the model describes, or {@code null}
     * @param width     the chart's width in pixels
     * @param height    the chart's height in pixels
     * @return the chart's drawing commands: a group {@code chart} of the frame, ticks and legend,
     *         and groups {@code planned}, {@code target} and {@code observation} for what is plotted
     */
    public static List<Drawing> of(Indicator indicator, LocalDate asAt, double width, double height) {
        return new TrajectoryDrawing(Math.max(width, 160), Math.max(height, 120)).draw(indicator, asAt);
    }

    private void include(LocalDate date, Double value) {
        if (date == null || value == null || value.isNaN() || value.isInfinite()) {
            return;
        }
        minDay = Math.min(minDay, date.toEpochDay());
        maxDay = Math.max(maxDay, date.toEpochDay());
        minValue = Math.min(minValue, value.doubleValue());
        maxValue = Math.max(maxValue, value.doubleValue());
    }

    private List<Drawing> draw(Indicator indicator, LocalDate asAt) {
        List<TrajectoryPoint> planned = new ArrayList<>();
        double tolerance = 0;
        if (indicator.getTrajectory() != null) {
            planned.addAll(indicator.getTrajectory().getPoints().stream().filter(p -> p.getDate() != null && p.getValue() != null)
                    .sorted(Comparator.comparing(TrajectoryPoint::getDate)).toList());
            Double t = indicator.getTrajectory().getTolerance();
            tolerance = t == null || t.isNaN() ? 0 : Math.abs(t.doubleValue());
        }
        List<Observation> observed = indicator.getObservations().stream().filter(o -> o.getDate() != null && o.getValue() != null)
                .sorted(Comparator.comparing(Observation::getDate)).toList();
        List<Target> targets = indicator.getTargets().stream().filter(t -> t.getDate() != null && t.getValue() != null).toList();
        for (TrajectoryPoint p : planned) {
            include(p.getDate(), p.getValue() + tolerance);
            include(p.getDate(), p.getValue() - tolerance);
        }
        observed.forEach(o -> include(o.getDate(), o.getValue()));
        targets.forEach(t -> include(t.getDate(), t.getValue()));
        if (indicator.getBaseline() != null) {
            include(indicator.getBaseline().getDate(), indicator.getBaseline().getValue());
        }
        List<Drawing> frame = new ArrayList<>();
        frame.add(new Rectangle(0, 0, width, height, 0, new Fill("#ffffff"), new Stroke(GRID, 1))); //$NON-NLS-1$
        if (minDay == Long.MAX_VALUE) {
            frame.add(text(Messages.trajectory_empty, width / 2, height / 2, MUTED, Anchor.MIDDLE));
            drawings.add(new Group("chart", "", "", frame)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return drawings;
        }
        if (maxDay == minDay) {
            minDay -= 30;
            maxDay += 30;
        }
        double spread = maxValue - minValue;
        double pad = spread == 0 ? Math.max(1, Math.abs(maxValue) * 0.1) : spread * 0.08;
        minValue -= pad;
        maxValue += pad;
        ticks(frame, indicator.getUnit());
        if (asAt != null && asAt.toEpochDay() >= minDay && asAt.toEpochDay() <= maxDay) {
            double x = x(asAt);
            frame.add(new Path(List.of(new MoveTo(x, TOP), new LineTo(x, height - BOTTOM)), false, null,
                    new Stroke(MUTED, 1, List.of(Double.valueOf(4), Double.valueOf(3)), false)));
            frame.add(text(Messages.trajectory_asAt, x + 3, TOP + FONT, MUTED, Anchor.START));
        }
        legend(frame);
        drawings.add(new Group("chart", "", "", frame)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        planned(planned, tolerance);
        if (indicator.getBaseline() != null && indicator.getBaseline().getDate() != null && indicator.getBaseline().getValue() != null) {
            double x = x(indicator.getBaseline().getDate());
            double y = y(indicator.getBaseline().getValue());
            drawings.add(new Group("baseline", "", Messages.trajectory_baseline, List.of( //$NON-NLS-1$ //$NON-NLS-2$
                    new Rectangle(x - 3.5, y - 3.5, 7, 7, 0, new Fill(MUTED), null))));
        }
        for (Target target : targets) {
            double x = x(target.getDate());
            double y = y(target.getValue());
            drawings.add(new Group("target", "", Messages.trajectory_target, List.of(diamond(x, y, 5.5, new Fill(TARGET))))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        observations(observed);
        return drawings;
    }

    private void planned(List<TrajectoryPoint> planned, double tolerance) {
        if (planned.isEmpty()) {
            return;
        }
        List<Drawing> content = new ArrayList<>();
        if (tolerance > 0 && planned.size() > 1) {
            List<Segment> band = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) {
                TrajectoryPoint p = planned.get(i);
                double x = x(p.getDate());
                double y = y(p.getValue() + tolerance);
                band.add(i == 0 ? new MoveTo(x, y) : new LineTo(x, y));
            }
            for (int i = planned.size() - 1; i >= 0; i--) {
                TrajectoryPoint p = planned.get(i);
                band.add(new LineTo(x(p.getDate()), y(p.getValue() - tolerance)));
            }
            content.add(new Path(band, true, new Fill(PLANNED, 0.15), null));
        }
        List<Segment> line = new ArrayList<>();
        for (TrajectoryPoint p : planned) {
            line.add(line.isEmpty() ? new MoveTo(x(p.getDate()), y(p.getValue())) : new LineTo(x(p.getDate()), y(p.getValue())));
        }
        if (line.size() == 1) {
            MoveTo only = (MoveTo) line.get(0);
            content.add(new Ellipse(only.x() - 3, only.y() - 3, 6, 6, new Fill(PLANNED), null));
        } else {
            content.add(new Path(line, false, null, new Stroke(PLANNED, 2)));
        }
        drawings.add(new Group("planned", "", Messages.trajectory_planned, content)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void observations(List<Observation> observed) {
        if (observed.size() > 1) {
            List<Segment> line = new ArrayList<>();
            for (Observation o : observed) {
                line.add(line.isEmpty() ? new MoveTo(x(o.getDate()), y(o.getValue())) : new LineTo(x(o.getDate()), y(o.getValue())));
            }
            drawings.add(new Group("actual", "", Messages.trajectory_actual, //$NON-NLS-1$ //$NON-NLS-2$
                    List.of(new Path(line, false, null, new Stroke(ACTUAL, 1.5)))));
        }
        for (Observation o : observed) {
            double x = x(o.getDate());
            double y = y(o.getValue());
            boolean estimate = ObservationsTable.estimated(o);
            drawings.add(new Group("observation", "", o.getDate() + ": " + number(o.getValue()), List.of( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    new Ellipse(x - 3.5, y - 3.5, 7, 7, new Fill(estimate ? "#ffffff" : ACTUAL), new Stroke(ACTUAL, 1.5))))); //$NON-NLS-1$
        }
    }

    private void ticks(List<Drawing> frame, String unit) {
        double bottom = height - BOTTOM;
        for (int i = 0; i <= VALUE_TICKS; i++) {
            double value = minValue + (maxValue - minValue) * i / VALUE_TICKS;
            double y = y(value);
            frame.add(new Path(List.of(new MoveTo(LEFT, y), new LineTo(width - RIGHT, y)), false, null, new Stroke(GRID, 1)));
            frame.add(text(number(value), 4, y + 4, MUTED, Anchor.START));
        }
        frame.add(new Path(List.of(new MoveTo(LEFT, TOP), new LineTo(LEFT, bottom), new LineTo(width - RIGHT, bottom)), false, null,
                new Stroke(MUTED, 1)));
        if (unit != null && !unit.isBlank()) {
            frame.add(text(unit.strip(), 4, TOP - 8, MUTED, Anchor.START));
        }
        LocalDate first = LocalDate.ofEpochDay(minDay);
        LocalDate last = LocalDate.ofEpochDay(maxDay);
        frame.add(text(first.toString(), LEFT, bottom + 14, MUTED, Anchor.START));
        frame.add(text(last.toString(), width - RIGHT - 66, bottom + 14, MUTED, Anchor.START));
        for (int year = first.getYear() + 1; year <= last.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1));
            if (x > LEFT + 80 && x < width - RIGHT - 90) {
                frame.add(new Path(List.of(new MoveTo(x, bottom), new LineTo(x, bottom + 4)), false, null, new Stroke(MUTED, 1)));
                frame.add(text(Integer.toString(year), x, bottom + 14, MUTED, Anchor.MIDDLE));
            }
        }
    }

    private void legend(List<Drawing> frame) {
        double y = height - 12;
        double x = LEFT;
        frame.add(new Rectangle(x, y - 7, 16, 8, 0, new Fill(PLANNED, 0.15), null));
        frame.add(new Path(List.of(new MoveTo(x, y - 3), new LineTo(x + 16, y - 3)), false, null, new Stroke(PLANNED, 2)));
        frame.add(text(Messages.trajectory_planned, x + 20, y, ACTUAL, Anchor.START));
        x += 24 + Messages.trajectory_planned.length() * 6.2;
        frame.add(new Ellipse(x + 4, y - 7, 7, 7, new Fill(ACTUAL), new Stroke(ACTUAL, 1.5)));
        frame.add(text(Messages.trajectory_actual, x + 15, y, ACTUAL, Anchor.START));
        x += 20 + Messages.trajectory_actual.length() * 6.2;
        frame.add(new Ellipse(x + 4, y - 7, 7, 7, new Fill("#ffffff"), new Stroke(ACTUAL, 1.5))); //$NON-NLS-1$
        frame.add(text(Messages.trajectory_estimated, x + 15, y, ACTUAL, Anchor.START));
        x += 20 + Messages.trajectory_estimated.length() * 6.2;
        frame.add(diamond(x + 7, y - 3.5, 5, new Fill(TARGET)));
        frame.add(text(Messages.trajectory_target, x + 15, y, ACTUAL, Anchor.START));
    }

    private static Path diamond(double x, double y, double r, Fill fill) {
        return new Path(List.of(new MoveTo(x, y - r), new LineTo(x + r, y), new LineTo(x, y + r), new LineTo(x - r, y)), true, fill, null);
    }

    private static Text text(String line, double x, double y, String colour, Anchor anchor) {
        return new Text(List.of(line), x, y, FONT + 2, new Font(FONT, false), colour, anchor);
    }

    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", Double.valueOf(rounded)); //$NON-NLS-1$
    }

    /** @return the x of a date */
    double x(LocalDate date) {
        return LEFT + (width - LEFT - RIGHT) * (date.toEpochDay() - minDay) / (double) (maxDay - minDay);
    }

    /** @return the y of a value */
    double y(double value) {
        return TOP + (height - TOP - BOTTOM) * (maxValue - value) / (maxValue - minValue);
    }
}
