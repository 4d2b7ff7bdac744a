// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.ElementStyle;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.viewpoint.ArrowStyle;
import org.throughline.viewpoint.LineStyle;
import org.throughline.viewpoint.Shape;

/**
 * Draws a laid-out diagram on an SWT graphics context exactly as {@code SvgRenderer} draws it as
 * SVG: the same resolved {@link ElementStyle}s, the same label wrapping ({@link TextMetrics}), the
 * same shapes, lane headers, icons, badges, arrowheads and edge labels, in the same order (lanes
 * and containers, edges, nodes, edge labels). Only what lies in the clipping rectangle is drawn.
 * Holds fonts for the zoom levels in use; dispose it with its control.
 */
public final class DiagramPainter {

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

    private static final String FONT = "Sans"; //$NON-NLS-1$
    private static final RGB FALLBACK = new RGB(0x88, 0x88, 0x88);

    private final Display display;
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final double pointsPerPixel;

    private GC gc;
    private double zoom;
    private double dx;
    private double dy;

    /** @param display the display to draw on */
    public DiagramPainter(Display display) {
        this.display = display;
        this.pointsPerPixel = 72.0 / Math.max(1, display.getDPI().y);
    }

    /** Frees the fonts. */
    public void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
        colours.clear();
    }

    /**
     * Draws a diagram: screen point = diagram point × zoom + (dx, dy).
     *
     * @param target   the graphics context
     * @param diagram  the diagram
     * @param geometry where nodes and edges are
     * @param scale    the zoom factor
     * @param offsetX  horizontal offset in screen pixels
     * @param offsetY  vertical offset in screen pixels
     * @param clip     the screen rectangle to draw; what lies outside is skipped
     * @return how many nodes and edges were drawn
     */
    public int paint(GC target, Diagram diagram, Geometry geometry, double scale, double offsetX, double offsetY, Rectangle clip) {
        this.gc = target;
        this.zoom = scale;
        this.dx = offsetX;
        this.dy = offsetY;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int drawn = 0;
        List<DiagramNode> nodes = diagram.allNodes();
        for (DiagramNode node : nodes) {
            Bounds b = geometry.bounds(node);
            if (node.kind() != NodeKind.NODE && b != null && visible(b, clip)) {
                group(node, b);
                drawn++;
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            List<Point> route = geometry.route(edge);
            if (route.size() >= 2 && visible(extent(route), clip)) {
                edge(edge, route);
                drawn++;
            }
        }
        for (DiagramNode node : nodes) {
            Bounds b = geometry.bounds(node);
            if (node.kind() == NodeKind.NODE && b != null && visible(b, clip)) {
                node(node, b);
                drawn++;
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            List<Point> route = geometry.route(edge);
            if (!edge.label().isEmpty() && route.size() >= 2) {
                edgeLabel(edge, route, geometry.labelPosition(edge), clip);
            }
        }
        gc.setLineAttributes(new LineAttributes(1));
        this.gc = null;
        return drawn;
    }

    /**
     * @param route a polyline
     * @return the rectangle holding it
     */
    public static Bounds extent(List<Point> route) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : route) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    private boolean visible(Bounds b, Rectangle clip) {
        if (clip == null) {
            return true;
        }
        double margin = 12 * zoom;
        return sx(b.x()) - margin < clip.x + clip.width && sx(b.right()) + margin > clip.x && sy(b.y()) - margin < clip.y + clip.height
                && sy(b.bottom()) + margin > clip.y;
    }

    private int sx(double x) {
        return (int) Math.round(x * zoom + dx);
    }

    private int sy(double y) {
        return (int) Math.round(y * zoom + dy);
    }

    private int len(double length) {
        return (int) Math.round(length * zoom);
    }

    /**
     * @param value a colour as a viewpoint writes it ({@code #rgb} or {@code #rrggbb})
     * @return the colour, or neutral grey when it is not one (as the SVG renderer does)
     */
    public Color colour(String value) {
        return colours.computeIfAbsent(value == null ? "" : value, v -> new Color(display, rgb(v))); //$NON-NLS-1$
    }

    private static RGB rgb(String value) {
        if (value == null || !value.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?")) { //$NON-NLS-1$
            return FALLBACK;
        }
        String hex = value.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2); //$NON-NLS-1$
        }
        int v = Integer.parseInt(hex, 16);
        return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    private Font font(int pixels, boolean bold) {
        // Tenths of a point, so that zoom levels close together share a font.
        int tenths = (int) Math.max(10, Math.round(pixels * zoom * pointsPerPixel * 10));
        int key = tenths * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> {
            FontData data = new FontData(FONT, Math.max(1, Math.round(tenths / 10f)), bold ? SWT.BOLD : SWT.NORMAL);
            return new Font(display, data);
        });
    }

    private void stroke(ElementStyle style) {
        float width = (float) Math.max(0.5, style.borderWidth() * zoom);
        LineAttributes attributes = new LineAttributes(width, SWT.CAP_FLAT, SWT.JOIN_ROUND);
        double w = Math.max(1, style.borderWidth()) * zoom;
        if (style.lineStyle() == LineStyle.DASHED) {
            attributes.style = SWT.LINE_CUSTOM;
            attributes.dash = new float[] { (float) (6 * w), (float) (3 * w) };
        } else if (style.lineStyle() == LineStyle.DOTTED) {
            attributes.style = SWT.LINE_CUSTOM;
            attributes.cap = SWT.CAP_ROUND;
            attributes.dash = new float[] { (float) Math.max(0.1, w * 0.1), (float) (2 * w) };
        }
        gc.setLineAttributes(attributes);
        gc.setForeground(colour(style.borderColor()));
    }

    private void group(DiagramNode node, Bounds b) {
        ElementStyle style = node.style();
        int x = sx(b.x());
        int y = sy(b.y());
        int w = len(b.width());
        int h = len(b.height());
        gc.setBackground(colour(style.fill()));
        if (node.kind() == NodeKind.LANE) {
            gc.fillRectangle(x, y, w, h);
        } else {
            gc.fillRoundRectangle(x, y, w, h, len(12), len(12));
        }
        stroke(style);
        if (node.kind() == NodeKind.LANE) {
            gc.drawRectangle(x, y, w, h);
        } else {
            gc.drawRoundRectangle(x, y, w, h, len(12), len(12));
        }
        List<String> lines = TextMetrics.labelLines(node);
        double lineHeight = TextMetrics.lineHeight(style.fontSize());
        if (node.kind() == NodeKind.LANE && b.width() >= b.height()) {
            gc.setBackground(colour(style.borderColor()));
            gc.setAlpha(89);
            gc.fillRectangle(x, y, len(DiagramLayout.LANE_HEADER), h);
            gc.setAlpha(255);
            double baseline = b.y() + b.height() / 2 - (lines.size() - 1) * lineHeight / 2 + style.fontSize() * 0.35;
            text(lines, b.x() + 12, baseline, lineHeight, style, false);
        } else {
            text(lines, b.x() + 10, b.y() + 8 + style.fontSize(), lineHeight, style, false);
        }
    }

    /** Draws lines of text whose first baseline is at y, starting at x or centred on it. */
    private void text(List<String> lines, double x, double baseline, double lineHeight, ElementStyle style, boolean centred) {
        Font font = font(style.fontSize(), style.bold());
        gc.setFont(font);
        gc.setForeground(colour(style.fontColor()));
        int ascent = gc.getFontMetrics().getAscent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int width = centred ? gc.textExtent(line).x : 0;
            gc.drawString(line, sx(x) - width / 2, sy(baseline + i * lineHeight) - ascent, true);
        }
    }

    private void node(DiagramNode node, Bounds b) {
        ElementStyle style = node.style();
        shape(style, b);
        List<String> lines = TextMetrics.labelLines(node);
        double lineHeight = TextMetrics.lineHeight(style.fontSize());
        double icon = style.icon().isEmpty() ? 0 : TextMetrics.ICON_SPACE;
        double centreX = b.x() + icon / 2 + b.width() / 2;
        double baseline = b.y() + b.height() / 2 - (lines.size() - 1) * lineHeight / 2 + style.fontSize() * 0.35;
        if (!style.icon().isEmpty()) {
            // As the SVG renderer places it, but against the text's width as this font draws it.
            gc.setFont(font(style.fontSize(), style.bold()));
            double textWidth = 0;
            for (String line : lines) {
                textWidth = Math.max(textWidth, gc.textExtent(line).x / zoom);
            }
            icon(style, centreX - textWidth / 2 - 14, b.y() + b.height() / 2);
        }
        text(lines, centreX, baseline, lineHeight, style, true);
        if (!style.badge().isEmpty()) {
            double w = TextMetrics.width(style.badge(), 9, true) + 8;
            gc.setBackground(colour(style.borderColor()));
            gc.fillRoundRectangle(sx(b.right() - w - 4), sy(b.y() + 3), len(w), len(13), len(12), len(12));
            ElementStyle badge = new ElementStyle(Shape.RECTANGLE, "#ffffff", "#ffffff", 0, LineStyle.SOLID, "#ffffff", 9, true, "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    0, 0, "", ArrowStyle.NONE); //$NON-NLS-1$
            text(List.of(style.badge()), b.right() - 4 - w / 2, b.y() + 13, 0, badge, true);
        }
    }

    /**
     * Draws a node's shape: its fill and border.
     *
     * @param style its style
     * @param b     where
     */
    private void shape(ElementStyle style, Bounds b) {
        int x = sx(b.x());
        int y = sy(b.y());
        int w = len(b.width());
        int h = len(b.height());
        gc.setBackground(colour(style.fill()));
        Shape shape = style.shape() == null ? Shape.RECTANGLE : style.shape();
        switch (shape) {
            case ELLIPSE -> {
                gc.fillOval(x, y, w, h);
                stroke(style);
                gc.drawOval(x, y, w, h);
            }
            case DIAMOND -> {
                int[] points = { x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2 };
                gc.fillPolygon(points);
                stroke(style);
                gc.drawPolygon(points);
            }
            case ROUNDED -> {
                gc.fillRoundRectangle(x, y, w, h, len(18), len(18));
                stroke(style);
                gc.drawRoundRectangle(x, y, w, h, len(18), len(18));
            }
            default -> {
                gc.fillRectangle(x, y, w, h);
                stroke(style);
                gc.drawRectangle(x, y, w, h);
            }
        }
    }

    /** The icon glyphs of the SVG renderer, in the label's colour. */
    private void icon(ElementStyle style, double cx, double cy) {
        gc.setLineAttributes(new LineAttributes((float) (1.3 * zoom)));
        gc.setForeground(colour(style.fontColor()));
        switch (style.icon()) {
            case "person" -> { //$NON-NLS-1$
                circle(cx, cy - 4, 3);
                quad(cx - 6, cy + 7, cx, cy - 3, cx + 6, cy + 7);
            }
            case "group" -> { //$NON-NLS-1$
                circle(cx - 3, cy - 3, 2.5);
                circle(cx + 4, cy - 3, 2.5);
                quad(cx - 8, cy + 6, cx, cy - 2, cx + 8, cy + 6);
            }
            case "organisation" -> { //$NON-NLS-1$
                gc.drawRectangle(sx(cx - 5), sy(cy - 7), len(10), len(14));
                line(cx - 2, cy - 4, cx + 2, cy - 4);
                line(cx - 2, cy, cx + 2, cy);
            }
            case "milestone" -> gc.drawPolygon(new int[] { sx(cx), sy(cy - 6), sx(cx + 6), sy(cy), sx(cx), sy(cy + 6), sx(cx - 6), //$NON-NLS-1$
                    sy(cy) });
            case "target" -> { //$NON-NLS-1$
                circle(cx, cy, 6);
                circle(cx, cy, 2.5);
            }
            case "flag" -> gc.drawPolyline(new int[] { sx(cx - 4), sy(cy + 7), sx(cx - 4), sy(cy - 7), sx(cx + 5), sy(cy - 7), //$NON-NLS-1$
                    sx(cx + 3), sy(cy - 4), sx(cx + 5), sy(cy - 1), sx(cx - 4), sy(cy - 1) });
            case "gear" -> { //$NON-NLS-1$
                LineAttributes dashed = new LineAttributes((float) (3 * zoom));
                dashed.style = SWT.LINE_CUSTOM;
                dashed.dash = new float[] { (float) (2 * zoom), (float) (1.5 * zoom) };
                gc.setLineAttributes(dashed);
                circle(cx, cy, 5);
            }
            default -> {
                gc.setBackground(colour(style.fontColor()));
                gc.fillOval(sx(cx - 3), sy(cy - 3), len(6), len(6));
            }
        }
    }

    private void circle(double cx, double cy, double r) {
        gc.drawOval(sx(cx - r), sy(cy - r), len(2 * r), len(2 * r));
    }

    private void line(double x1, double y1, double x2, double y2) {
        gc.drawLine(sx(x1), sy(y1), sx(x2), sy(y2));
    }

    /** A quadratic curve as a short polyline. */
    private void quad(double x0, double y0, double x1, double y1, double x2, double y2) {
        int steps = 8;
        int[] points = new int[2 * (steps + 1)];
        for (int i = 0; i <= steps; i++) {
            double t = i / (double) steps;
            double u = 1 - t;
            points[2 * i] = sx(u * u * x0 + 2 * u * t * x1 + t * t * x2);
            points[2 * i + 1] = sy(u * u * y0 + 2 * u * t * y1 + t * t * y2);
        }
        gc.drawPolyline(points);
    }

    private void edge(DiagramEdge edge, List<Point> route) {
        ElementStyle style = edge.style();
        int[] points = new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            points[2 * i] = sx(route.get(i).x());
            points[2 * i + 1] = sy(route.get(i).y());
        }
        stroke(style);
        gc.drawPolyline(points);
        if (style.targetArrow() != ArrowStyle.NONE) {
            arrow(style, route.get(route.size() - 2), route.get(route.size() - 1));
        }
    }

    /** The SVG marker: 7 pixels, its reference point 9/10 along, pointing along the last segment. */
    private void arrow(ElementStyle style, Point from, Point to) {
        double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
        if (length == 0) {
            return;
        }
        double ux = (to.x() - from.x()) / length;
        double uy = (to.y() - from.y()) / length;
        double scale = 0.7;
        gc.setLineAttributes(new LineAttributes((float) Math.max(0.7, scale * zoom), SWT.CAP_FLAT, SWT.JOIN_MITER));
        if (style.targetArrow() == ArrowStyle.OPEN_ARROW) {
            int[] p = { px(to, ux, uy, -8 * scale, -4 * scale), py(to, ux, uy, -8 * scale, -4 * scale), px(to, ux, uy, 0, 0),
                py(to, ux, uy, 0, 0), px(to, ux, uy, -8 * scale, 4 * scale), py(to, ux, uy, -8 * scale, 4 * scale) };
            gc.setForeground(colour(style.borderColor()));
            gc.drawPolyline(p);
        } else {
            int[] p = { px(to, ux, uy, -9 * scale, -5 * scale), py(to, ux, uy, -9 * scale, -5 * scale), px(to, ux, uy, scale, 0),
                py(to, ux, uy, scale, 0), px(to, ux, uy, -9 * scale, 5 * scale), py(to, ux, uy, -9 * scale, 5 * scale) };
            gc.setBackground(colour(style.borderColor()));
            gc.fillPolygon(p);
        }
    }

    private int px(Point at, double ux, double uy, double along, double across) {
        return sx(at.x() + ux * along - uy * across);
    }

    private int py(Point at, double ux, double uy, double along, double across) {
        return sy(at.y() + uy * along + ux * across);
    }

    private void edgeLabel(DiagramEdge edge, List<Point> route, Point position, Rectangle clip) {
        ElementStyle style = edge.style();
        double width = TextMetrics.width(edge.label(), style.fontSize(), style.bold()) + 6;
        double height = TextMetrics.lineHeight(style.fontSize()) + 2;
        Point at = position != null ? position : labelPosition(route, width, height);
        Bounds box = new Bounds(at.x(), at.y(), width, height);
        if (!visible(box, clip)) {
            return;
        }
        gc.setBackground(colour("#ffffff")); //$NON-NLS-1$
        gc.setAlpha(217);
        gc.fillRoundRectangle(sx(at.x()), sy(at.y()), len(width), len(height), len(6), len(6));
        gc.setAlpha(255);
        text(List.of(edge.label()), at.x() + width / 2, at.y() + height / 2 + style.fontSize() * 0.35, 0, style, true);
    }

    /**
     * @param route  an edge's route
     * @param width  its label's width
     * @param height its label's height
     * @return the top-left corner of the label at the middle of the longest segment
     */
    public static Point labelPosition(List<Point> route, double width, double height) {
        Point a = route.get(0);
        Point b = route.get(1);
        double longest = -1;
        for (int i = 0; i + 1 < route.size(); i++) {
            Point p = route.get(i);
            Point q = route.get(i + 1);
            double length = Math.abs(p.x() - q.x()) + Math.abs(p.y() - q.y());
            if (length > longest) {
                longest = length;
                a = p;
                b = q;
            }
        }
        return new Point((a.x() + b.x()) / 2 - width / 2, (a.y() + b.y()) / 2 - height / 2);
    }
}
