// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Model;
import org.throughline.testing.BenchmarkSummary;
import org.throughline.testing.ModelGenerator;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The diagram editor's canvas on a large diagram (the Delivery Chain viewpoint on one chain
 * holding every actor and link of a generated model): one frame of a 1,400 × 900 window painted
 * at 100 % (the visible part) and at fit (everything), and a scroll by a third of the window.
 * Sizes: {@code -Dbenchmark.diagramNodes}, else a twentieth of each size of
 * {@code -Dbenchmark.sizes} from 100 to 5,000 nodes. Prints a table; asserts only the diagram's size.
 */
class DiagramPaintBenchmark {

    private static final int MOST_NODES = 5000;
    private static final int WARMUP = 3;
    private static final int RUNS = 15;

    @Test
    void paintOneFrame() throws Exception {
        String given = System.getProperty("benchmark.diagramNodes", ""); //$NON-NLS-1$
        int[] targets = given.isBlank()
                ? Arrays.stream(BenchmarkSummary.sizes("1000,10000,100000")).map(s -> Math.max(100, Math.min(MOST_NODES, s / 20)))
                        .distinct().toArray()
                : Arrays.stream(given.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        System.out.println();
        System.out.println("Throughline diagram canvas benchmark: one frame of a 1,400 x 900 window (median of " + RUNS + " after "
                + WARMUP + " warm-up; " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")");
        System.out.printf("%7s %7s %10s %11s %11s %11s %11s%n", "nodes", "edges", "open ms", "100 % ms", "frame ms", "fit ms",
                "scroll ms");
        for (int target : targets) {
            measure(target);
        }
        System.out.println("100 % = the paint listener at 100 %, the window on the middle of the diagram; frame = redraw until"
                + " the frame is painted (the UI's event loop and the double buffer's copy included); fit = the whole diagram"
                + " in the window; scroll = a third of the window down at 100 %.");
    }

    private static void measure(int target) throws Exception {
        DiagramDescription description = ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow(); //$NON-NLS-1$
        DeliveryChain chain = null;
        int nodes = 0;
        int size = target * 6;
        for (int attempt = 0; attempt < 6 && nodes < target; attempt++) {
            Model model = ModelGenerator.generate(size, 1);
            chain = ModelGenerator.everyActor(model);
            nodes = org.throughline.diagram.api.DiagramInterpreter.create(description, chain).allNodes().size();
            size = (int) Math.ceil(size * Math.max(1.05, (double) target / Math.max(1, nodes)));
        }
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1400, 900);
            shell.open();
            long start = System.nanoTime();
            DiagramSession session = DiagramSession.open(domain, description, chain, null);
            double open = (System.nanoTime() - start) / 1e6;
            DiagramViewer viewer = new DiagramViewer(shell, session);
            shell.layout(true, true);
            flush(display);
            int shapes = (int) session.diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.NODE).count();
            assertTrue(shapes >= target * 0.8, "a diagram of about " + target + " nodes: " + shapes);

            viewer.setZoom(1);
            Bounds all = bounds(session);
            Bounds visible = viewer.visibleArea();
            viewer.reveal(all.x() + all.width() / 2 - visible.width() / 2, all.y() + all.height() / 2 - visible.height() / 2);
            flush(display);
            double[] atHundred = frames(viewer);
            viewer.zoomToFit();
            flush(display);
            double[] atFit = frames(viewer);
            viewer.setZoom(1);
            viewer.reveal(all.x() + all.width() / 2 - visible.width() / 2, all.y());
            flush(display);
            double[] scroll = new double[RUNS];
            for (int i = -WARMUP; i < RUNS; i++) {
                Bounds now = viewer.visibleArea();
                double dy = i % 2 == 0 ? now.height() / 3 : -now.height() / 3;
                int before = viewer.paintCount();
                long begin = System.nanoTime();
                viewer.reveal(now.x(), now.y() + dy);
                awaitPaint(viewer, before);
                if (i >= 0) {
                    scroll[i] = (System.nanoTime() - begin) / 1e6;
                }
            }
            double hundred = median(atHundred, 0);
            double frame = median(atHundred, 1);
            double fit = median(atFit, 0);
            double scrolled = median(new double[][] { scroll }, 0);
            System.out.printf("%7d %7d %10.0f %11.1f %11.1f %11.1f %11.1f%n", shapes, session.diagram().edges().size(), open, hundred,
                    frame, fit, scrolled);
            BenchmarkSummary.record("diagram paint of one frame, " + target + " nodes", String.format(
                    "100 %%: %.1f ms (frame %.1f); fit: %.1f ms; scroll %.1f ms; open %.0f ms", hundred, frame, fit, scrolled, open));
            session.dispose();
        } finally {
            shell.dispose();
        }
    }

    /** @return per frame, [the paint listener's time, redraw to frame on screen], RUNS frames after WARMUP */
    private static double[] frames(DiagramViewer viewer) {
        double[] result = new double[2 * RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            int before = viewer.paintCount();
            long begin = System.nanoTime();
            viewer.control().redraw();
            awaitPaint(viewer, before);
            double wall = (System.nanoTime() - begin) / 1e6;
            if (i >= 0) {
                result[2 * i] = viewer.lastPaintNanos() / 1e6;
                result[2 * i + 1] = wall;
            }
        }
        return result;
    }

    /** Runs the UI until the canvas has painted a frame after the given count (for at most five seconds). */
    private static void awaitPaint(DiagramViewer viewer, int before) {
        Display display = viewer.control().getDisplay();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (viewer.paintCount() == before && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
        assertTrue(viewer.paintCount() > before, "the canvas painted");
    }

    private static double median(double[] interleaved, int which) {
        double[] values = new double[interleaved.length / 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = interleaved[2 * i + which];
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static double median(double[][] series, int which) {
        double[] values = series[which].clone();
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static Bounds bounds(DiagramSession session) {
        return Bounds.around(session.diagram().allNodes());
    }

    private static void flush(Display display) {
        while (display.readAndDispatch()) {
            // run pending UI work
        }
    }
}
