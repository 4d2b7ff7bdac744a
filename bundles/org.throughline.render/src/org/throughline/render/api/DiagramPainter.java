// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.api;

import java.util.ArrayList;
import java.util.List;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.ElementStyle;
import org.throughline.diagram.api.LegendEntry;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.render.api.Drawing.Anchor;
import org.throughline.render.api.Drawing.Ellipse;
import org.throughline.render.api.Drawing.Fill;
import org.throughline.render.api.Drawing.Font;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.LineTo;
import org.throughline.render.api.Drawing.MoveTo;
import org.throughline.render.api.Drawing.Path;
import org.throughline.render.api.Drawing.QuadTo;
import org.throughline.render.api.Drawing.Rectangle;
import org.throughline.render.api.Drawing.Segment;
import org.throughline.render.api.Drawing.Stroke;
import org.throughline.render.api.Drawing.Text;
import org.throughline.render.internal.Messages;
import org.throughline.viewpoint.ArrowStyle;
import org.throughline.viewpoint.LineStyle;
import org.throughline.viewpoint.Shape;

/**
 * Makes every drawing decision for a laid-out diagram once, as backend-neutral
 * {@link Drawing} commands: shapes with their fills and borders, wrapped labels, icons, badges,
 * lanes with their headers, edges with arrowheads and labels, the legend of the conditional styles
 * in use, and the title. {@link SvgRenderer} writes the commands as SVG (reports, the command
 * line); the diagram editor draws the same commands with SWT, so that a diagram looks the same
 * everywhere.
 * <p>
 * {@link #page(Diagram)} gives the whole page; {@link #diagram(Diagram)}, {@link #node(DiagramNode)}
 * and {@link #edge(DiagramEdge)} give the diagram or one of its elements alone, in diagram
 * coordinates, for an editor's canvas. Text widths are the estimates of {@link TextMetrics}, which
 * layout also uses; a backend with real font metrics centres or starts each line at the given x.
 */
public final class DiagramPainter {

    /** The margin around the page's content. */
    public static final double MARGIN = 20;

    private static final String TITLE_COLOUR = "#1c2833"; //$NON-NLS-1$
    private static final String NOTE_COLOUR = "#566573"; //$NON-NLS-1$
    private static final String WHITE = "#ffffff"; //$NON-NLS-1$
    private static final int TITLE_SIZE = 18;
    private static final int NOTE_SIZE = 11;
    private static final int LEGEND_SIZE = 11;
    private static final int BADGE_SIZE = 9;
    private static final double BADGE_HEIGHT = 14;
    private static final double SWATCH_WIDTH = 36;
    private static final double SWATCH_HEIGHT = 16;
    private static final double LEGEND_ROW = 24;
    private static final double LEGEND_GAP = 28;

    private final double dx;
    private final double dy;

    /** The diagram's edges, which container labels keep clear of. */
    private List<DiagramEdge> edges = List.of();

    private DiagramPainter(double dx, double dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /**
     * The whole page: the diagram's name as its title, its description's documentation, the
     * diagram, and the legend of the conditional styles in use below it.
     *
     * @param diagram a laid-out diagram
     * @return its page
     */
    public static DisplayList page(Diagram diagram) {
        Bounds extent = DiagramLayout.extent(diagram);
        // As wide as the title needs: a long diagram name is never cut off.
        double contentWidth = Math.max(Math.max(extent.width(), 480), Math.ceil(TextMetrics.width(diagram.name(), TITLE_SIZE, true)));
        List<String> note = documentation(diagram, contentWidth);
        double top = MARGIN + TITLE_SIZE + 8 + note.size() * TextMetrics.lineHeight(NOTE_SIZE) + 16;
        List<LegendCell> cells = legendCells(diagram.legend(), contentWidth);
        double legendTop = top + extent.height() + 24;
        double legendHeight = cells.isEmpty() ? 0 : 22 + (cells.get(cells.size() - 1).row() + 1) * LEGEND_ROW;
        double legendWidth = 0;
        for (LegendCell cell : cells) {
            legendWidth = Math.max(legendWidth, cell.x() + cell.width());
        }
        double width = Math.ceil(Math.max(contentWidth, legendWidth) + 2 * MARGIN);
        double height = Math.ceil(legendTop + legendHeight + MARGIN);

        List<Drawing> drawings = new ArrayList<>();
        drawings.add(new Rectangle(0, 0, width, height, 0, new Fill(WHITE), null));
        List<Drawing> title = new ArrayList<>();
        title.add(new Text(List.of(diagram.name()), MARGIN, MARGIN + TITLE_SIZE, 0, new Font(TITLE_SIZE, true), TITLE_COLOUR,
                Anchor.START));
        if (!note.isEmpty()) {
            title.add(new Text(note, MARGIN, MARGIN + TITLE_SIZE + 8 + NOTE_SIZE, TextMetrics.lineHeight(NOTE_SIZE),
                    new Font(NOTE_SIZE, false), NOTE_COLOUR, Anchor.START));
        }
        drawings.add(new Group("title", diagram.rootId(), diagram.name(), title)); //$NON-NLS-1$
        drawings.addAll(new DiagramPainter(MARGIN, top).drawDiagram(diagram));
        if (!cells.isEmpty()) {
            drawings.add(new DiagramPainter(MARGIN, legendTop).drawLegend(cells));
        }
        return new DisplayList(width, height, new Point(MARGIN, top), drawings);
    }

    /**
     * @param diagram a laid-out diagram
     * @return its lanes, containers, edges, nodes and edge labels, in diagram coordinates, in
     *         painting order; without title or legend
     */
    public static List<Drawing> diagram(Diagram diagram) {
        return new DiagramPainter(0, 0).drawDiagram(diagram);
    }

    /**
     * @param node a laid-out node, container or lane
     * @return how it is drawn (a container or lane without its children), in diagram coordinates
     */
    public static Group node(DiagramNode node) {
        DiagramPainter painter = new DiagramPainter(0, 0);
        return node.kind() == NodeKind.NODE ? painter.drawNode(node) : painter.drawGroup(node);
    }

    /**
     * @param edge a laid-out edge
     * @return its line and arrowhead, then its label (when it has one), in diagram coordinates
     */
    public static List<Group> edge(DiagramEdge edge) {
        DiagramPainter painter = new DiagramPainter(0, 0);
        List<Group> result = new ArrayList<>();
        Group line = painter.drawEdge(edge);
        if (line != null) {
            result.add(line);
        }
        Group label = painter.drawEdgeLabel(edge);
        if (label != null) {
            result.add(label);
        }
        return result;
    }

    /**
     * @param edge a laid-out edge
     * @return its line and arrowhead as {@link #edge(DiagramEdge)} draws them, without its label
     *         (for a view zoomed out too far to read it), or {@code null} when it has no route
     */
    public static Group line(DiagramEdge edge) {
        return new DiagramPainter(0, 0).drawEdge(edge);
    }

    /**
     * @param diagram a diagram
     * @param width   the widest the legend may be
     * @return its legend (the conditional styles in use) from (0, 0), or {@code null} when it has none
     */
    public static Group legend(Diagram diagram, double width) {
        List<LegendCell> cells = legendCells(diagram.legend(), width);
        return cells.isEmpty() ? null : new DiagramPainter(0, 0).drawLegend(cells);
    }

    private static List<String> documentation(Diagram diagram, double width) {
        String text = diagram.description().getDocumentation();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return TextMetrics.wrap(text.trim(), NOTE_SIZE, false, Math.max(480, width));
    }

    private List<Drawing> drawDiagram(Diagram diagram) {
        edges = diagram.edges();
        List<Drawing> drawings = new ArrayList<>();
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() != NodeKind.NODE && node.bounds() != null) {
                drawings.add(drawGroup(node));
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            Group line = drawEdge(edge);
            if (line != null) {
                drawings.add(line);
            }
        }
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() == NodeKind.NODE && node.bounds() != null) {
                drawings.add(drawNode(node));
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            Group label = drawEdgeLabel(edge);
            if (label != null) {
                drawings.add(label);
            }
        }
        return drawings;
    }

    // ---- strokes and fills -------------------------------------------------------------------

    /**
     * @param style a resolved style
     * @return the stroke of its border or line: colour, width and dashes
     */
    public static Stroke stroke(ElementStyle style) {
        double w = Math.max(1, style.borderWidth());
        String colour = colour(style.borderColor());
        if (style.lineStyle() == LineStyle.DASHED) {
            return new Stroke(colour, style.borderWidth(), List.of(Double.valueOf(6 * w), Double.valueOf(3 * w)), false);
        }
        if (style.lineStyle() == LineStyle.DOTTED) {
            return new Stroke(colour, style.borderWidth(), List.of(Double.valueOf(w), Double.valueOf(2 * w)), true);
        }
        return new Stroke(colour, style.borderWidth());
    }

    /**
     * @param colour a colour as written in a viewpoint
     * @return it, lower-case, if it is a {@code #rgb} or {@code #rrggbb} colour (as {@code #rrggbb}),
     *         else a neutral grey
     */
    public static String colour(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?")) { //$NON-NLS-1$
            return "#888888"; //$NON-NLS-1$
        }
        String c = colour.toLowerCase(java.util.Locale.ROOT);
        if (c.length() == 4) {
            return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3); //$NON-NLS-1$
        }
        return c;
    }

    private static Fill fill(ElementStyle style) {
        return new Fill(colour(style.fill()));
    }

    private double x(double x) {
        return x + dx;
    }

    private double y(double y) {
        return y + dy;
    }

    // ---- lanes and containers ---------------------------------------------------------------

    private Group drawGroup(DiagramNode node) {
        Bounds b = node.bounds();
        ElementStyle style = node.style();
        boolean lane = node.kind() == NodeKind.LANE;
        List<Drawing> content = new ArrayList<>();
        content.add(new Rectangle(x(b.x()), y(b.y()), b.width(), b.height(), lane ? 0 : 6, fill(style), stroke(style)));
        List<String> lines = TextMetrics.labelLines(node);
        double lineHeight = TextMetrics.lineHeight(style.fontSize());
        Font font = new Font(style.fontSize(), style.bold());
        if (lane && b.width() >= b.height()) {
            double header = DiagramLayout.LANE_HEADER;
            content.add(new Rectangle(x(b.x()), y(b.y()), header, b.height(), 0, new Fill(colour(style.borderColor()), 0.35), null));
            double top = b.y() + b.height() / 2 - (lines.size() - 1) * lineHeight / 2 + style.fontSize() * 0.35;
            content.add(new Text(lines, x(b.x() + 12), y(top), lineHeight, font, colour(style.fontColor()), Anchor.START));
        } else {
            // The header is at the top, unless layout left the room for it at the bottom (edges leave upwards).
            double header = TextMetrics.headerHeight(node);
            double top = b.y() + 8 + style.fontSize();
            double firstChild = Double.MAX_VALUE;
            double lastChild = -Double.MAX_VALUE;
            for (DiagramNode child : node.children()) {
                if (child.bounds() != null) {
                    firstChild = Math.min(firstChild, child.bounds().y() - BADGE_HEIGHT / 2);
                    lastChild = Math.max(lastChild, child.bounds().bottom());
                }
            }
            boolean bottomFree = b.bottom() - lastChild >= header;
            if (firstChild - b.y() < header && bottomFree) {
                top = b.bottom() - header + 4 + style.fontSize();
            }
            // Left, else right, in the header (or at the bottom when there is room): where no edge runs through the label.
            double width = 0;
            for (String line : lines) {
                width = Math.max(width, TextMetrics.width(line, style.fontSize(), true));
            }
            double height = (lines.size() - 1) * lineHeight + style.fontSize();
            double bottomTop = b.bottom() - header + 4 + style.fontSize();
            double[][] places = { { b.x() + 10, top }, { b.right() - 10 - width, top }, { b.x() + 10, bottomTop },
                    { b.right() - 10 - width, bottomTop } };
            double[] place = places[0];
            for (int i = 0; i < places.length; i++) {
                if ((i < 2 || bottomFree && top != bottomTop) && places[i][0] >= b.x() + 4
                        && !crossed(new Bounds(places[i][0], places[i][1] - style.fontSize(), width, height))) {
                    place = places[i];
                    break;
                }
            }
            content.add(new Text(lines, x(place[0]), y(place[1]), lineHeight, font, colour(style.fontColor()), Anchor.START));
        }
        return new Group(lane ? "lane" : "container", node.semanticId(), node.label(), content); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether an edge's line runs through the rectangle (diagram coordinates). */
    private boolean crossed(Bounds label) {
        for (DiagramEdge edge : edges) {
            List<Point> route = edge.route();
            for (int i = 0; route != null && i + 1 < route.size(); i++) {
                Point a = route.get(i);
                Point c = route.get(i + 1);
                Bounds segment = new Bounds(Math.min(a.x(), c.x()), Math.min(a.y(), c.y()), Math.abs(a.x() - c.x()),
                        Math.abs(a.y() - c.y()));
                if (segment.overlaps(label, -1)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- nodes ------------------------------------------------------------------------------

    private Group drawNode(DiagramNode node) {
        Bounds b = node.bounds();
        ElementStyle style = node.style();
        List<Drawing> content = new ArrayList<>();
        content.add(shape(style, b));
        List<String> lines = TextMetrics.labelLines(node);
        double lineHeight = TextMetrics.lineHeight(style.fontSize());
        double icon = style.icon().isEmpty() ? 0 : TextMetrics.ICON_SPACE;
        double centreX = b.x() + icon / 2 + b.width() / 2;
        double top = b.y() + b.height() / 2 - (lines.size() - 1) * lineHeight / 2 + style.fontSize() * 0.35;
        if (!style.icon().isEmpty()) {
            double textWidth = 0;
            for (String line : lines) {
                textWidth = Math.max(textWidth, TextMetrics.width(line, style.fontSize(), style.bold()));
            }
            content.add(icon(style, x(centreX - textWidth / 2 - 14), y(b.y() + b.height() / 2)));
        }
        content.add(new Text(lines, x(centreX), y(top), lineHeight, new Font(style.fontSize(), style.bold()), colour(style.fontColor()),
                Anchor.MIDDLE));
        if (!style.badge().isEmpty()) {
            // A tab on the top border, at the left (self-loops and most edge ends sit at the middle or right), never over the label.
            double w = TextMetrics.width(style.badge(), BADGE_SIZE, true) + 12;
            double left = b.x() + (style.shape() == Shape.ELLIPSE || style.shape() == Shape.DIAMOND ? b.width() / 2 - w / 2 : 10);
            double badgeTop = b.y() - BADGE_HEIGHT / 2;
            content.add(new Rectangle(x(left), y(badgeTop), w, BADGE_HEIGHT, BADGE_HEIGHT / 2, new Fill(colour(style.borderColor())),
                    new Stroke(WHITE, 1)));
            content.add(new Text(List.of(style.badge()), x(left + w / 2), y(badgeTop + BADGE_HEIGHT / 2 + BADGE_SIZE * 0.35), 0,
                    new Font(BADGE_SIZE, true), WHITE, Anchor.MIDDLE));
        }
        return new Group("node", node.semanticId(), node.label(), content); //$NON-NLS-1$
    }

    private Drawing shape(ElementStyle style, Bounds b) {
        Shape shape = style.shape() == null ? Shape.RECTANGLE : style.shape();
        return switch (shape) {
            case ELLIPSE -> new Ellipse(x(b.x()), y(b.y()), b.width(), b.height(), fill(style), stroke(style));
            case DIAMOND -> new Path(List.of(new MoveTo(x(b.center().x()), y(b.y())), new LineTo(x(b.right()), y(b.center().y())),
                    new LineTo(x(b.center().x()), y(b.bottom())), new LineTo(x(b.x()), y(b.center().y()))), true, fill(style),
                    stroke(style));
            case ROUNDED -> new Rectangle(x(b.x()), y(b.y()), b.width(), b.height(), 9, fill(style), stroke(style));
            default -> new Rectangle(x(b.x()), y(b.y()), b.width(), b.height(), 0, fill(style), stroke(style));
        };
    }

    /** Small glyphs in the label's colour; an unknown icon name gives a dot. */
    private static Group icon(ElementStyle style, double cx, double cy) {
        String c = colour(style.fontColor());
        Stroke line = new Stroke(c, 1.3);
        List<Drawing> content = new ArrayList<>();
        switch (style.icon()) {
            case "person" -> { //$NON-NLS-1$
                content.add(circle(cx, cy - 4, 3, null, line));
                content.add(new Path(List.of(new MoveTo(cx - 6, cy + 7), new QuadTo(cx, cy - 3, cx + 6, cy + 7)), false, null, line));
            }
            case "group" -> { //$NON-NLS-1$
                content.add(circle(cx - 3, cy - 3, 2.5, null, line));
                content.add(circle(cx + 4, cy - 3, 2.5, null, line));
                content.add(new Path(List.of(new MoveTo(cx - 8, cy + 6), new QuadTo(cx, cy - 2, cx + 8, cy + 6)), false, null, line));
            }
            case "organisation" -> { //$NON-NLS-1$
                content.add(new Rectangle(cx - 5, cy - 7, 10, 14, 0, null, line));
                content.add(new Path(List.of(new MoveTo(cx - 2, cy - 4), new LineTo(cx + 2, cy - 4), new MoveTo(cx - 2, cy),
                        new LineTo(cx + 2, cy)), false, null, line));
            }
            case "milestone" -> content.add(new Path(List.of(new MoveTo(cx, cy - 6), new LineTo(cx + 6, cy), new LineTo(cx, cy + 6),
                    new LineTo(cx - 6, cy)), true, null, line));
            case "target" -> { //$NON-NLS-1$
                content.add(circle(cx, cy, 6, null, line));
                content.add(circle(cx, cy, 2.5, null, line));
            }
            case "flag" -> content.add(new Path(List.of(new MoveTo(cx - 4, cy + 7), new LineTo(cx - 4, cy - 7), new LineTo(cx + 5, cy - 7),
                    new LineTo(cx + 3, cy - 4), new LineTo(cx + 5, cy - 1), new LineTo(cx - 4, cy - 1)), false, null, line));
            case "gear" -> content.add(circle(cx, cy, 5, null, new Stroke(c, 3, List.of(Double.valueOf(2), Double.valueOf(1.5)), false)));
            default -> content.add(circle(cx, cy, 3, new Fill(c), null));
        }
        return new Group("icon", "", style.icon(), content); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Ellipse circle(double cx, double cy, double r, Fill fill, Stroke stroke) {
        return new Ellipse(cx - r, cy - r, 2 * r, 2 * r, fill, stroke);
    }

    // ---- edges ------------------------------------------------------------------------------

    private Group drawEdge(DiagramEdge edge) {
        List<Point> route = edge.route();
        if (route.size() < 2) {
            return null;
        }
        ElementStyle style = edge.style();
        Stroke stroke = stroke(style);
        List<Drawing> content = new ArrayList<>();
        Point tip = route.get(route.size() - 1);
        Point from = route.get(route.size() - 2);
        double length = Math.hypot(tip.x() - from.x(), tip.y() - from.y());
        double ux = length == 0 ? 0 : (tip.x() - from.x()) / length;
        double uy = length == 0 ? 1 : (tip.y() - from.y()) / length;
        double arrow = Math.min(14, 7 + 1.6 * style.borderWidth());
        // A filled arrowhead covers the line's end: stop the line inside it, so a thick line never pokes through the point.
        double cut = style.targetArrow() == ArrowStyle.ARROW ? Math.min(arrow * 0.7, length) : 0;
        List<Segment> segments = new ArrayList<>();
        segments.add(new MoveTo(x(route.get(0).x()), y(route.get(0).y())));
        for (int i = 1; i < route.size() - 1; i++) {
            segments.add(new LineTo(x(route.get(i).x()), y(route.get(i).y())));
        }
        segments.add(new LineTo(x(tip.x() - ux * cut), y(tip.y() - uy * cut)));
        content.add(new Path(segments, false, null, stroke));
        if (style.targetArrow() != ArrowStyle.NONE) {
            double half = arrow * 0.42;
            double bx = tip.x() - ux * arrow;
            double by = tip.y() - uy * arrow;
            Point left = new Point(bx - uy * half, by + ux * half);
            Point right = new Point(bx + uy * half, by - ux * half);
            List<Segment> head = List.of(new MoveTo(x(left.x()), y(left.y())), new LineTo(x(tip.x()), y(tip.y())),
                    new LineTo(x(right.x()), y(right.y())));
            if (style.targetArrow() == ArrowStyle.ARROW) {
                content.add(new Path(head, true, new Fill(stroke.colour()), null));
            } else {
                content.add(new Path(head, false, null, new Stroke(stroke.colour(), Math.max(1.2, style.borderWidth() * 0.8))));
            }
        }
        String tooltip = edge.source().label() + " \u2192 " + edge.target().label() //$NON-NLS-1$
                + (edge.label().isEmpty() ? "" : ": " + edge.label()); //$NON-NLS-1$ //$NON-NLS-2$
        return new Group("edge", edge.semanticId(), tooltip, content); //$NON-NLS-1$
    }

    private Group drawEdgeLabel(DiagramEdge edge) {
        if (edge.label().isEmpty() || edge.route().size() < 2) {
            return null;
        }
        ElementStyle style = edge.style();
        Bounds box = DiagramLayout.labelBox(edge);
        Point at = new Point(box.x(), box.y());
        double width = box.width();
        double height = box.height();
        List<Drawing> content = List.of(new Rectangle(x(at.x()), y(at.y()), width, height, 3, new Fill(WHITE, 0.85), null),
                new Text(List.of(edge.label()), x(at.x() + width / 2), y(at.y() + height / 2 + style.fontSize() * 0.35), 0,
                        new Font(style.fontSize(), style.bold()), colour(style.fontColor()), Anchor.MIDDLE));
        return new Group("edge-label", edge.semanticId(), edge.label(), content); //$NON-NLS-1$
    }

    // ---- legend -----------------------------------------------------------------------------

    /** Where one legend entry goes: entries flow left to right and wrap, each as wide as its text. */
    private record LegendCell(LegendEntry entry, String text, double x, int row, double width) {
    }

    private static List<LegendCell> legendCells(List<LegendEntry> legend, double maxWidth) {
        List<LegendCell> cells = new ArrayList<>();
        double x = 0;
        int row = 0;
        for (LegendEntry entry : legend) {
            String text = entry.mapping() + ": " + entry.label(); //$NON-NLS-1$
            double width = SWATCH_WIDTH + 8 + TextMetrics.width(text, LEGEND_SIZE, false);
            if (x > 0 && x + width > maxWidth) {
                x = 0;
                row++;
            }
            cells.add(new LegendCell(entry, text, x, row, width));
            x += width + LEGEND_GAP;
        }
        return cells;
    }

    private Group drawLegend(List<LegendCell> cells) {
        List<Drawing> content = new ArrayList<>();
        content.add(new Text(List.of(Messages.svg_legend), x(0), y(14), 0, new Font(12, true), TITLE_COLOUR, Anchor.START));
        for (LegendCell cell : cells) {
            double left = cell.x();
            double top = 22 + cell.row() * LEGEND_ROW;
            ElementStyle style = cell.entry().style();
            if (cell.entry().edge()) {
                DiagramEdgeSample sample = new DiagramEdgeSample(style, left, top + SWATCH_HEIGHT / 2);
                content.addAll(sample.draw(this));
            } else {
                Bounds b = new Bounds(left, top, SWATCH_WIDTH, SWATCH_HEIGHT);
                content.add(style.shape() == Shape.LANE ? new Rectangle(x(b.x()), y(b.y()), b.width(), b.height(), 0, fill(style),
                        stroke(style)) : shape(style, b));
            }
            content.add(new Text(List.of(cell.text()), x(left + SWATCH_WIDTH + 8), y(top + 12), 0, new Font(LEGEND_SIZE, false),
                    TITLE_COLOUR, Anchor.START));
        }
        return new Group("legend", "", Messages.svg_legend, content); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A short horizontal line in an edge's style, for the legend. */
    private record DiagramEdgeSample(ElementStyle style, double left, double middle) {

        List<Drawing> draw(DiagramPainter painter) {
            DiagramNode source = new DiagramNode("", "", "", null, NodeKind.NODE, "", style, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            DiagramEdge edge = new DiagramEdge("", "", "", null, source, source, "", style); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            edge.setRoute(List.of(new Point(left, middle), new Point(left + SWATCH_WIDTH, middle)));
            return painter.drawEdge(edge).content();
        }
    }
}
