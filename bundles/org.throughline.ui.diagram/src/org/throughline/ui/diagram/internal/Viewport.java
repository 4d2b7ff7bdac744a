// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.function.Supplier;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.Point;
import org.throughline.layout.api.DiagramLayout;

/**
 * Zoom and scrolling of the diagram canvas: which part of the diagram the window shows, at what
 * scale, and the conversion between canvas pixels and diagram units.
 */
final class Viewport {

    /** Room around the diagram, in diagram units. */
    static final double MARGIN = 20;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 4;

    private final Canvas canvas;
    private final Supplier<Diagram> diagram;
    private final Runnable changed;
    private double zoom = 1;

    /**
     * @param canvas  the canvas, with scroll bars
     * @param diagram the diagram shown now
     * @param changed told after the view moved or zoomed (to paint again)
     */
    Viewport(Canvas canvas, Supplier<Diagram> diagram, Runnable changed) {
        this.canvas = canvas;
        this.diagram = diagram;
        this.changed = changed;
    }

    double zoom() {
        return zoom;
    }

    /** @param factor the new zoom factor, kept between 5 % and 400 %, around the window's centre */
    void setZoom(double factor) {
        Rectangle area = canvas.getClientArea();
        zoomAround(factor, area.width / 2, area.height / 2);
    }

    /** Zooms keeping the diagram point under a canvas point where it is (the mouse wheel's zoom). */
    void zoomAround(double factor, int screenX, int screenY) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
        Point anchor = toDiagram(screenX, screenY);
        zoom = next;
        updateScrollBars();
        scrollTo((int) Math.round((anchor.x() + MARGIN) * zoom) - screenX, (int) Math.round((anchor.y() + MARGIN) * zoom) - screenY);
        changed.run();
    }

    /** Where Fit leaves the canvas legend. */
    enum LegendPlace {
        /** no room kept: there is no legend, or the window is too small to spare any */
        NONE,
        /** below the diagram or beside it, laid out wide */
        WIDE,
        /** beside the diagram, as one column */
        COLUMN,
        /** folded to its tab: room for it would shrink the diagram by more than a quarter */
        FOLDED
    }

    /**
     * Zooms so that the whole diagram fits the window (never beyond 100 %), leaving room for the
     * legend below it (laid out wide) or beside it (as one column, or wide when a column does not
     * fit), whichever lets the diagram be larger; or, when any room would shrink the diagram by
     * more than a quarter and the user has not opened the legend, none (the legend folds).
     *
     * @param wide    the size of the legend laid out wide, in screen pixels, or {@code null} for none
     * @param column  the size of the legend laid out as one column, or {@code null} when it has none
     * @param mayFold whether the legend may be folded (the user has not opened or folded it)
     * @return where the legend goes
     */
    LegendPlace zoomToFit(org.eclipse.swt.graphics.Point wide, org.eclipse.swt.graphics.Point column, boolean mayFold) {
        Rectangle area = canvas.getClientArea();
        Bounds extent = DiagramLayout.extent(diagram.get());
        if (area.width <= 0 || area.height <= 0) {
            return LegendPlace.NONE;
        }
        double width = extent.width() + 2 * MARGIN;
        double height = extent.height() + 2 * MARGIN;
        double fit = Math.min(area.width / width, area.height / height);
        LegendPlace place = LegendPlace.NONE;
        if (wide != null) {
            double below = Math.min(area.width / width, (area.height - wide.y) / height);
            org.eclipse.swt.graphics.Point side = column != null ? column : wide;
            double beside = Math.min((area.width - side.x) / width, area.height / height);
            double roomy = Math.max(below, beside);
            if (mayFold && roomy < fit * 0.75) {
                place = LegendPlace.FOLDED;
            } else if (roomy > fit / 2) {
                // (A window too small to spare the room: the diagram fits it whole, under the legend.)
                fit = roomy;
                place = beside > below && column != null ? LegendPlace.COLUMN : LegendPlace.WIDE;
            }
        }
        zoom = Math.max(MIN_ZOOM, Math.min(1, fit));
        updateScrollBars();
        scrollTo(0, 0);
        changed.run();
        return place;
    }

    /** @return the part of the diagram visible now, in diagram coordinates */
    Bounds visibleArea() {
        Rectangle area = canvas.getClientArea();
        Point topLeft = toDiagram(0, 0);
        return new Bounds(topLeft.x(), topLeft.y(), area.width / zoom, area.height / zoom);
    }

    /** Scrolls so that a diagram point is at the top left of the window. */
    void reveal(double x, double y) {
        scrollTo((int) Math.round((x + MARGIN) * zoom), (int) Math.round((y + MARGIN) * zoom));
        changed.run();
    }

    private void scrollTo(int x, int y) {
        canvas.getHorizontalBar().setSelection(Math.max(0, x));
        canvas.getVerticalBar().setSelection(Math.max(0, y));
    }

    /** Fits the scroll bars to the diagram's extent at this zoom. */
    void updateScrollBars() {
        if (canvas.isDisposed()) {
            return;
        }
        Bounds extent = DiagramLayout.extent(diagram.get());
        Rectangle area = canvas.getClientArea();
        update(canvas.getHorizontalBar(), (int) Math.ceil((extent.width() + 2 * MARGIN) * zoom), area.width);
        update(canvas.getVerticalBar(), (int) Math.ceil((extent.height() + 2 * MARGIN) * zoom), area.height);
    }

    private static void update(ScrollBar bar, int content, int visible) {
        int selection = bar.getSelection();
        bar.setMaximum(Math.max(content, visible));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible - 20));
        bar.setIncrement(20);
        bar.setSelection(Math.min(selection, Math.max(0, content - visible)));
    }

    /** @return where diagram x 0 is on the canvas */
    double offsetX() {
        return MARGIN * zoom - canvas.getHorizontalBar().getSelection();
    }

    /** @return where diagram y 0 is on the canvas */
    double offsetY() {
        return MARGIN * zoom - canvas.getVerticalBar().getSelection();
    }

    Point toDiagram(int x, int y) {
        return new Point((x - offsetX()) / zoom, (y - offsetY()) / zoom);
    }

    org.eclipse.swt.graphics.Point toScreen(Point p) {
        return new org.eclipse.swt.graphics.Point((int) Math.round(p.x() * zoom + offsetX()), (int) Math.round(p.y() * zoom + offsetY()));
    }

    /** @return a diagram rectangle on the canvas */
    Rectangle toScreen(Bounds b) {
        org.eclipse.swt.graphics.Point p = toScreen(new Point(b.x(), b.y()));
        return new Rectangle(p.x, p.y, (int) Math.round(b.width() * zoom), (int) Math.round(b.height() * zoom));
    }
}
