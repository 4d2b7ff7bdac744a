// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.api;

import java.util.List;

/**
 * One drawing command of a {@link DisplayList}: the drawing decisions of a diagram (which shape,
 * where, in which colours, which text on which lines) made once by {@link DiagramPainter}, so that
 * every backend that draws a diagram (SVG for reports and {@code throughline diagram}, SWT for the
 * diagram editor) draws the same picture. A backend only translates commands into its own calls;
 * it decides nothing about looks.
 * <p>
 * Coordinates are pixels, origin top left, y downwards. Colours are {@code #rrggbb}. Commands are
 * drawn in order; later ones cover earlier ones.
 * <p>
 * For a backend such as SWT's {@code GC}: a {@link Rectangle} is a (round) rectangle, filled then
 * outlined, its corner arc twice the radius; an {@link Ellipse} an oval in its bounds; a
 * {@link Path} a path of moves, lines and quadratic curves, filled then outlined; a
 * {@link Stroke}'s dashes are a line dash and {@code round} means round caps and joins; a
 * {@link Fill}'s opacity is an alpha of {@code 255 * opacity}; a {@link Text} is drawn line by line,
 * each baseline {@code lineHeight} below the previous one (a backend that draws from the top of a
 * line subtracts its font's ascent), starting at x or centred on it; a {@link Group} is drawn by
 * drawing its content.
 */
public sealed interface Drawing {

    /** How a text is placed relative to its x coordinate. */
    enum Anchor {
        /** x is the left end of each line. */
        START,
        /** x is the middle of each line. */
        MIDDLE
    }

    /**
     * How a shape is filled.
     *
     * @param colour  {@code #rrggbb}
     * @param opacity from 0 (transparent) to 1 (opaque)
     */
    record Fill(String colour, double opacity) {

        /** An opaque fill. */
        public Fill(String colour) {
            this(colour, 1);
        }
    }

    /**
     * How a line or an outline is drawn.
     *
     * @param colour {@code #rrggbb}
     * @param width  line width in pixels
     * @param dashes lengths of alternate dashes and gaps in pixels; empty for a solid line
     * @param round  whether line ends and joins are round (dotted lines, for one)
     */
    record Stroke(String colour, double width, List<Double> dashes, boolean round) {

        /** A solid line with square ends. */
        public Stroke(String colour, double width) {
            this(colour, width, List.of(), false);
        }

        /** Copies the dash list. */
        public Stroke {
            dashes = List.copyOf(dashes);
        }
    }

    /**
     * The font of a text. The family is always the {@code Typeface} that {@code TextMetrics}
     * measures (DejaVu Sans), or a narrower sans-serif where a reader lacks it.
     *
     * @param size size in pixels
     * @param bold whether bold
     */
    record Font(int size, boolean bold) {
    }

    /**
     * A rectangle, optionally with rounded corners.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     * @param radius corner radius, 0 for square corners
     * @param fill   its fill, or {@code null} for none
     * @param stroke its outline, or {@code null} for none
     */
    record Rectangle(double x, double y, double width, double height, double radius, Fill fill, Stroke stroke) implements Drawing {
    }

    /**
     * An ellipse inscribed in a rectangle.
     *
     * @param x      left of the bounding rectangle
     * @param y      top of the bounding rectangle
     * @param width  width
     * @param height height
     * @param fill   its fill, or {@code null} for none
     * @param stroke its outline, or {@code null} for none
     */
    record Ellipse(double x, double y, double width, double height, Fill fill, Stroke stroke) implements Drawing {
    }

    /**
     * A path of straight lines and quadratic curves: edges, arrowheads, polygons, icons.
     *
     * @param segments the segments, starting with a {@link MoveTo}
     * @param closed   whether the path is closed back to its start
     * @param fill     its fill, or {@code null} for none
     * @param stroke   its outline, or {@code null} for none
     */
    record Path(List<Segment> segments, boolean closed, Fill fill, Stroke stroke) implements Drawing {

        /** Copies the segment list. */
        public Path {
            segments = List.copyOf(segments);
        }
    }

    /** A segment of a {@link Path}. */
    sealed interface Segment {
    }

    /**
     * Starts a sub-path.
     *
     * @param x x
     * @param y y
     */
    record MoveTo(double x, double y) implements Segment {
    }

    /**
     * A straight line from the current point.
     *
     * @param x x of its end
     * @param y y of its end
     */
    record LineTo(double x, double y) implements Segment {
    }

    /**
     * A quadratic Bézier curve from the current point.
     *
     * @param cx x of the control point
     * @param cy y of the control point
     * @param x  x of its end
     * @param y  y of its end
     */
    record QuadTo(double cx, double cy, double x, double y) implements Segment {
    }

    /**
     * Lines of text, one below the other.
     *
     * @param lines      the lines, already wrapped
     * @param x          the x of each line, read with the anchor
     * @param y          the baseline of the first line
     * @param lineHeight the distance between baselines
     * @param font       the font
     * @param colour     {@code #rrggbb}
     * @param anchor     how lines are placed relative to x
     */
    record Text(List<String> lines, double x, double y, double lineHeight, Font font, String colour, Anchor anchor) implements Drawing {

        /** Copies the line list. */
        public Text {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Drawings that belong together: one diagram element (a node, a lane, an edge), the legend or
     * the title. Backends may use it for hit-testing, tooltips and ids (SVG writes a {@code <g>}
     * with a {@code <title>}); drawing its content in order is enough.
     *
     * @param role      what it is: {@code node}, {@code container}, {@code lane}, {@code edge},
     *                  {@code edge-label}, {@code legend} or {@code title}
     * @param elementId the id of the domain element it stands for, or the empty string
     * @param tooltip   a description for people, or the empty string
     * @param content   its drawings, in order
     */
    record Group(String role, String elementId, String tooltip, List<Drawing> content) implements Drawing {

        /** Copies the content list. */
        public Group {
            content = List.copyOf(content);
        }
    }
}
