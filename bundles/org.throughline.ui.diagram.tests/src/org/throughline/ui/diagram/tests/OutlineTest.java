// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.awaitPaint;
import static org.throughline.ui.diagram.tests.DiagramFixture.example;
import static org.throughline.ui.diagram.tests.DiagramFixture.flush;
import static org.throughline.ui.diagram.tests.DiagramFixture.newDiagram;
import static org.throughline.ui.diagram.tests.DiagramFixture.open;
import static org.throughline.ui.diagram.tests.DiagramFixture.page;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.NodeKind;
import org.throughline.ui.diagram.internal.DiagramEditor;
import org.throughline.ui.editor.api.ModelEditorContext;

/** The Outline view follows the model editor's pages as the modeller clicks their tabs. */
class OutlineTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        flush();
    }

    /** @return the control the Outline view shows now: the visible one in its page's page book */
    private static Control shown(ContentOutline outline) {
        Composite book = (Composite) outline.getCurrentPage().getControl();
        List<Control> visible = Arrays.stream(book.getChildren()).filter(Control::getVisible).toList();
        assertEquals(1, visible.size(), "one control shown at a time: " + visible);
        return visible.get(0);
    }

    /** Clicks the editor's tab of the given index, as the modeller does to change page. */
    private static void clickTab(Control inEditor, int index) {
        Control c = inEditor;
        while (!(c instanceof CTabFolder)) {
            c = c.getParent();
        }
        CTabFolder tabs = (CTabFolder) c;
        tabs.setSelection(index);
        Event e = new Event();
        e.item = tabs.getItem(index);
        tabs.notifyListeners(SWT.Selection, e);
        flush();
    }

    private static ImageData snapshot(Control control) {
        org.eclipse.swt.graphics.Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            control.print(gc);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** @return how many pixels of the image are of about the colour (0xRRGGBB) */
    private static int count(ImageData image, int colour) {
        RGB want = new RGB(colour >> 16 & 0xff, colour >> 8 & 0xff, colour & 0xff);
        int n = 0;
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                RGB rgb = image.palette.getRGB(image.getPixel(x, y));
                if (Math.abs(rgb.red - want.red) + Math.abs(rgb.green - want.green) + Math.abs(rgb.blue - want.blue) < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theTreePageShowsTheModelOutlineAndADiagramPageItsOverview() throws Exception {
        ModelEditorContext context = open(example("emergency-care.throughline"));
        ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
        page().activate(context.editor());
        flush();
        Control onTree = shown(outline);
        assertInstanceOf(Tree.class, onTree, "on the tree page the Outline shows the model as a tree");
        String top = ((Tree) onTree).getItem(0).getText();
        assertTrue(top.endsWith(context.model().getName()), "starting from the model: " + top);

        DiagramEditor diagram = newDiagram(context, "delivery-chain", context.modelResource().getEObject("ec-chain"));
        Control onDiagram = shown(outline);
        assertInstanceOf(Canvas.class, onDiagram, "on a diagram page it shows the diagram's overview");
        assertTrue(onDiagram != diagram.viewer().control(), "a canvas of its own, not the editor's");
        ImageData overview = snapshot(onDiagram);
        assertTrue(count(overview, 0x1a73e8) > 20, "the overview frames the part of the diagram the editor shows");
        String laneFill = diagram.viewer().session().diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.LANE).findFirst()
                .orElseThrow().style().fill();
        assertTrue(count(overview, Integer.parseInt(laneFill.substring(1), 16)) > overview.width * overview.height / 20,
                "and the diagram in small: its lanes");
        diagram.viewer().control().redraw();
        awaitPaint(diagram.viewer());

        clickTab(diagram.viewer().control(), 0);
        assertSame(onTree, shown(outline), "back on the tree page, the model's outline again");
        clickTab(diagram.viewer().control(), 1);
        assertSame(onDiagram, shown(outline), "and the diagram's overview on the diagram page");
        assertNotNull(outline.getCurrentPage(), "one outline page for the editor, switching its content");
    }
}
