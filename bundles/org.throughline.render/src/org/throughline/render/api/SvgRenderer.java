// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

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
import org.throughline.render.internal.Messages;
import org.throughline.render.internal.Svg;
import org.throughline.viewpoint.ArrowStyle;
import org.throughline.viewpoint.LineStyle;
import org.throughline.viewpoint.Shape;

/**
 * Draws a laid-out diagram as a standalone SVG document: a title, lanes, containers, nodes with
 * wrapped labels, icons and badges, edges with arrowheads and labels, and a legend of the
 * conditional styles in use. Every text is XML-escaped; the same diagram always gives the same
 * bytes. Used for {@code throughline diagram} and for HTML reports.
 */
public final class SvgRenderer {

    private static final String FONT = "Helvetica, Arial, sans-serif"; //$NON-NLS-1$
    private static final double MARGIN = 20;
    private static final double TITLE = 56;
    private static final double LEGEND_ENTRY = 250;

    private final Diagram diagram;
    private final Svg svg = new Svg();

    private SvgRenderer(Diagram diagram) {
        this.diagram = diagram;
    }

    /**
     * @param diagram a laid-out diagram
     * @return the SVG document
     */
    public static String render(Diagram diagram) {
        return new SvgRenderer(diagram).draw();
    }

    /**
     * @param diagram a laid-out diagram
     * @return the SVG document, UTF-8 encoded
     */
    public static byte[] renderBytes(Diagram diagram) {
        return render(diagram).getBytes(StandardCharsets.UTF_8);
    }

    private String draw() {
        Bounds extent = DiagramLayout.extent(diagram);
        List<LegendEntry> legend = diagram.legend();
        int columns = Math.max(1, (int) Math.floor(Math.max(extent.width(), 3 * LEGEND_ENTRY) / LEGEND_ENTRY));
        int rows = (legend.size() + columns - 1) / columns;
        double legendHeight = legend.isEmpty() ? 0 : 40 + rows * 24;
        double width = Math.max(extent.width(), Math.min(legend.size(), columns) * LEGEND_ENTRY) + 2 * MARGIN;
        double height = TITLE + extent.height() + legendHeight + 2 * MARGIN;
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").num(width).raw("\" height=\"").num(height) //$NON-NLS-1$ //$NON-NLS-2$
                .raw("\" viewBox=\"0 0 ").num(width).raw(" ").num(height).raw("\" font-family=\"").raw(FONT).raw("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        svg.raw("<title>").text(diagram.name()).raw("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        markers();
        svg.raw("<rect x=\"0\" y=\"0\" width=\"").num(width).raw("\" height=\"").num(height).raw("\" fill=\"#ffffff\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        svg.raw("<text x=\"").num(MARGIN).raw("\" y=\"").num(MARGIN + 18).raw("\" font-size=\"18\" font-weight=\"bold\" fill=\"#1c2833\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .text(diagram.name()).raw("</text>\n"); //$NON-NLS-1$
        String documentation = diagram.description().getDocumentation();
        if (documentation != null && !documentation.isBlank()) {
            List<String> lines = TextMetrics.wrap(documentation, 11, false, Math.max(400, width - 2 * MARGIN));
            svg.raw("<text x=\"").num(MARGIN).raw("\" y=\"").num(MARGIN + 36).raw("\" font-size=\"11\" fill=\"#566573\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .text(lines.get(0) + (lines.size() > 1 ? " …" : "")).raw("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        svg.raw("<g transform=\"translate(").num(MARGIN).raw(" ").num(MARGIN + TITLE).raw(")\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() != NodeKind.NODE && node.bounds() != null) {
                group(node);
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            edge(edge);
        }
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() == NodeKind.NODE && node.bounds() != null) {
                node(node);
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            edgeLabel(edge);
        }
        svg.raw("</g>\n"); //$NON-NLS-1$
        if (!legend.isEmpty()) {
            legend(legend, columns, MARGIN + TITLE + extent.height() + 16);
        }
        svg.raw("</svg>\n"); //$NON-NLS-1$
        return svg.toString();
    }

    private void markers() {
        TreeSet<String> ids = new TreeSet<>();
        for (DiagramEdge edge : diagram.edges()) {
            if (edge.style().targetArrow() != ArrowStyle.NONE) {
                ids.add(markerId(edge.style()));
            }
        }
        for (LegendEntry entry : diagram.legend()) {
            if (entry.edge() && entry.style().targetArrow() != ArrowStyle.NONE) {
                ids.add(markerId(entry.style()));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        svg.raw("<defs>\n"); //$NON-NLS-1$
        for (String id : ids) {
            boolean open = id.startsWith("open-"); //$NON-NLS-1$
            String colour = "#" + id.substring(id.lastIndexOf('-') + 1); //$NON-NLS-1$
            svg.raw("<marker id=\"").raw(id).raw("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"") //$NON-NLS-1$ //$NON-NLS-2$
                    .raw(" markerUnits=\"userSpaceOnUse\" orient=\"auto\">") //$NON-NLS-1$
                    .raw(open ? "<path d=\"M1,1 L9,5 L1,9\" fill=\"none\" stroke=\"" : "<path d=\"M0,0 L10,5 L0,10 z\" stroke=\"none\" fill=\"") //$NON-NLS-1$ //$NON-NLS-2$
                    .raw(colour).raw("\"/></marker>\n"); //$NON-NLS-1$
        }
        svg.raw("</defs>\n"); //$NON-NLS-1$
    }

    private static String markerId(ElementStyle style) {
        return (style.targetArrow() == ArrowStyle.OPEN_ARROW ? "open-" : "arrow-") + Svg.colour(style.borderColor()).substring(1); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String dash(ElementStyle style) {
        double w = Math.max(1, style.borderWidth());
        if (style.lineStyle() == LineStyle.DASHED) {
            return " stroke-dasharray=\"" + Svg.number(6 * w) + " " + Svg.number(3 * w) + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (style.lineStyle() == LineStyle.DOTTED) {
            return " stroke-dasharray=\"" + Svg.number(w) + " " + Svg.number(2 * w) + "\" stroke-linecap=\"round\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return ""; //$NON-NLS-1$
    }

    private String stroke(ElementStyle style) {
        return " stroke=\"" + Svg.colour(style.borderColor()) + "\" stroke-width=\"" + Svg.number(style.borderWidth()) + "\"" + dash(style); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void group(DiagramNode node) {
        Bounds b = node.bounds();
        ElementStyle style = node.style();
        svg.raw("<g class=\"").raw(node.kind() == NodeKind.LANE ? "lane" : "container").raw("\" data-id=\"").text(node.semanticId()).raw("\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        svg.raw("<title>").text(node.label()).raw("</title>"); //$NON-NLS-1$ //$NON-NLS-2$
        svg.raw("<rect x=\"").num(b.x()).raw("\" y=\"").num(b.y()).raw("\" width=\"").num(b.width()).raw("\" height=\"").num(b.height()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .raw(node.kind() == NodeKind.LANE ? "\"" : "\" rx=\"6\"").raw(" fill=\"").raw(Svg.colour(style.fill())).raw("\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .raw(stroke(style)).raw("/>"); //$NON-NLS-1$
        List<String> lines = TextMetrics.labelLines(node);
        double lineHeight = TextMetrics.lineHeight(style.fontSize());
        if (node.kind() == NodeKind.LANE && isHorizontalLane(node)) {
            double header = DiagramLayout.LANE_HEADER;
            svg.raw("<rect x=\"").num(b.x()).raw("\" y=\"").num(b.y()).raw("\" width=\"").num(header).raw("\" height=\"").num(b.height()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .raw("\" fill=\"").raw(Svg.colour(style.borderColor())).raw("\" fill-opacity=\"0.35\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
            double y = b.y() + b.height() / 2 - (lines.size() - 1) * lineHeight / 2 + style.fontSize() * 0.35;
            text(lines, b.x() + 12, y, lineHeight, style, "start"); //$NON-NLS-1$
        } else {
            text(lines, b.x() + 10, b.y() + 8 + style.fontSize(), lineHeight, style, "start"); //$NON-NLS-1$
        }
        svg.raw("</g>\n"); //$NON-NLS-1$
    }

    private static boolean isHorizontalLane(DiagramNode node) {
        return node.bounds().width() >= node.bounds().height();
    }

    private void text(List<String> lines, double x, double y, double lineHeight, ElementStyle style, String anchor) {
        svg.raw("<text x=\"").num(x).raw("\" y=\"").num(y).raw("\" font-size=\"").num(Integer.valueOf(style.fontSize())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .raw("\" fill=\"").raw(Svg.colour(style.fontColor())).raw("\"").raw(style.bold() ? " font-weight=\"bold\"" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .raw(" text-anchor=\"").raw(anchor).raw("\">"); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < lines.size(); i++) {
            svg.raw("<tspan x=\"").num(x).raw("\"").raw(i == 0 ? "" : " dy=\"" + Svg.number(lineHeight) + "\"").raw(">").text(lines.get(i)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    .raw("</tspan>"); //$NON-NLS-1$
        }
        svg.raw("</text>"); //$NON-NLS-1$
    }

    private void node(DiagramNode node) {
        Bounds b = node.bounds();
        ElementStyle style = node.style();
        svg.raw("<g class=\"node\" data-id=\"").text(node.semanticId()).raw("\"><title>").text(node.label()).raw("</title>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        shape(style, b);
        List<String> lines = TextMetrics.labelLines(node);
        double lineHeight = TextMetrics.lineHeight(style.fontSize());
        double icon = style.icon().isEmpty() ? 0 : TextMetrics.ICON_SPACE;
        double centreX = b.x() + icon / 2 + b.width() / 2;
        double y = b.y() + b.height() / 2 - (lines.size() - 1) * lineHeight / 2 + style.fontSize() * 0.35;
        if (!style.icon().isEmpty()) {
            double textWidth = 0;
            for (String line : lines) {
                textWidth = Math.max(textWidth, TextMetrics.width(line, style.fontSize(), style.bold()));
            }
            icon(style, centreX - textWidth / 2 - 14, b.y() + b.height() / 2);
        }
        text(lines, centreX, y, lineHeight, style, "middle"); //$NON-NLS-1$
        if (!style.badge().isEmpty()) {
            double w = TextMetrics.width(style.badge(), 9, true) + 8;
            svg.raw("<rect x=\"").num(b.right() - w - 4).raw("\" y=\"").num(b.y() + 3).raw("\" width=\"").num(w) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .raw("\" height=\"13\" rx=\"6\" fill=\"").raw(Svg.colour(style.borderColor())).raw("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
            svg.raw("<text x=\"").num(b.right() - 4 - w / 2).raw("\" y=\"").num(b.y() + 13).raw("\" font-size=\"9\" font-weight=\"bold\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .raw(" fill=\"#ffffff\" text-anchor=\"middle\">").text(style.badge()).raw("</text>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        svg.raw("</g>\n"); //$NON-NLS-1$
    }

    private void shape(ElementStyle style, Bounds b) {
        String paint = " fill=\"" + Svg.colour(style.fill()) + "\"" + stroke(style); //$NON-NLS-1$ //$NON-NLS-2$
        Shape shape = style.shape() == null ? Shape.RECTANGLE : style.shape();
        switch (shape) {
            case ELLIPSE -> svg.raw("<ellipse cx=\"").num(b.center().x()).raw("\" cy=\"").num(b.center().y()).raw("\" rx=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .num(b.width() / 2).raw("\" ry=\"").num(b.height() / 2).raw("\"").raw(paint).raw("/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case DIAMOND -> svg.raw("<polygon points=\"").num(b.center().x()).raw(",").num(b.y()).raw(" ").num(b.right()).raw(",") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .num(b.center().y()).raw(" ").num(b.center().x()).raw(",").num(b.bottom()).raw(" ").num(b.x()).raw(",") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .num(b.center().y()).raw("\"").raw(paint).raw("/>"); //$NON-NLS-1$ //$NON-NLS-2$
            case ROUNDED -> rect(b, 9, paint);
            default -> rect(b, 0, paint);
        }
    }

    private void rect(Bounds b, double radius, String paint) {
        svg.raw("<rect x=\"").num(b.x()).raw("\" y=\"").num(b.y()).raw("\" width=\"").num(b.width()).raw("\" height=\"").num(b.height()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .raw("\"").raw(radius > 0 ? " rx=\"" + Svg.number(radius) + "\"" : "").raw(paint).raw("/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** Small glyphs drawn in the label's colour; unknown icon names draw a dot. */
    private void icon(ElementStyle style, double cx, double cy) {
        String c = Svg.colour(style.fontColor());
        svg.raw("<g fill=\"none\" stroke=\"").raw(c).raw("\" stroke-width=\"1.3\">"); //$NON-NLS-1$ //$NON-NLS-2$
        switch (style.icon()) {
            case "person" -> svg.raw("<circle cx=\"").num(cx).raw("\" cy=\"").num(cy - 4).raw("\" r=\"3\"/><path d=\"M").num(cx - 6) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    .raw(",").num(cy + 7).raw(" Q").num(cx).raw(",").num(cy - 3).raw(" ").num(cx + 6).raw(",").num(cy + 7).raw("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            case "group" -> svg.raw("<circle cx=\"").num(cx - 3).raw("\" cy=\"").num(cy - 3).raw("\" r=\"2.5\"/><circle cx=\"").num(cx + 4) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .raw("\" cy=\"").num(cy - 3).raw("\" r=\"2.5\"/><path d=\"M").num(cx - 8).raw(",").num(cy + 6).raw(" Q").num(cx).raw(",") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    .num(cy - 2).raw(" ").num(cx + 8).raw(",").num(cy + 6).raw("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "organisation" -> svg.raw("<rect x=\"").num(cx - 5).raw("\" y=\"").num(cy - 7).raw("\" width=\"10\" height=\"14\"/><path d=\"M") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .num(cx - 2).raw(",").num(cy - 4).raw(" h4 M").num(cx - 2).raw(",").num(cy).raw(" h4\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "milestone" -> svg.raw("<path d=\"M").num(cx).raw(",").num(cy - 6).raw(" L").num(cx + 6).raw(",").num(cy).raw(" L").num(cx) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    .raw(",").num(cy + 6).raw(" L").num(cx - 6).raw(",").num(cy).raw(" z\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "target" -> svg.raw("<circle cx=\"").num(cx).raw("\" cy=\"").num(cy).raw("\" r=\"6\"/><circle cx=\"").num(cx).raw("\" cy=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    .num(cy).raw("\" r=\"2.5\"/>"); //$NON-NLS-1$
            case "flag" -> svg.raw("<path d=\"M").num(cx - 4).raw(",").num(cy + 7).raw(" V").num(cy - 7).raw(" H").num(cx + 5).raw(" L") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    .num(cx + 3).raw(",").num(cy - 4).raw(" L").num(cx + 5).raw(",").num(cy - 1).raw(" H").num(cx - 4).raw("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "gear" -> svg.raw("<circle cx=\"").num(cx).raw("\" cy=\"").num(cy).raw("\" r=\"5\" stroke-dasharray=\"2 1.5\" stroke-width=\"3\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> svg.raw("<circle cx=\"").num(cx).raw("\" cy=\"").num(cy).raw("\" r=\"3\" fill=\"").raw(c).raw("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        svg.raw("</g>"); //$NON-NLS-1$
    }

    private void edge(DiagramEdge edge) {
        List<Point> route = edge.route();
        if (route.size() < 2) {
            return;
        }
        ElementStyle style = edge.style();
        svg.raw("<path class=\"edge\" data-id=\"").text(edge.semanticId()).raw("\" d=\""); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < route.size(); i++) {
            svg.raw(i == 0 ? "M" : " L").num(route.get(i).x()).raw(",").num(route.get(i).y()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        svg.raw("\" fill=\"none\"").raw(stroke(style)).raw(" stroke-linejoin=\"round\""); //$NON-NLS-1$ //$NON-NLS-2$
        if (style.targetArrow() != ArrowStyle.NONE) {
            svg.raw(" marker-end=\"url(#").raw(markerId(style)).raw(")\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        svg.raw("><title>").text(edge.source().label() + " → " + edge.target().label() + (edge.label().isEmpty() ? "" : ": " + edge.label())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .raw("</title></path>\n"); //$NON-NLS-1$
    }

    private void edgeLabel(DiagramEdge edge) {
        if (edge.label().isEmpty() || edge.route().size() < 2) {
            return;
        }
        ElementStyle style = edge.style();
        double width = TextMetrics.width(edge.label(), style.fontSize(), style.bold()) + 6;
        double height = TextMetrics.lineHeight(style.fontSize()) + 2;
        Point at = edge.labelPosition();
        if (at == null) {
            at = middleOfLongestSegment(edge.route(), width, height);
        }
        svg.raw("<rect x=\"").num(at.x()).raw("\" y=\"").num(at.y()).raw("\" width=\"").num(width).raw("\" height=\"").num(height) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .raw("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>"); //$NON-NLS-1$
        text(List.of(edge.label()), at.x() + width / 2, at.y() + height / 2 + style.fontSize() * 0.35, 0, style, "middle"); //$NON-NLS-1$
        svg.raw("\n"); //$NON-NLS-1$
    }

    private static Point middleOfLongestSegment(List<Point> route, double width, double height) {
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

    private void legend(List<LegendEntry> legend, int columns, double top) {
        svg.raw("<g class=\"legend\">"); //$NON-NLS-1$
        svg.raw("<text x=\"").num(MARGIN).raw("\" y=\"").num(top + 14).raw("\" font-size=\"12\" font-weight=\"bold\" fill=\"#1c2833\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .text(Messages.svg_legend).raw("</text>\n"); //$NON-NLS-1$
        for (int i = 0; i < legend.size(); i++) {
            LegendEntry entry = legend.get(i);
            double x = MARGIN + (i % columns) * LEGEND_ENTRY;
            double y = top + 28 + (i / columns) * 24;
            ElementStyle style = entry.style();
            if (entry.edge()) {
                svg.raw("<path d=\"M").num(x).raw(",").num(y + 8).raw(" L").num(x + 36).raw(",").num(y + 8).raw("\" fill=\"none\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        .raw(stroke(style));
                if (style.targetArrow() != ArrowStyle.NONE) {
                    svg.raw(" marker-end=\"url(#").raw(markerId(style)).raw(")\""); //$NON-NLS-1$ //$NON-NLS-2$
                }
                svg.raw("/>"); //$NON-NLS-1$
            } else {
                ElementStyle swatch = style;
                Bounds b = new Bounds(x, y, 36, 16);
                if (swatch.shape() == Shape.LANE) {
                    rect(b, 0, " fill=\"" + Svg.colour(swatch.fill()) + "\"" + stroke(swatch)); //$NON-NLS-1$ //$NON-NLS-2$
                } else {
                    shape(swatch, b);
                }
            }
            svg.raw("<text x=\"").num(x + 44).raw("\" y=\"").num(y + 12).raw("\" font-size=\"11\" fill=\"#1c2833\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .text(entry.mapping() + ": " + entry.label()).raw("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        svg.raw("</g>\n"); //$NON-NLS-1$
    }
}
