// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.render.api.DiagramPainter;
import org.throughline.render.api.Drawing;
import org.throughline.render.api.Drawing.Anchor;
import org.throughline.render.api.Drawing.Ellipse;
import org.throughline.render.api.Drawing.Fill;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.LineTo;
import org.throughline.render.api.Drawing.MoveTo;
import org.throughline.render.api.Drawing.QuadTo;
import org.throughline.render.api.Drawing.Segment;
import org.throughline.render.api.Drawing.Stroke;
import org.throughline.render.api.Drawing.Text;
import org.throughline.render.api.Extents;

/**
 * The SWT backend of the render bundle's display list: draws the {@link Drawing} commands that
 * {@link DiagramPainter} makes for each lane, container, node and edge on a graphics context, one
 * for one, so that the canvas shows what the SVG of reports and {@code throughline diagram} shows.
 * It decides nothing about looks; it maps diagram coordinates to the screen (zoom and scroll),
 * skips elements outside the clipping rectangle and texts too small to read (under three pixels:
 * a large diagram seen whole), and draws elements being dragged where they are dragged to.
 * Holds colours and fonts for the zoom levels in use; dispose it with its control.
 */
public final class CanvasPainter {

    /** Where each node and edge is drawn: the diagram's own geometry, or a drag in progress. */
    public interface Geometry {
        /** Geometry as laid out. */
        Geometry LAID_OUT = new Geometry() {
        };

        /**
         * @param node a node
         * @return where to draw it
         */
        default Bounds bounds(DiagramNode node) {
            return node.bounds();
        }

        /**
         * @param edge an edge
         * @return where to draw it
         */
        default List<Point> route(DiagramEdge edge) {
            return edge.route();
        }

        /**
         * @param edge an edge
         * @return the top-left corner of its label, or {@code null} for the middle of its route
         */
        default Point labelPosition(DiagramEdge edge) {
            return edge.labelPosition();
        }
    }

    /** The family of the SVG (Helvetica, Arial), whose widths {@link TextMetrics} estimates. */
    private static final String FONT = "Arial"; //$NON-NLS-1$
    /** Texts are drawn in a font this many times their size, scaled down: sizes between whole points. */
    private static final int TEXT_SCALE = 8;
    private static final String EDGE_LABEL = "edge-label"; //$NON-NLS-1$
    /**
     * The smallest size, in screen pixels, at which an edge's label is drawn: below it (a diagram
     * zoomed out to fit) the label would be an unreadable smudge over the lines, so it is left out
     * (its tooltip and the Properties view still say it).
     */
    public static final double MIN_LABEL_PIXELS = 8;
    /**
     * The smallest size, in screen pixels, of the name on a node, container or lane: zoomed out
     * further (a diagram at Fit), the name is drawn at this size instead, shortened with an
     * ellipsis to what its shape holds, so that it can still be read (the tooltip and the
     * Properties view say it whole). Where the shape cannot hold one line at this size, it is left out.
     */
    public static final double MIN_NAME_PIXELS = 10;
    /** Room around an element for what is drawn outside its bounds (badges, arrowheads, strokes). */
    private static final double SLACK = ScreenArea.SLACK;
    /** Texts smaller than this on screen, in pixels, cannot be read: they are left out (a whole large diagram at fit). */
    private static final double SMALLEST_TEXT = 3;
    /** A text whose size on screen is within this share of a whole point is drawn in a font of that size, unscaled. */
    private static final double SAME_SIZE = 0.02;
    /** The largest arrowhead {@link DiagramPainter} draws, in diagram pixels. */
    private static final double LARGEST_ARROW = 14;
    /** Below this size on the screen, in pixels, an arrowhead is a speck: it is left out, and lines of one look are stroked together. */
    private static final double SPECK_PIXELS = 2;
    /** Dash patterns shorter than this on the screen, in pixels, are drawn as a lighter solid line. */
    private static final double FINEST_DASHES = 2;
    /** How many widths of texts are kept per font. */
    private static final int MEASURED_TEXTS = 20_000;

    private final Display display;
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final Map<Font, Integer> ascents = new HashMap<>();
    private final Map<Font, Integer> lineHeights = new HashMap<>();
    private final Map<Font, Map<String, Integer>> widths = new HashMap<>();
    private final double pointsPerPixel;

    private GC gc;
    private int hiddenLabels;
    /** The name of the node being drawn, the screen rectangle it must stay in, and its whole label; else {@code null}. */
    private Text name;
    private Rectangle nameFrame;
    private String nameLabel;
    private double smallestName;
    private int shortenedNames;
    /** Where the last paint drew names and edge labels, when asked (tests); what the text being drawn names. */
    private List<DrawnText> drawnTexts;
    private String drawing;
    private double zoom;
    private double dx;
    private double dy;

    /** @param display the display to draw on */
    public CanvasPainter(Display display) {
        this.display = display;
        this.pointsPerPixel = 72.0 / Math.max(1, display.getDPI().y);
    }

    /** Frees the colours and fonts. */
    public void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
        ascents.clear();
        lineHeights.clear();
        widths.clear();
        colours.clear();
    }

    /**
     * Draws a diagram in the order of {@link DiagramPainter#diagram(Diagram)} (lanes and
     * containers, edges, nodes, edge labels): screen point = diagram point × zoom + (dx, dy).
     *
     * @param target   the graphics context
     * @param diagram  the diagram
     * @param geometry where nodes and edges are
     * @param scale    the zoom factor
     * @param offsetX  horizontal offset in screen pixels
     * @param offsetY  vertical offset in screen pixels
     * @param clip     the screen rectangle to draw, or {@code null} for all; what lies outside is skipped
     * @return how many nodes and edges were drawn
     */
    public int paint(GC target, Diagram diagram, Geometry geometry, double scale, double offsetX, double offsetY, Rectangle clip) {
        begin(target, scale, offsetX, offsetY);
        ScreenArea screen = new ScreenArea(scale, offsetX, offsetY, clip);
        smallestName = Double.MAX_VALUE;
        shortenedNames = 0;
        if (drawnTexts != null) {
            drawnTexts.clear();
        }
        int drawn = 0;
        List<DiagramNode> nodes = diagram.allNodes();
        for (DiagramNode node : nodes) {
            if (node.kind() != NodeKind.NODE) {
                drawn += node(node, geometry, screen);
            }
        }
        List<Group> labels = new ArrayList<>();
        hiddenLabels = 0;
        // Zoomed out so far that an arrowhead would be a speck (a large diagram at Fit): the lines of
        // one look are drawn together, as one path, without arrowheads.
        Map<Stroke, List<Drawing.Path>> lines = zoom * LARGEST_ARROW < SPECK_PIXELS ? new LinkedHashMap<>() : null;
        for (DiagramEdge edge : diagram.edges()) {
            List<Point> route = geometry.route(edge);
            if (route.size() < 2 || !screen.near(route, geometry.labelPosition(edge))) {
                continue;
            }
            DiagramEdge moved = moved(edge, route, geometry);
            boolean label = !edge.label().isEmpty();
            if (label && edge.style().fontSize() * zoom < MIN_LABEL_PIXELS) {
                // Too small to read: left out before its drawing is made.
                hiddenLabels++;
                label = false;
            }
            for (Group group : label ? DiagramPainter.edge(moved) : List.of(DiagramPainter.line(moved))) {
                if (EDGE_LABEL.equals(group.role())) {
                    labels.add(group);
                } else if (screen.visible(group) && screen.crosses(route)) {
                    if (lines != null && group.content().get(0) instanceof Drawing.Path line && line.stroke() != null) {
                        lines.computeIfAbsent(line.stroke(), k -> new ArrayList<>()).add(line);
                    } else {
                        draw(group);
                    }
                    drawn++;
                }
            }
        }
        if (lines != null) {
            // Each stroke costs the graphics system a pass over the area it covers: one for all lines of a look.
            lines.forEach((stroke, paths) -> path(new Drawing.Path(paths.stream().flatMap(p -> p.segments().stream()).toList(), false,
                    null, stroke)));
        }
        for (DiagramNode node : nodes) {
            if (node.kind() == NodeKind.NODE) {
                drawn += node(node, geometry, screen);
            }
        }
        for (Group label : labels) {
            if (screen.visible(label)) {
                drawing = EDGE_LABEL;
                draw(label);
                drawing = null;
            }
        }
        end();
        return drawn;
    }

    /**
     * Draws drawing commands, for example a page of {@link DiagramPainter#page(Diagram)}: screen
     * point = command point × zoom + (dx, dy).
     *
     * @param target   the graphics context
     * @param drawings the commands, in order
     * @param scale    the zoom factor
     * @param offsetX  horizontal offset in screen pixels
     * @param offsetY  vertical offset in screen pixels
     */
    public void paint(GC target, List<Drawing> drawings, double scale, double offsetX, double offsetY) {
        begin(target, scale, offsetX, offsetY);
        drawings.forEach(this::draw);
        end();
    }

    private void begin(GC target, double scale, double offsetX, double offsetY) {
        this.gc = target;
        this.zoom = scale;
        this.dx = offsetX;
        this.dy = offsetY;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
    }

    private void end() {
        gc.setLineAttributes(new LineAttributes(1));
        gc.setAlpha(255);
        this.gc = null;
    }

    /** Draws a node, container or lane where the geometry puts it; a moved one is its drawing shifted. */
    private int node(DiagramNode node, Geometry geometry, ScreenArea screen) {
        Bounds b = geometry.bounds(node);
        if (b == null || node.bounds() == null || !screen.visible(b.x() - SLACK, b.y() - SLACK, b.right() + SLACK, b.bottom() + SLACK)) {
            return 0;
        }
        Bounds laidOut = node.bounds();
        double shiftX = 0;
        double shiftY = 0;
        DiagramNode drawn = node;
        if (!b.equals(laidOut)) {
            if (b.width() == laidOut.width() && b.height() == laidOut.height()) {
                shiftX = b.x() - laidOut.x();
                shiftY = b.y() - laidOut.y();
            } else {
                drawn = new DiagramNode(node.key(), node.mappingId(), node.semanticId(), node.element(), node.kind(), node.label(),
                        node.style(), node.parent());
                drawn.setBounds(b);
            }
        }
        double savedX = dx;
        double savedY = dy;
        dx += shiftX * zoom;
        dy += shiftY * zoom;
        Group group = DiagramPainter.node(drawn);
        name = NodeNames.of(group);
        if (name != null && name.font().size() * zoom < MIN_NAME_PIXELS) {
            // Zoomed out so far that the name is drawn at the legible size: a speck of an icon gives its room to the name.
            group = NodeNames.withoutIcon(group);
        }
        nameFrame = nameFrame(drawn, group);
        nameLabel = drawn.label();
        drawing = node.kind().name();
        draw(group);
        drawing = null;
        name = null;
        nameFrame = null;
        dx = savedX;
        dy = savedY;
        return 1;
    }

    /** @return the edge itself when the geometry leaves it as laid out, else a copy along the given route */
    private static DiagramEdge moved(DiagramEdge edge, List<Point> route, Geometry geometry) {
        Point label = geometry.labelPosition(edge);
        if (route.equals(edge.route()) && Objects.equals(label, edge.labelPosition())) {
            return edge;
        }
        DiagramEdge copy = new DiagramEdge(edge.key(), edge.mappingId(), edge.semanticId(), edge.element(), edge.source(), edge.target(),
                edge.label(), edge.style());
        copy.setRoute(route);
        copy.setLabelPosition(label);
        return copy;
    }

    /** @return where on the screen a shape's name may be drawn (see {@link NodeNames#frame}) */
    private Rectangle nameFrame(DiagramNode node, Group drawing) {
        Bounds f = NodeNames.frame(node, drawing);
        return new Rectangle(sx(f.x()), sy(f.y()), Math.max(0, sx(f.right()) - sx(f.x())), Math.max(0, sy(f.bottom()) - sy(f.y())));
    }

    /**
     * @return the smallest size on the screen, in pixels, of the names of nodes, containers and lanes
     *         the last diagram paint drew ({@code 0} when it drew none)
     */
    public double smallestNamePixels() {
        return smallestName == Double.MAX_VALUE ? 0 : smallestName;
    }

    /** @param note whether diagram paints note where they draw names and edge labels ({@link #drawnTexts()}) */
    public void noteTexts(boolean note) {
        drawnTexts = note ? new ArrayList<>() : null;
    }

    /** @return where the last diagram paint drew names and edge labels, when asked to note them; else empty */
    public List<DrawnText> drawnTexts() {
        return drawnTexts == null ? List.of() : List.copyOf(drawnTexts);
    }

    private void note(List<String> lines, int left, int top, int width, int height) {
        if (drawnTexts != null && drawing != null && (drawing.equals(EDGE_LABEL) || name != null)) {
            drawnTexts.add(new DrawnText(drawing, List.copyOf(lines), new Rectangle(left, top, width, height)));
        }
    }

    /** @return how many names the last diagram paint shortened with an ellipsis to keep them legible */
    public int shortenedNames() {
        return shortenedNames;
    }

    /** @return how many edge labels the last diagram paint left out as too small to read */
    public int hiddenLabels() {
        return hiddenLabels;
    }

    /**
     * @param drawings drawing commands
     * @return the rectangle that holds them, texts by their estimated width ({@link Extents#of})
     */
    public static Bounds extent(Collection<? extends Drawing> drawings) {
        return Extents.of(drawings);
    }

    // ----- the backend ---------------------------------------------------------------------------

    private void draw(Drawing drawing) {
        switch (drawing) {
            case Drawing.Rectangle r -> rectangle(r);
            case Ellipse e -> ellipse(e);
            case Drawing.Path p -> path(p);
            case Text t -> text(t);
            case Group g -> g.content().forEach(this::draw);
        }
    }

    private void ellipse(Ellipse e) {
        int x = sx(e.x());
        int y = sy(e.y());
        int w = sx(e.x() + e.width()) - x;
        int h = sy(e.y() + e.height()) - y;
        if (w < 1 || h < 1) {
            // Too small to see (an icon's dot in an overview); and on GTK an oval without width
            // breaks the graphics context, so that nothing drawn after it shows.
            return;
        }
        if (fill(e.fill())) {
            gc.fillOval(x, y, w, h);
            gc.setAlpha(255);
        }
        if (stroke(e.stroke())) {
            gc.drawOval(x, y, w, h);
            gc.setAlpha(255);
        }
    }

    private void rectangle(Drawing.Rectangle r) {
        int x = sx(r.x());
        int y = sy(r.y());
        int w = sx(r.x() + r.width()) - x;
        int h = sy(r.y() + r.height()) - y;
        int arc = (int) Math.round(2 * r.radius() * zoom);
        if (fill(r.fill())) {
            if (arc > 0) {
                gc.fillRoundRectangle(x, y, w, h, arc, arc);
            } else {
                gc.fillRectangle(x, y, w, h);
            }
            gc.setAlpha(255);
        }
        if (stroke(r.stroke())) {
            if (arc > 0) {
                gc.drawRoundRectangle(x, y, w, h, arc, arc);
            } else {
                gc.drawRectangle(x, y, w, h);
            }
            gc.setAlpha(255);
        }
    }

    private void path(Drawing.Path p) {
        Path path = new Path(display);
        try {
            for (Segment segment : p.segments()) {
                switch (segment) {
                    case MoveTo m -> path.moveTo(fx(m.x()), fy(m.y()));
                    case LineTo l -> path.lineTo(fx(l.x()), fy(l.y()));
                    case QuadTo q -> path.quadTo(fx(q.cx()), fy(q.cy()), fx(q.x()), fy(q.y()));
                }
            }
            if (p.closed()) {
                path.close();
            }
            if (fill(p.fill())) {
                gc.fillPath(path);
                gc.setAlpha(255);
            }
            if (stroke(p.stroke())) {
                gc.drawPath(path);
                gc.setAlpha(255);
            }
        } finally {
            path.dispose();
        }
    }

    /**
     * Draws each line in a large font scaled down to the command's pixel size times the zoom, so
     * that text has the SVG's size at every zoom (fonts come in whole points).
     */
    private void text(Text t) {
        if (t == name && t.font().size() * zoom < MIN_NAME_PIXELS) {
            legibleName(t);
            return;
        }
        if (t == name) {
            smallestName = Math.min(smallestName, t.font().size() * zoom);
        }
        if (t.font().size() * zoom < SMALLEST_TEXT) {
            return;
        }
        if (drawnTexts != null && (t == name || EDGE_LABEL.equals(drawing))) {
            double size = t.font().size() * zoom;
            double widest = zoom * t.lines().stream().mapToDouble(l -> TextMetrics.width(l, t.font().size(), t.font().bold())).max()
                    .orElse(0);
            double left = t.anchor() == Anchor.MIDDLE ? fx(t.x()) - widest / 2 : fx(t.x());
            note(t.lines(), (int) Math.round(left), (int) Math.round(fy(t.y()) - 0.8 * size), (int) Math.ceil(widest),
                    (int) Math.ceil((t.lines().size() - 1) * t.lineHeight() * zoom + size));
        }
        gc.setForeground(colour(t.colour()));
        // At a zoom where the text's size on screen is a whole number of points (100 % and most
        // steps), a font of that size draws it as it is, without a transform: the font system
        // keeps its glyphs and lays out the line once, where a scaled-down large font costs a
        // layout at eight times the size for every label of every frame.
        double points = t.font().size() * zoom * pointsPerPixel;
        long whole = Math.round(points);
        if (whole >= 1 && Math.abs(points - whole) <= points * SAME_SIZE) {
            Font font = font((int) whole, t.font().bold());
            gc.setFont(font);
            int ascent = ascents.computeIfAbsent(font, f -> Integer.valueOf(gc.getFontMetrics().getAscent())).intValue();
            Map<String, Integer> measured = widths.computeIfAbsent(font, f -> new HashMap<>());
            if (measured.size() > MEASURED_TEXTS) {
                measured.clear();
            }
            for (int i = 0; i < t.lines().size(); i++) {
                String line = t.lines().get(i);
                int width = t.anchor() == Anchor.MIDDLE
                        ? measured.computeIfAbsent(line, l -> Integer.valueOf(gc.textExtent(l).x)).intValue()
                        : 0;
                gc.drawString(line, sx(t.x()) - width / 2, sy(t.y() + i * t.lineHeight()) - ascent, true);
            }
            return;
        }
        Font font = font(t.font());
        gc.setFont(font);
        // Asking the font system for metrics and widths costs more than drawing: each is asked once.
        int ascent = ascents.computeIfAbsent(font, f -> Integer.valueOf(gc.getFontMetrics().getAscent())).intValue();
        Map<String, Integer> measured = widths.computeIfAbsent(font, f -> new HashMap<>());
        if (measured.size() > MEASURED_TEXTS) {
            measured.clear();
        }
        double fontPixels = Math.round(t.font().size() * TEXT_SCALE * pointsPerPixel) / pointsPerPixel;
        float scale = (float) (t.font().size() * zoom / fontPixels);
        Transform transform = new Transform(display);
        try {
            for (int i = 0; i < t.lines().size(); i++) {
                String line = t.lines().get(i);
                int width = t.anchor() == Anchor.MIDDLE
                        ? measured.computeIfAbsent(line, l -> Integer.valueOf(gc.textExtent(l).x)).intValue()
                        : 0;
                transform.identity();
                transform.translate(fx(t.x()), fy(t.y() + i * t.lineHeight()));
                transform.scale(scale, scale);
                gc.setTransform(transform);
                gc.drawString(line, -width / 2, -ascent, true);
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    /**
     * Draws a name that would be too small to read at {@link #MIN_NAME_PIXELS} instead: wrapped
     * between words to the shape's width at that size, as many lines as the shape's height holds,
     * each shortened with an ellipsis to its width, centred where the name was.
     */
    private void legibleName(Text t) {
        Rectangle frame = nameFrame;
        Font font = font((int) Math.max(1, Math.round(MIN_NAME_PIXELS * pointsPerPixel)), t.font().bold());
        gc.setFont(font);
        // The font's line height, asked once (drawString places a line by the top of its cell), without most of its leading.
        int lineHeight = Math.min(lineHeights.computeIfAbsent(font, f -> Integer.valueOf(gc.getFontMetrics().getHeight())).intValue(),
                (int) Math.ceil(MIN_NAME_PIXELS * 1.2));
        // One line where the shape is as tall as the text, even if the line's leading overhangs its border.
        int fit = Math.max(frame.height / lineHeight, frame.height >= MIN_NAME_PIXELS ? 1 : 0);
        double x = t.anchor() == Anchor.MIDDLE ? frame.x + frame.width / 2.0 : fx(t.x());
        double room = t.anchor() == Anchor.MIDDLE ? frame.width : frame.x + frame.width - x;
        Map<String, Integer> measured = widths.computeIfAbsent(font, f -> new HashMap<>());
        if (fit < 1 || room < width(measured, "M" + NodeNames.MARK)) { //$NON-NLS-1$
            return;
        }
        List<String> wrapped = NodeNames.wrap(nameLabel, room, line -> width(measured, line));
        List<String> lines = NodeNames.fit(nameLabel, fit, room, line -> width(measured, line));
        if (!lines.equals(wrapped)) {
            shortenedNames++;
        }
        smallestName = Math.min(smallestName, MIN_NAME_PIXELS);
        // Centred on the middle of the name as it was laid out, kept inside the shape.
        double size = t.font().size() * zoom;
        double middle = fy(t.y()) - 0.7 * size + ((t.lines().size() - 1) * t.lineHeight() * zoom + size) / 2;
        int top = (int) Math.round(middle - lines.size() * lineHeight / 2.0);
        top = Math.max(frame.y, Math.min(top, frame.y + frame.height - lines.size() * lineHeight));
        gc.setForeground(colour(t.colour()));
        if (drawnTexts != null) {
            int widest = lines.stream().mapToInt(l -> width(measured, l)).max().orElse(0);
            note(lines, (int) Math.round(Math.max(frame.x, Math.min(x - widest / 2.0, frame.x + frame.width - widest))), top, widest,
                    lines.size() * lineHeight);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int w = width(measured, line);
            // Centred where the name was, but right of the icon and inside the border.
            double centred = Math.max(frame.x, Math.min(x - w / 2.0, frame.x + frame.width - w));
            int left = (int) Math.round(t.anchor() == Anchor.MIDDLE ? centred : x);
            gc.drawString(line, left, top + i * lineHeight, true);
        }
    }

    /** @return the width of a line in the graphics context's font, measured once */
    private int width(Map<String, Integer> measured, String line) {
        if (measured.size() > MEASURED_TEXTS) {
            measured.clear();
        }
        return measured.computeIfAbsent(line, l -> Integer.valueOf(gc.textExtent(l).x)).intValue();
    }

    /** Sets the background (and alpha) for a fill; false when there is none. */
    private boolean fill(Fill fill) {
        if (fill == null) {
            return false;
        }
        gc.setBackground(colour(fill.colour()));
        gc.setAlpha((int) Math.round(255 * Math.max(0, Math.min(1, fill.opacity()))));
        return true;
    }

    /**
     * Sets the foreground, line attributes and alpha for an outline (the caller sets the alpha back
     * to opaque after drawing it); false when there is none.
     */
    private boolean stroke(Stroke stroke) {
        if (stroke == null || stroke.width() <= 0) {
            return false;
        }
        LineAttributes attributes = new LineAttributes((float) (stroke.width() * zoom), stroke.round() ? SWT.CAP_ROUND : SWT.CAP_FLAT,
                SWT.JOIN_ROUND);
        double period = stroke.dashes().stream().mapToDouble(Double::doubleValue).sum();
        if (!stroke.dashes().isEmpty() && period * zoom < FINEST_DASHES) {
            // Dashes finer than this on the screen cannot be told apart and cost the graphics system a
            // piece each (thousands along one line of a large diagram at Fit): a solid line instead,
            // as light as the share of it the dashes (and their round ends) cover.
            double on = 0;
            for (int i = 0; i < stroke.dashes().size(); i += 2) {
                on += stroke.dashes().get(i).doubleValue() + (stroke.round() ? stroke.width() : 0);
            }
            gc.setAlpha((int) Math.round(255 * Math.min(1, on / period)));
        } else if (!stroke.dashes().isEmpty()) {
            float[] dash = new float[stroke.dashes().size()];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) Math.max(0.1, stroke.dashes().get(i).doubleValue() * zoom);
            }
            attributes.style = SWT.LINE_CUSTOM;
            attributes.dash = dash;
        }
        gc.setLineAttributes(attributes);
        gc.setForeground(colour(stroke.colour()));
        return true;
    }

    private int sx(double x) {
        return (int) Math.round(x * zoom + dx);
    }

    private int sy(double y) {
        return (int) Math.round(y * zoom + dy);
    }

    private float fx(double x) {
        return (float) (x * zoom + dx);
    }

    private float fy(double y) {
        return (float) (y * zoom + dy);
    }

    /**
     * @param value a colour as {@link DiagramPainter#colour(String)} normalises it
     * @return the SWT colour
     */
    public Color colour(String value) {
        return colours.computeIfAbsent(DiagramPainter.colour(value), v -> {
            int rgb = Integer.parseInt(v.substring(1), 16);
            return new Color(display, new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
        });
    }

    private Font font(Drawing.Font font) {
        return font((int) Math.max(1, Math.round(font.size() * TEXT_SCALE * pointsPerPixel)), font.bold());
    }

    private Font font(int points, boolean bold) {
        return fonts.computeIfAbsent(points * 2 + (bold ? 1 : 0),
                k -> new Font(display, new FontData(FONT, points, bold ? SWT.BOLD : SWT.NORMAL)));
    }

    /** @return the rectangle holding a polyline (a route) */
    public static Bounds extent(List<Point> route) {
        return Extents.ofRoute(route);
    }
}
