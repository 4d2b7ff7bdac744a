// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.api;

import java.nio.charset.StandardCharsets;

import org.throughline.diagram.api.Diagram;
import org.throughline.render.api.Drawing.Anchor;
import org.throughline.render.api.Drawing.Ellipse;
import org.throughline.render.api.Drawing.Fill;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.LineTo;
import org.throughline.render.api.Drawing.MoveTo;
import org.throughline.render.api.Drawing.Path;
import org.throughline.render.api.Drawing.QuadTo;
import org.throughline.render.api.Drawing.Rectangle;
import org.throughline.render.api.Drawing.Segment;
import org.throughline.render.api.Drawing.Stroke;
import org.throughline.render.api.Drawing.Text;
import org.throughline.render.internal.Svg;

/**
 * Writes a laid-out diagram as a standalone SVG document: the drawing commands of
 * {@link DiagramPainter#page(Diagram)} (title, lanes, containers, nodes with wrapped labels, icons
 * and badges, edges with arrowheads and labels, the legend of the conditional styles in use),
 * translated one for one. Every text is XML-escaped; the same diagram always gives the same bytes.
 * Used for {@code throughline diagram} and for reports; the diagram editor draws the same commands
 * with SWT.
 */
public final class SvgRenderer {

    /** The typeface text was measured in, then narrower fallbacks: labels fit whichever the reader has. */
    private static final String FONT = org.throughline.diagram.api.Typeface.CSS_FAMILY;
    /** The room a figure's SVG starts with. */
    private static final int FIGURE_CHARS = 8 * 1024;

    private final Svg svg;

    private SvgRenderer(Svg svg) {
        this.svg = svg;
    }

    /**
     * @param diagram a laid-out diagram
     * @return the SVG document
     */
    public static String render(Diagram diagram) {
        return render(DiagramPainter.page(diagram), diagram.name());
    }

    /**
     * @param diagram a laid-out diagram
     * @return the SVG document, UTF-8 encoded
     */
    public static byte[] renderBytes(Diagram diagram) {
        return render(diagram).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param page  drawing commands, for example a page of {@link DiagramPainter}
     * @param title the document's title
     * @return the SVG document
     */
    public static String render(DisplayList page, String title) {
        SvgRenderer renderer = new SvgRenderer(new Svg());
        Svg svg = renderer.svg;
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").num(page.width()).raw("\" height=\"").num(page.height()) //$NON-NLS-1$ //$NON-NLS-2$
                .raw("\" viewBox=\"0 0 ").num(page.width()).raw(" ").num(page.height()).raw("\" font-family=\"").raw(FONT).raw("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        svg.raw("<title>").text(title).raw("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Drawing drawing : page.drawings()) {
            renderer.draw(drawing);
            svg.raw("\n"); //$NON-NLS-1$
        }
        svg.raw("</svg>\n"); //$NON-NLS-1$
        return svg.toString();
    }

    /**
     * @param figure   drawing commands, for example a {@link TrajectoryFigure}
     * @param title    what the figure shows, for readers who cannot see it
     * @param cssClass the class of the {@code svg} element
     * @return an {@code svg} element to place in an HTML page (no XML declaration), an image
     *         with its title, presentation attributes only (no style), so that a strict
     *         Content-Security-Policy allows it
     */
    public static String figure(DisplayList figure, String title, String cssClass) {
        // A figure (a chart) is a few kilobytes: a diagram's room would be most of what it allocates.
        SvgRenderer renderer = new SvgRenderer(new Svg(FIGURE_CHARS));
        Svg svg = renderer.svg;
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").text(cssClass).raw("\" width=\"").num(figure.width()) //$NON-NLS-1$ //$NON-NLS-2$
                .raw("\" height=\"").num(figure.height()).raw("\" viewBox=\"0 0 ").num(figure.width()).raw(" ").num(figure.height()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .raw("\" role=\"img\" font-family=\"").raw(FONT).raw("\"><title>").text(title).raw("</title>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (Drawing drawing : figure.drawings()) {
            renderer.draw(drawing);
        }
        svg.raw("</svg>"); //$NON-NLS-1$
        return svg.toString();
    }

    private void draw(Drawing drawing) {
        switch (drawing) {
            case Rectangle r -> {
                svg.raw("<rect x=\"").num(r.x()).raw("\" y=\"").num(r.y()).raw("\" width=\"").num(r.width()).raw("\" height=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .num(r.height()).raw("\""); //$NON-NLS-1$
                if (r.radius() > 0) {
                    svg.raw(" rx=\"").num(r.radius()).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$
                }
                paint(r.fill(), r.stroke());
                svg.raw("/>"); //$NON-NLS-1$
            }
            case Ellipse e -> {
                svg.raw("<ellipse cx=\"").num(e.x() + e.width() / 2).raw("\" cy=\"").num(e.y() + e.height() / 2).raw("\" rx=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .num(e.width() / 2).raw("\" ry=\"").num(e.height() / 2).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$
                paint(e.fill(), e.stroke());
                svg.raw("/>"); //$NON-NLS-1$
            }
            case Path p -> {
                svg.raw("<path d=\""); //$NON-NLS-1$
                boolean first = true;
                for (Segment segment : p.segments()) {
                    svg.raw(first ? "" : " "); //$NON-NLS-1$ //$NON-NLS-2$
                    first = false;
                    switch (segment) {
                        case MoveTo m -> svg.raw("M").num(m.x()).raw(",").num(m.y()); //$NON-NLS-1$ //$NON-NLS-2$
                        case LineTo l -> svg.raw("L").num(l.x()).raw(",").num(l.y()); //$NON-NLS-1$ //$NON-NLS-2$
                        case QuadTo q -> svg.raw("Q").num(q.cx()).raw(",").num(q.cy()).raw(" ").num(q.x()).raw(",").num(q.y()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    }
                }
                svg.raw(p.closed() ? " Z\"" : "\""); //$NON-NLS-1$ //$NON-NLS-2$
                paint(p.fill(), p.stroke());
                svg.raw("/>"); //$NON-NLS-1$
            }
            case Text t -> {
                svg.raw("<text x=\"").num(t.x()).raw("\" y=\"").num(t.y()).raw("\" font-size=\"").num(Integer.valueOf(t.font().size())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .raw("\" fill=\"").raw(Svg.colour(t.colour())).raw("\"").raw(t.font().bold() ? " font-weight=\"bold\"" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        .raw(t.anchor() == Anchor.MIDDLE ? " text-anchor=\"middle\">" : ">"); //$NON-NLS-1$ //$NON-NLS-2$
                if (t.lines().size() == 1) {
                    svg.text(t.lines().get(0));
                } else {
                    for (int i = 0; i < t.lines().size(); i++) {
                        svg.raw("<tspan x=\"").num(t.x()).raw("\"").raw(i == 0 ? "" : " dy=\"" + Svg.number(t.lineHeight()) + "\"").raw(">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                                .text(t.lines().get(i)).raw("</tspan>"); //$NON-NLS-1$
                    }
                }
                svg.raw("</text>"); //$NON-NLS-1$
            }
            case Group g -> {
                svg.raw("<g class=\"").text(g.role()).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$
                if (!g.elementId().isEmpty()) {
                    svg.raw(" data-id=\"").text(g.elementId()).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$
                }
                svg.raw(">"); //$NON-NLS-1$
                if (!g.tooltip().isEmpty()) {
                    svg.raw("<title>").text(g.tooltip()).raw("</title>"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                for (Drawing child : g.content()) {
                    draw(child);
                }
                svg.raw("</g>"); //$NON-NLS-1$
            }
        }
    }

    private void paint(Fill fill, Stroke stroke) {
        if (fill == null) {
            svg.raw(" fill=\"none\""); //$NON-NLS-1$
        } else {
            svg.raw(" fill=\"").raw(Svg.colour(fill.colour())).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$
            if (fill.opacity() < 1) {
                svg.raw(" fill-opacity=\"").raw(Svg.decimal(fill.opacity())).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (stroke != null) {
            svg.raw(" stroke=\"").raw(Svg.colour(stroke.colour())).raw("\" stroke-width=\"").num(stroke.width()).raw("\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (!stroke.dashes().isEmpty()) {
                svg.raw(" stroke-dasharray=\""); //$NON-NLS-1$
                for (int i = 0; i < stroke.dashes().size(); i++) {
                    svg.raw(i == 0 ? "" : " ").num(stroke.dashes().get(i)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                svg.raw("\""); //$NON-NLS-1$
            }
            svg.raw(stroke.round() ? " stroke-linecap=\"round\" stroke-linejoin=\"round\"" : " stroke-linejoin=\"round\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
