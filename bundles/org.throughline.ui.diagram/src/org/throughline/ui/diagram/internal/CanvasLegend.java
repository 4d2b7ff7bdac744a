// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.render.api.DiagramPainter;
import org.throughline.render.api.Drawing;
import org.throughline.render.api.Drawing.Anchor;
import org.throughline.render.api.Drawing.Fill;
import org.throughline.render.api.Drawing.Font;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.Stroke;
import org.throughline.render.api.Drawing.Text;

/**
 * The legend on the canvas: what the colours, line styles and icons of the diagram mean (the
 * conditional styles of its viewpoint in use, as {@link DiagramPainter#legend} draws them for the
 * SVG), in a panel in a corner of the window that stays put while the diagram scrolls and zooms:
 * the corner where it covers no node, and Fit leaves room for it beside or below the diagram. A
 * click on its "hide" folds it to a small "Legend" tab, a click on the tab opens it again;
 * elsewhere the panel lets clicks through to the diagram.
 */
public final class CanvasLegend {

    private static final double MARGIN = 8;
    private static final double PADDING = 8;
    private static final double MAX_WIDTH = 560;
    /** The legend's width as one column, when Fit puts it beside a wide, low diagram. */
    static final double COLUMN_WIDTH = 250;
    /** The most of the canvas an open legend covers before it starts folded. */
    private static final double MOST_COVERED = 0.2;
    private static final int TITLE_SIZE = 12;
    private static final String PANEL = "#ffffff"; //$NON-NLS-1$
    private static final String BORDER = "#aab7b8"; //$NON-NLS-1$
    private static final String INK = "#34495e"; //$NON-NLS-1$

    /** Whether the user opened the legend (else folded it): only when {@link #chosen}. */
    private boolean open = true;
    /** Whether the last Fit folded the legend: only until the user opens or folds it. */
    private boolean foldedForFit;
    /** Whether the last paint drew the legend open (else as its tab). */
    private boolean shownOpen = true;
    /** The widest the legend is laid out: as wide as it likes, or one column beside the diagram. */
    private double widest = MAX_WIDTH;
    /** Whether the user has folded or opened the legend; until then it starts folded where it would cover too much. */
    private boolean chosen;
    /** Where the title was drawn, in screen pixels: a click there folds or opens the legend. */
    private Rectangle title;
    /** Where the whole panel was drawn, in screen pixels. */
    private Rectangle panel;
    private Group shown;
    /** What the corner was last chosen for (the nodes on the canvas, the area, the panel's size), and the corner. */
    private List<Object> cornerKey;
    private double[] cornerChosen;

    /** @return whether the legend is open: as the user chose, else as last painted */
    public boolean isOpen() {
        return chosen ? open : shownOpen;
    }

    /** @param opened whether the legend is open (else only its tab shows) */
    public void setOpen(boolean opened) {
        this.open = opened;
        this.chosen = true;
    }

    /** @return the legend drawn by the last paint when open, else {@code null} */
    public Group shown() {
        return shown;
    }

    /** @return where the title (the fold and open control) was drawn, or {@code null} */
    public Rectangle title() {
        return title;
    }

    /**
     * @param diagram the diagram
     * @param area    the canvas' client area
     * @return the size, in screen pixels, of the open legend with its margins, which Fit keeps
     *         free of the diagram; {@code null} when the legend is folded, empty or would start folded
     */
    org.eclipse.swt.graphics.Point room(Diagram diagram, Rectangle area) {
        return room(diagram, area, MAX_WIDTH);
    }

    /**
     * @param diagram the diagram
     * @param area    the canvas' client area
     * @return the size, in screen pixels, of the open legend laid out as one column, with its
     *         margins; {@code null} as for {@link #room(Diagram, Rectangle)}
     */
    org.eclipse.swt.graphics.Point columnRoom(Diagram diagram, Rectangle area) {
        return room(diagram, area, COLUMN_WIDTH);
    }

    /** @return whether the user opened or folded the legend (else it opens where there is room) */
    boolean isChosen() {
        return chosen;
    }

    /**
     * @param fold whether Fit folds the legend to its tab, as room for it would shrink the diagram
     *             by more than a quarter; a legend the user opened or folded stays as it is
     */
    void foldForFit(boolean fold) {
        foldedForFit = fold;
    }

    /** @param column whether the legend is laid out as one column (Fit put it beside the diagram) */
    void setColumn(boolean column) {
        widest = column ? COLUMN_WIDTH : MAX_WIDTH;
    }

    private org.eclipse.swt.graphics.Point room(Diagram diagram, Rectangle area, double most) {
        if (chosen && !open || area.width < 80 || area.height < 60) {
            return null;
        }
        Group legend = DiagramPainter.legend(diagram, Math.min(most, area.width - 2 * (MARGIN + PADDING)));
        if (legend == null) {
            return null;
        }
        Bounds extent = CanvasPainter.extent(legend.content());
        double width = extent.x() + extent.width() + 2 * PADDING;
        double height = extent.y() + extent.height() + 2 * PADDING;
        if (!chosen && width * height > area.width * (double) area.height * MOST_COVERED) {
            return null;
        }
        return new org.eclipse.swt.graphics.Point((int) Math.ceil(width + 2 * MARGIN), (int) Math.ceil(height + 2 * MARGIN));
    }

    /**
     * Draws the legend over the diagram, in screen pixels, in the corner of the window where it
     * covers no node (the bottom left, else the bottom right, the top right, the top left; where
     * every corner covers one, the one covering fewest).
     *
     * @param gc      the graphics context
     * @param painter the backend
     * @param diagram the diagram
     * @param area    the canvas' client area
     * @param nodes   where the diagram's nodes are on the canvas now, asked only when the legend is drawn
     */
    void paint(GC gc, CanvasPainter painter, Diagram diagram, Rectangle area, Supplier<List<Rectangle>> nodes) {
        shown = null;
        title = null;
        panel = null;
        Group legend = DiagramPainter.legend(diagram, Math.min(widest, area.width - 2 * (MARGIN + PADDING)));
        if (legend == null || area.width < 80 || area.height < 60) {
            return;
        }
        // Until the user folds or opens it, it is open wherever the window has room for it (a page first painted small
        // grows), unless Fit folded it to keep the diagram large.
        shownOpen = chosen ? open : !foldedForFit;
        if (!shownOpen) {
            paintFolded(gc, painter, area, nodes);
            return;
        }
        List<Drawing> drawings = new ArrayList<>();
        Bounds extent = CanvasPainter.extent(legend.content());
        double width = extent.x() + extent.width() + 2 * PADDING;
        double height = extent.y() + extent.height() + 2 * PADDING;
        if (!chosen && width * height > area.width * (double) area.height * MOST_COVERED) {
            // A small window: the legend waits as a tab rather than hide a quarter of the diagram.
            shownOpen = false;
            paintFolded(gc, painter, area, nodes);
            return;
        }
        double[] at = corner(area, width, height, nodes);
        double left = at[0];
        double top = at[1];
        drawings.add(new Drawing.Rectangle(left, top, width, height, 4, new Fill(PANEL, 0.95), new Stroke(BORDER, 1)));
        String hide = Messages.legend_hide;
        double hideWidth = TextMetrics.width(hide, 10, false);
        double hideLeft = left + width - PADDING - hideWidth;
        drawings.add(new Text(List.of(hide), hideLeft, top + PADDING + 12, 0, new Font(10, false), INK, Anchor.START));
        painter.paint(gc, drawings, 1, 0, 0);
        painter.paint(gc, List.of(legend), 1, left + PADDING, top + PADDING);
        shown = legend;
        // Only the words "hide" fold it: the rest of the panel lets clicks through to the diagram under it.
        title = rectangle(hideLeft - 4, top + 2, hideWidth + PADDING + 4, PADDING + 16);
        panel = rectangle(left, top, width, height);
    }

    /** Draws the folded legend: a "Legend" tab, in a corner where it covers no node. */
    private void paintFolded(GC gc, CanvasPainter painter, Rectangle area, Supplier<List<Rectangle>> nodes) {
        String label = Messages.legend_show;
        double width = TextMetrics.width(label, TITLE_SIZE, true) + 2 * PADDING;
        double height = TITLE_SIZE + 2 * PADDING;
        double[] at = corner(area, width, height, nodes);
        List<Drawing> drawings = new ArrayList<>();
        drawings.add(new Drawing.Rectangle(at[0], at[1], width, height, 4, new Fill(PANEL, 0.95), new Stroke(BORDER, 1)));
        drawings.add(new Text(List.of(label), at[0] + PADDING, at[1] + PADDING + TITLE_SIZE - 2, 0, new Font(TITLE_SIZE, true), INK,
                Anchor.START));
        painter.paint(gc, drawings, 1, 0, 0);
        title = rectangle(at[0], at[1], width, height);
        panel = title;
    }

    /**
     * @return the top left of the corner of the area where a panel of the size covers fewest nodes, the earliest of
     *         equals; chosen again only when the nodes on the canvas, the area or the panel's size changed
     */
    private double[] corner(Rectangle area, double width, double height, Supplier<List<Rectangle>> onCanvas) {
        List<Rectangle> nodes = onCanvas.get();
        List<Object> key = List.of(nodes, area, Double.valueOf(width), Double.valueOf(height));
        if (cornerKey != null && cornerKey.get(0) == nodes && cornerKey.equals(key)) {
            return cornerChosen;
        }
        cornerKey = key;
        cornerChosen = corner(area, width, height, nodes);
        return cornerChosen;
    }

    private static double[] corner(Rectangle area, double width, double height, List<Rectangle> nodes) {
        double right = Math.max(MARGIN, area.width - MARGIN - width);
        double bottom = Math.max(MARGIN, area.height - MARGIN - height);
        double[][] corners = { { MARGIN, bottom }, { right, bottom }, { right, MARGIN }, { MARGIN, MARGIN } };
        double[] best = corners[0];
        int fewest = Integer.MAX_VALUE;
        for (double[] corner : corners) {
            Rectangle place = rectangle(corner[0], corner[1], width, height);
            int covered = 0;
            for (Rectangle node : nodes) {
                if (node.intersects(place)) {
                    covered++;
                }
            }
            if (covered < fewest) {
                fewest = covered;
                best = corner;
            }
        }
        return best;
    }

    /**
     * A press of the mouse: on "hide" or on the folded tab, folds or opens the legend.
     *
     * @param x the x on the canvas
     * @param y the y on the canvas
     * @return whether the press folded or opened the legend (and so is not a press on the diagram)
     */
    boolean mouseDown(int x, int y) {
        if (title != null && title.contains(x, y)) {
            open = !isOpen();
            chosen = true;
            return true;
        }
        return false;
    }

    /** @return where the open panel or the folded tab was drawn, or {@code null} */
    public Rectangle panel() {
        return panel;
    }

    private static Rectangle rectangle(double x, double y, double width, double height) {
        return new Rectangle((int) Math.floor(x), (int) Math.floor(y), (int) Math.ceil(width), (int) Math.ceil(height));
    }
}
