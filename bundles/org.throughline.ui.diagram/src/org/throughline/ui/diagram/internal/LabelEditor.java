// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.model.Element;

/**
 * Direct edit on the canvas: a text box over a node's label holding the element's name, all of it
 * selected so that typing replaces it (it opens by itself on a node just created, with F2 or a
 * double click on others); Enter or a click elsewhere commits it, Escape leaves the name as it was.
 */
final class LabelEditor {

    private final Canvas canvas;
    private final BiConsumer<DiagramNode, String> commit;
    private Text text;

    /**
     * @param canvas the canvas the box goes over
     * @param commit told the node and its new text when the user commits a changed name
     */
    LabelEditor(Canvas canvas, BiConsumer<DiagramNode, String> commit) {
        this.canvas = canvas;
        this.commit = commit;
    }

    /**
     * Opens the box.
     *
     * @param node   the node whose element is renamed
     * @param screen where the node is on the canvas
     */
    void open(DiagramNode node, Rectangle screen) {
        if (text != null) {
            return;
        }
        String current = node.element() instanceof Element e && e.getName() != null ? e.getName() : node.label();
        text = new Text(canvas, SWT.BORDER | SWT.SINGLE | SWT.CENTER);
        text.setText(current);
        text.setBounds(screen.x, screen.y + Math.max(0, screen.height / 2 - 14), Math.max(screen.width, 120), 28);
        text.selectAll();
        text.setFocus();
        text.addListener(SWT.DefaultSelection, e -> close(node, current, true));
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                close(node, current, false);
            }
        });
        text.addListener(SWT.FocusOut, e -> close(node, current, true));
    }

    /** @return the box open now, or {@code null} */
    Text text() {
        return text;
    }

    /** Commits what the open box holds, if a box is open (another gesture began). */
    void finish() {
        if (text != null && !text.isDisposed()) {
            text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        }
    }

    private void close(DiagramNode node, String before, boolean keep) {
        Text box = text;
        if (box == null || box.isDisposed()) {
            return;
        }
        text = null;
        String value = box.getText();
        box.dispose();
        if (keep && !value.equals(before)) {
            commit.accept(node, value);
        }
        canvas.setFocus();
    }
}
