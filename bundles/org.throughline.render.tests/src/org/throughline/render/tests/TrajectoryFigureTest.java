// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.OnTrack;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.model.Indicator;
import org.throughline.model.Polarity;
import org.throughline.model.Target;
import org.throughline.model.ThroughlineFactory;
import org.throughline.render.api.DisplayList;
import org.throughline.render.api.Drawing;
import org.throughline.render.api.Drawing.Ellipse;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.Text;
import org.throughline.render.api.SvgRenderer;
import org.throughline.render.api.TrajectoryFigure;
import org.throughline.testing.Indicators;

/**
 * An indicator's trajectory chart, the one drawing the workbench paints and the reports embed:
 * laid out from its measured labels (nothing cut off or drawn over), an estimate drawn open, and
 * the forecast that {@link OnTrack} makes, with its sentence.
 */
class TrajectoryFigureTest {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 270;

    private static Indicator indicator(String unit, double... values) {
        return Indicators.every4Months(unit, values);
    }

    private static List<Text> texts(List<Drawing> drawings, String role) {
        List<Text> texts = new ArrayList<>();
        for (Drawing drawing : drawings) {
            if (drawing instanceof Group group && group.role().equals(role)) {
                texts.addAll(texts(group.content(), role));
                group.content().stream().filter(Text.class::isInstance).map(Text.class::cast).forEach(texts::add);
            }
        }
        return texts;
    }

    private static List<Group> groups(DisplayList figure, String role) {
        return figure.drawings().stream().filter(d -> d instanceof Group g && g.role().equals(role)).map(Group.class::cast).toList();
    }

    @Test
    void wideTickLabelsStandRightAlignedLeftOfThePlotAndALongUnitAboveTheTopTick() {
        // Values in the hundreds of thousands: tick labels such as "1,234,567.8" are wide.
        DisplayList figure = TrajectoryFigure.of(indicator("patients per 100,000 people", 1_234_567.8, 987_654.3, 1_100_000), null, WIDTH,
                HEIGHT);
        Group chart = groups(figure, "chart").get(0);
        List<Text> ticks = chart.content().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> t.lines().get(0).matches("[0-9,.]+") && t.y() < HEIGHT - 50 + 10).toList(); // not the years below the axis
        assertEquals(5, ticks.size(), "five value ticks");
        double rightEdge = ticks.get(0).x() + TextMetrics.width(ticks.get(0).lines().get(0), TrajectoryFigure.FONT_SIZE, false);
        for (Text tick : ticks) {
            double width = TextMetrics.width(tick.lines().get(0), TrajectoryFigure.FONT_SIZE, false);
            assertTrue(tick.x() >= 0, "the tick label " + tick.lines() + " starts inside the chart: " + tick.x());
            assertEquals(rightEdge, tick.x() + width, 0.01, "the tick labels end at one right edge");
        }
        List<Text> unit = texts(chart.content(), "unit");
        assertEquals(1, unit.size(), "the unit is drawn once");
        double topTick = ticks.stream().mapToDouble(Text::y).min().orElseThrow();
        // Baselines at least a line of 11 px text apart: the unit's glyphs end above the top tick's.
        assertTrue(unit.get(0).y() <= topTick - 11,
                "the unit (baseline " + unit.get(0).y() + ") stands above the top tick (" + topTick + ")");
        assertTrue(unit.get(0).x() + TextMetrics.width(unit.get(0).lines().get(0), 11, false) <= WIDTH, "the unit fits the chart's width");
    }

    @Test
    void aUnitTooLongForTheChartIsShortenedWithAnEllipsis() {
        String unit = "thousands of people waiting longer than eighteen weeks from referral to treatment, ".repeat(3);
        DisplayList figure = TrajectoryFigure.of(indicator(unit, 10, 12, 11), null, WIDTH, HEIGHT);
        List<Text> shown = texts(groups(figure, "chart").get(0).content(), "unit");
        assertEquals(1, shown.size());
        String text = shown.get(0).lines().get(0);
        assertTrue(text.endsWith("\u2026"), text);
        assertTrue(TextMetrics.width(text, 11, false) <= WIDTH - 8, "fits the chart");
    }

    @Test
    void eachActualIsADotWithItsDateAndValueAndAnEstimateIsOpen() {
        Indicator indicator = indicator("%", 40, 45, 52.5);
        indicator.getObservations().get(2).setNote("Provisional figure");
        List<Group> dots = groups(TrajectoryFigure.of(indicator, null, WIDTH, HEIGHT), "observation");
        assertEquals(List.of("2024-01-01: 40", "2024-05-01: 45", "2024-09-01: 52.5 (estimated)"),
                dots.stream().map(Group::tooltip).toList());
        List<String> fills = dots.stream().map(g -> ((Ellipse) g.content().get(0)).fill().colour()).toList();
        assertEquals(List.of("#1c2833", "#1c2833", "#ffffff"), fills, "an estimate is an open dot");
    }

    @Test
    void actualsAfterTheAsAtDateAreLeftOutAndTheDateIsMarked() {
        Indicator indicator = indicator("%", 40, 45, 52.5);
        Target target = ThroughlineFactory.eINSTANCE.createTarget();
        target.setDate(LocalDate.of(2025, 3, 31));
        target.setValue(Double.valueOf(60));
        indicator.getTargets().add(target);
        // The third actual is dated 2024-09-01: unknown on 2024-06-30, a date inside the chart (up to the target).
        DisplayList figure = TrajectoryFigure.of(indicator, LocalDate.of(2024, 6, 30), WIDTH, HEIGHT);
        assertEquals(2, groups(figure, "observation").size());
        assertEquals("As at 2024-06-30", groups(figure, "as-at").get(0).tooltip());
    }

    @Test
    void aTargetStillToComeShowsOnTracksForecastWithItsSentence() {
        // 40, 45, 50 every four months: a straight line rising 5 every 4 months.
        Indicator indicator = indicator("%", 40, 45, 50);
        indicator.setPolarity(Polarity.HIGHER_IS_BETTER);
        Target target = ThroughlineFactory.eINSTANCE.createTarget();
        target.setDate(LocalDate.of(2025, 9, 1));
        target.setValue(Double.valueOf(60));
        indicator.getTargets().add(target);
        LocalDate asAt = LocalDate.of(2024, 10, 1);
        DisplayList figure = TrajectoryFigure.of(indicator, asAt, WIDTH, HEIGHT);
        List<Group> trend = groups(figure, "trend");
        OnTrack.Answer answer = OnTrack.of(indicator, asAt);
        assertEquals(1, trend.size(), "the forecast is drawn");
        assertFalse(answer.outlookSentence().isEmpty());
        assertEquals(answer.outlookSentence(), trend.get(0).tooltip(), "the chart says OnTrack's answer, not its own");
        assertEquals(1, groups(figure, "target").size());
    }

    @Test
    void anIndicatorWithNothingToChartSaysSo() {
        DisplayList figure = TrajectoryFigure.of(indicator("%"), null, WIDTH, HEIGHT);
        assertTrue(TrajectoryFigure.isEmpty(figure));
        assertEquals(List.of("No trajectory or observations to chart yet."), texts(figure.drawings(), "chart").get(0).lines());
    }

    @Test
    void inAReportTheChartIsAnImageWithItsTitleAndNoStyleAttributes() {
        String svg = SvgRenderer.figure(TrajectoryFigure.of(indicator("%", 40, 45), null, WIDTH, HEIGHT), "Trajectory of Patients waiting",
                "chart");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""), svg);
        assertTrue(svg.contains("role=\"img\"") && svg.contains("<title>Trajectory of Patients waiting</title>"), svg);
        assertFalse(svg.contains("style="), "a strict Content-Security-Policy forbids style attributes");
        assertTrue(svg.contains("<title>2024-05-01: 45</title>"), "each dot says its date and value");
    }
}
