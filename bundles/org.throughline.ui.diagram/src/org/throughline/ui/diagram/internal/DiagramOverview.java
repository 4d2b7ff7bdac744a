// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.throughline.diagram.api.Bounds;
import org.throughline.layout.api.DiagramLayout;

/**
 * The Outline view of a diagram page: the whole diagram in small, with the part visible in the
 * editor framed; clicking or dragging in it scrolls the editor there.
 */
final class DiagramOverview extends Page implements IContentOutlinePage {

    private final DiagramViewer viewer;
    private final Runnable listener = this::redraw;
    private Canvas canvas;
    private CanvasPainter painter;
    private boolean dragging;

    DiagramOverview(DiagramViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        painter = new CanvasPainter(canvas.getDisplay());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> redraw());
        canvas.addListener(SWT.MouseDown, e -> {
            dragging = true;
            scrollTo(e);
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragging) {
                scrollTo(e);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> dragging = false);
        canvas.addListener(SWT.Dispose, e -> {
            viewer.removeViewListener(listener);
            painter.dispose();
        });
        viewer.addViewListener(listener);
    }

    private void redraw() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The scale and offset that fit the whole diagram in the overview. */
    private double[] transform() {
        Rectangle area = canvas.getClientArea();
        Bounds extent = DiagramLayout.extent(viewer.session().diagram());
        double margin = DiagramViewer.MARGIN;
        double scale = Math.min(area.width / (extent.width() + 2 * margin), area.height / (extent.height() + 2 * margin));
        scale = Math.max(0.001, Math.min(1, scale));
        return new double[] { scale, margin * scale, margin * scale };
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (viewer.control().isDisposed()) {
            return;
        }
        double[] t = transform();
        painter.paint(gc, viewer.session().diagram(), CanvasPainter.Geometry.LAID_OUT, t[0], t[1], t[2], area);
        Bounds visible = viewer.visibleArea();
        gc.setForeground(painter.colour("#1a73e8")); //$NON-NLS-1$
        gc.setLineAttributes(new LineAttributes(2));
        gc.drawRectangle((int) (visible.x() * t[0] + t[1]), (int) (visible.y() * t[0] + t[2]), (int) (visible.width() * t[0]),
                (int) (visible.height() * t[0]));
    }

    private void scrollTo(Event e) {
        double[] t = transform();
        Bounds visible = viewer.visibleArea();
        double x = (e.x - t[1]) / t[0] - visible.width() / 2;
        double y = (e.y - t[2]) / t[0] - visible.height() / 2;
        viewer.reveal(x, y);
        redraw();
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        // The overview selects nothing.
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        // The overview selects nothing.
    }

    @Override
    public void setSelection(ISelection selection) {
        // The overview selects nothing.
    }
}
