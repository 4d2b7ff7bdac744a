// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.awaitPaint;
import static org.throughline.ui.diagram.tests.DiagramFixture.mouse;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Model;
import org.throughline.testing.ModelGenerator;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * Measures, without asserting times: a delivery-chain diagram of about 1,000 nodes opened
 * (interpreted and laid out) and painted in a window; then a node dragged across it, repainted at
 * each mouse move. Prints the figures; asserts what a user would see (the nodes are there, the
 * dragged node ends where it was dropped).
 */
class LargeDiagramTest {

    @Test
    void aThousandNodeDiagramOpensPaintsAndDrags() throws Exception {
        Model model = ModelGenerator.generate(13000, 1);
        DeliveryChain chain = ModelGenerator.everyActor(model);
        var description = ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1400, 900);
            shell.open();
            // Warm up once (class loading, JIT), then measure.
            DiagramSession.open(domain, description, chain, null).dispose();

            long start = System.nanoTime();
            DiagramSession session = DiagramSession.open(domain, description, chain, null);
            long opened = System.nanoTime();
            DiagramViewer viewer = new DiagramViewer(shell, session);
            shell.layout(true, true);
            viewer.control().redraw();
            awaitPaint(viewer);
            long painted = System.nanoTime();
            long firstPaint = viewer.lastPaintNanos();
            viewer.zoomToFit();
            awaitPaint(viewer);
            long wholePaint = viewer.lastPaintNanos();

            List<DiagramNode> nodes = session.diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.NODE).toList();
            assertTrue(nodes.size() >= 800, "about 1,000 nodes: " + nodes.size());

            viewer.setZoom(1);
            DiagramNode dragged = nodes.get(nodes.size() / 2);
            Bounds before = dragged.bounds();
            Bounds visible = viewer.visibleArea();
            viewer.reveal(before.x() - visible.width() / 3, before.y() - visible.height() / 3);
            int moves = 60;
            Point from = before.center();
            mouse(viewer, SWT.MouseDown, from, 0);
            long dragStart = System.nanoTime();
            long worst = 0;
            for (int i = 1; i <= moves; i++) {
                mouse(viewer, SWT.MouseMove, new Point(from.x() + i * 3, from.y() + i), SWT.BUTTON1);
                awaitPaint(viewer);
                worst = Math.max(worst, viewer.lastPaintNanos());
            }
            long dragTime = System.nanoTime() - dragStart;
            mouse(viewer, SWT.MouseUp, new Point(from.x() + moves * 3, from.y() + moves), SWT.BUTTON1);
            Bounds after = session.diagram().node(dragged.key()).bounds();
            assertEquals(before.x() + moves * 3, after.x(), 10, "the node ends where it was dropped");

            System.out.printf("%nDiagram editor, %d nodes and %d edges (delivery chain of a generated model):%n", nodes.size(),
                    session.diagram().edges().size());
            System.out.printf("  open: interpret + ELK layout          %8.1f ms%n", (opened - start) / 1e6);
            System.out.printf("  first paint (100 %%, visible part)     %8.1f ms%n", firstPaint / 1e6);
            System.out.printf("  open + lay out + first paint          %8.1f ms%n", (painted - start) / 1e6);
            System.out.printf("  paint of the whole diagram (fit)      %8.1f ms%n", wholePaint / 1e6);
            System.out.printf("  drag: %d moves, repainted each         %8.1f ms per move, worst paint %.1f ms, %.0f repaints/s%n", moves,
                    dragTime / 1e6 / moves, worst / 1e6, moves / (dragTime / 1e9));
        } finally {
            shell.dispose();
        }
    }
}
