// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.layout.internal.ElkGraph;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.ThroughlineFactory;
import org.throughline.render.api.SvgRenderer;
import org.throughline.testing.BenchmarkSummary;
import org.throughline.testing.ModelGenerator;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * A diagram of about 1,000 nodes (the Delivery Chain viewpoint on one chain holding every actor
 * and link of a generated model, in lanes by tier): interpreted, laid out and written as SVG;
 * refreshed after one domain change with only the new element placed; and our layout step
 * (building the ELK graph, ELK, reading back, lanes) against ELK alone on the same graph.
 * Prints a table; asserts only that the diagram has the size asked for.
 * <p>
 * Run: {@code ./mvnw -B verify -Pbenchmarks -DskipTests -pl ...,bundles/org.throughline.diagram.benchmarks}.
 */
class DiagramBenchmark {

    private static final int WARMUP = 2;
    private static final int RUNS = 7;

    /** The most nodes a diagram is measured at when they come from the model sizes. */
    private static final int MOST_NODES = 1000;

    @Test
    void interpretLayOutRenderAndRefresh() throws Exception {
        // -Dbenchmark.diagramNodes says the diagrams' sizes; else a tenth of each model size of
        // -Dbenchmark.sizes, from 100 up to 1,000 nodes (the figure of record).
        String nodes = System.getProperty("benchmark.diagramNodes", ""); //$NON-NLS-1$
        int[] targets = nodes.isBlank()
                ? Arrays.stream(BenchmarkSummary.sizes("1000,10000,100000")).map(s -> Math.max(100, Math.min(MOST_NODES, s / 10)))
                        .distinct().toArray()
                : Arrays.stream(nodes.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        for (int target : targets) {
            measure(target);
        }
    }

    private void measure(int target) throws Exception {
        DiagramDescription description = ViewpointRegistry.getDefault().diagram("delivery-chain").orElseThrow();
        // One delivery chain holding every actor and link of a generated model, in lanes by tier;
        // the model grows until the diagram has about the number of nodes asked for.
        int size = target * 6;
        Model model = null;
        DeliveryChain chain = null;
        int nodes = 0;
        for (int attempt = 0; attempt < 6 && nodes < target; attempt++) {
            model = ModelGenerator.generate(size, 1);
            chain = ModelGenerator.everyActor(model);
            nodes = DiagramInterpreter.create(description, chain).allNodes().size();
            size = (int) Math.ceil(size * Math.max(1.05, (double) target / Math.max(1, nodes)));
        }
        Diagram probe = DiagramInterpreter.create(description, chain);
        int edges = probe.edges().size();
        assertTrue(nodes >= target, "a diagram of at least " + target + " nodes: " + nodes);
        final Model benchModel = model;
        final DeliveryChain benchChain = chain;

        System.out.println();
        System.out.println("Throughline diagram benchmark: Delivery Chain viewpoint, " + nodes + " nodes, " + edges + " edges (median of "
                + RUNS + " runs after " + WARMUP + " warm-up runs; " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ")");
        double interpret = median(() -> DiagramInterpreter.create(description, benchChain));
        System.out.printf("  interpret (viewpoint -> diagram model)        %9.1f ms%n", interpret);
        // Our layout step and ELK alone, measured in alternation on the same graph so that both see the
        // same JIT and machine state: ours = building the ELK graph, ELK, reading back, lanes.
        Diagram[] laidOut = new Diagram[1];
        double[] ours = new double[RUNS];
        double[] alone = new double[RUNS];
        for (int i = -WARMUP - 1; i < RUNS; i++) {
            Diagram d = DiagramInterpreter.create(description, benchChain);
            long start = System.nanoTime();
            DiagramLayout.layout(d);
            double oursTime = (System.nanoTime() - start) / 1e6;
            laidOut[0] = d;
            ElkGraph graph = ElkGraph.build(DiagramInterpreter.create(description, benchChain));
            start = System.nanoTime();
            graph.layout();
            double aloneTime = (System.nanoTime() - start) / 1e6;
            if (i >= 0) {
                ours[i] = oursTime;
                alone[i] = aloneTime;
            }
        }
        Arrays.sort(ours);
        Arrays.sort(alone);
        double layout = ours[RUNS / 2];
        double elkAlone = alone[RUNS / 2];
        System.out.printf("  layout, ours (ELK graph + ELK + lanes)        %9.1f ms%n", layout);
        System.out.printf("  ELK alone on the same graph                   %9.1f ms%n", elkAlone);
        double svg = median(() -> SvgRenderer.renderBytes(laidOut[0]));
        int svgBytes = SvgRenderer.renderBytes(laidOut[0]).length;
        System.out.printf("  SVG (%,d bytes)                        %9.1f ms%n", Integer.valueOf(svgBytes), svg);
        double total = median(() -> {
            Diagram d = DiagramInterpreter.create(description, benchChain);
            DiagramLayout.layout(d);
            SvgRenderer.renderBytes(d);
        });
        System.out.printf("  interpret + layout + SVG                      %9.1f ms%n", total);
        Link changed = benchChain.getLinks().get(benchChain.getLinks().size() / 2);
        double refresh = median(() -> {
            changed.setStrength(changed.getStrength() == LinkStrength.WEAK ? LinkStrength.STRONG : LinkStrength.WEAK);
            Diagram d = DiagramInterpreter.refresh(laidOut[0]);
            DiagramLayout.layout(d, DiagramLayout.Scope.NEW_ELEMENTS);
        });
        System.out.printf("  refresh after one link's strength changed     %9.1f ms%n", refresh);
        double refreshWithNewNode = median(() -> {
            var actor = ThroughlineFactory.eINSTANCE.createOrganisation();
            actor.setId("bench-new-" + System.nanoTime());
            actor.setName("New provider");
            actor.setTier(benchChain.getActors().get(0).getTier());
            benchModel.getFolders().get(0).getElements().add(actor);
            benchChain.getActors().add(actor);
            Diagram d = DiagramInterpreter.refresh(laidOut[0]);
            DiagramLayout.layout(d, DiagramLayout.Scope.NEW_ELEMENTS);
            benchChain.getActors().remove(actor);
            benchModel.getFolders().get(0).getElements().remove(actor);
        });
        System.out.printf("  refresh after one actor added (placed alone)  %9.1f ms%n", refreshWithNewNode);
        System.out.printf("  layout, ours / ELK alone                      %9.2f%n", layout / elkAlone);
        BenchmarkSummary.record("diagram interpret + layout + SVG, " + target + " nodes",
                String.format("%.0f ms (interpret %.0f, layout %.0f, SVG %.0f); ours / ELK alone %.2f", total, interpret, layout, svg,
                        layout / elkAlone));
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface TimedWork {
        double run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        return median(() -> {
            long start = System.nanoTime();
            work.run();
            return (System.nanoTime() - start) / 1e6;
        }, true);
    }

    private static double median(TimedWork work, boolean timed) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = work.run();
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
