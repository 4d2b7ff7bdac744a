// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.click;
import static org.throughline.ui.diagram.tests.DiagramFixture.example;
import static org.throughline.ui.diagram.tests.DiagramFixture.flush;
import static org.throughline.ui.diagram.tests.DiagramFixture.mouse;
import static org.throughline.ui.diagram.tests.DiagramFixture.newDiagram;
import static org.throughline.ui.diagram.tests.DiagramFixture.page;
import static org.throughline.ui.diagram.tests.DiagramFixture.tool;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * The connection tool on the real canvas: a click starts a connection and never joins a node to
 * itself, a rubber band follows the pointer, a second click ends it, Escape cancels it.
 */
class ConnectionToolTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        flush();
    }

    private static List<DiagramNode> outcomes(DiagramViewer viewer) {
        return viewer.session().diagram().allNodes().stream().filter(n -> n.mappingId().equals("om.outcome")).toList();
    }

    private static void key(DiagramViewer viewer, int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        viewer.control().notifyListeners(SWT.KeyDown, e);
        flush();
    }

    @Test
    void aClickStartsAConnectionWithoutASelfLinkAndASecondClickEndsIt() throws Exception {
        ModelEditorContext context = open();
        DiagramViewer viewer = newDiagram(context, "outcome-map", context.model()).viewer();
        CommandStack stack = context.editingDomain().getCommandStack();
        DiagramNode from = outcomes(viewer).get(0);
        DiagramNode to = outcomes(viewer).get(1);
        Outcome source = (Outcome) from.element();
        int contributions = source.getContributions().size();
        Command before = stack.getMostRecentCommand();

        viewer.setTool(tool(viewer, "Contribution"));
        click(viewer, from.bounds().center());

        assertSame(before, stack.getMostRecentCommand(), "one click changes nothing: no contribution from the outcome to itself");
        assertEquals(contributions, source.getContributions().size());
        assertSame(from.element(), viewer.connectionSource().element(), "the connection is under way from the outcome clicked");
        assertNull(viewer.lastProblem(), viewer.lastProblem());

        Point halfway = new Point((from.bounds().center().x() + to.bounds().center().x()) / 2,
                (from.bounds().center().y() + to.bounds().center().y()) / 2);
        mouse(viewer, SWT.MouseMove, halfway, 0);
        flush();
        assertTrue(rubberBandDrawn(viewer, from.bounds().center(), halfway), "a dashed line runs from the source to the pointer");

        click(viewer, to.bounds().center());

        assertNull(viewer.lastProblem(), viewer.lastProblem());
        assertEquals(contributions + 1, source.getContributions().size(), "the second click made the contribution");
        OutcomeContribution made = source.getContributions().get(contributions);
        assertSame(to.element(), made.getTarget());
        assertNull(viewer.connectionSource(), "and ended the connection");
        assertNull(viewer.tool(), "the tool is put down");
        assertTrue(stack.canUndo());
    }

    @Test
    void escapeCancelsAConnectionUnderWayAndThenPutsTheToolDown() throws Exception {
        ModelEditorContext context = open();
        DiagramViewer viewer = newDiagram(context, "outcome-map", context.model()).viewer();
        CommandStack stack = context.editingDomain().getCommandStack();
        DiagramNode from = outcomes(viewer).get(0);
        Command before = stack.getMostRecentCommand();

        viewer.setTool(tool(viewer, "Contribution"));
        click(viewer, from.bounds().center());
        assertNotNull(viewer.connectionSource());

        key(viewer, SWT.ESC);
        assertNull(viewer.connectionSource(), "Escape cancels the connection");
        assertNotNull(viewer.tool(), "but keeps the tool for another try");
        key(viewer, SWT.ESC);
        assertNull(viewer.tool(), "a second Escape puts the tool down");
        assertSame(before, stack.getMostRecentCommand(), "nothing was changed");
    }

    @Test
    void clickingTheSourceAgainCancelsRatherThanLinkingItToItself() throws Exception {
        ModelEditorContext context = open();
        DiagramViewer viewer = newDiagram(context, "outcome-map", context.model()).viewer();
        CommandStack stack = context.editingDomain().getCommandStack();
        DiagramNode from = outcomes(viewer).get(0);
        Command before = stack.getMostRecentCommand();

        viewer.setTool(tool(viewer, "Contribution"));
        click(viewer, from.bounds().center());
        click(viewer, from.bounds().center());

        assertNull(viewer.connectionSource());
        assertSame(before, stack.getMostRecentCommand(), "two clicks on one outcome make no contribution to itself");
    }

    private static ModelEditorContext open() throws Exception {
        return DiagramFixture.open(example("emergency-care.throughline"));
    }

    /** Whether the selection blue is painted by the canvas somewhere along the line between two diagram points. */
    private static boolean rubberBandDrawn(DiagramViewer viewer, Point a, Point b) {
        org.eclipse.swt.graphics.Point from = viewer.toScreen(a);
        org.eclipse.swt.graphics.Point to = viewer.toScreen(b);
        // Big enough for both points, wherever the window is scrolled to or however small it is.
        var size = new org.eclipse.swt.graphics.Point(Math.max(from.x, to.x) + 40, Math.max(from.y, to.y) + 40);
        Image image = new Image(viewer.control().getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            // The canvas paints into an image exactly as it paints on screen.
            Event paint = new Event();
            paint.gc = gc;
            paint.x = 0;
            paint.y = 0;
            paint.width = size.x;
            paint.height = size.y;
            viewer.control().notifyListeners(SWT.Paint, paint);
            ImageData data = image.getImageData();
            int blue = 0;
            for (int i = 1; i < 40; i++) {
                // Sample the middle stretch of the line, clear of the source node.
                double t = 0.3 + 0.65 * i / 40.0;
                int x = (int) Math.round(from.x + (to.x - from.x) * t);
                int y = (int) Math.round(from.y + (to.y - from.y) * t);
                if (x >= 0 && y >= 0 && x < size.x && y < size.y) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    blue += rgb.blue > 180 && rgb.red < 90 ? 1 : 0;
                }
            }
            return blue >= 5;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
