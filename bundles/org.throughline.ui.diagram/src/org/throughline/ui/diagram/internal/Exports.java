// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.throughline.model.api.AtomicFiles;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.render.api.SvgRenderer;

/** Writes a diagram as SVG (the renderer of reports) or as PNG (drawn as on screen). */
public final class Exports {

    /** The widest or highest a PNG export gets; larger diagrams are scaled down to fit. */
    static final int MAX_PNG_SIZE = 8000;

    private Exports() {
    }

    /**
     * @param diagram a laid-out diagram
     * @param file    where to write; replaced atomically
     * @throws IOException when it cannot be written
     */
    public static void svg(Diagram diagram, Path file) throws IOException {
        write(file, SvgRenderer.renderBytes(diagram));
    }

    /**
     * @param display the display
     * @param diagram a laid-out diagram
     * @param file    where to write; replaced atomically
     * @throws IOException when it cannot be written
     */
    public static void png(Display display, Diagram diagram, Path file) throws IOException {
        ImageData data = image(display, diagram, 1);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        AtomicFiles.write(file, out -> {
            try {
                loader.save(out, SWT.IMAGE_PNG);
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    /**
     * Draws a whole diagram into an image.
     *
     * @param display the display
     * @param diagram a laid-out diagram
     * @param zoom    the scale, reduced if the image would exceed {@link #MAX_PNG_SIZE}
     * @return the pixels
     */
    public static ImageData image(Display display, Diagram diagram, double zoom) {
        Bounds extent = DiagramLayout.extent(diagram);
        double margin = DiagramViewer.MARGIN;
        double scale = Math.min(zoom, MAX_PNG_SIZE / Math.max(1, Math.max(extent.width(), extent.height()) + 2 * margin));
        int width = (int) Math.ceil((extent.width() + 2 * margin) * scale);
        int height = (int) Math.ceil((extent.height() + 2 * margin) * scale);
        Image image = new Image(display, Math.max(1, width), Math.max(1, height));
        CanvasPainter painter = new CanvasPainter(display);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            painter.paint(gc, diagram, CanvasPainter.Geometry.LAID_OUT, scale, margin * scale, margin * scale, null);
            return image.getImageData();
        } finally {
            gc.dispose();
            painter.dispose();
            image.dispose();
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        AtomicFiles.write(file, bytes);
    }
}
