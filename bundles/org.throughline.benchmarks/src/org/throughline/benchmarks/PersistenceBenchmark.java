// SPDX-License-Identifier: EPL-2.0
package org.throughline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.BenchmarkSummary;
import org.throughline.testing.ModelGenerator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Load and save of model files at several sizes, side by side with a raw SAX parse of the same
 * file (the floor: reading the bytes and the markup, building nothing) and with EMF's default
 * load options (what a plain XMI resource does). Prints a table; asserts only that every load
 * read the whole model.
 * <p>
 * Run: {@code ./mvnw -B verify -Pbenchmarks -DskipTests} (every other test skipped); sizes
 * with {@code -Dbenchmark.sizes=1000,10000,100000,1000000}.
 */
class PersistenceBenchmark {

    private static final int WARMUP = 2;
    private static final int RUNS = 9;

    @Test
    void loadAndSave() throws Exception {
        int[] sizes = BenchmarkSummary.sizes("1000,10000,100000");
        int defaultUpTo = Integer.getInteger("benchmark.defaultEmfUpTo", 20_000);
        Path folder = Files.createTempDirectory("throughline-bench");
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%9s %10s %9s %10s %10s %7s %8s %11s %9s %9s", "objects", "file MB", "SAX ms", "load ms", "EMF dflt",
                "load/SAX", "CPU", "dflt/load", "heap MB", "save ms"));
        for (int size : sizes) {
            Model model = ModelGenerator.generate(size, 1);
            int objects = ModelGenerator.countObjects(model);
            Path file = folder.resolve("m" + size + ".throughline");
            Resource target = ModelFiles.create(ModelFiles.newResourceSet(), file);
            target.getContents().add(model);
            int runs = size >= 1_000_000 ? 2 : RUNS;
            double save = median(runs, () -> ModelFiles.save(target));
            target.unload();
            // The parse and the load in turns, so that both see the same machine (others' work comes and goes).
            Resource[] loaded = new Resource[1];
            double[] saxAndLoad = alternating(runs, () -> sax(file), () -> loaded[0] = ModelFiles.load(file));
            double sax = saxAndLoad[0];
            double load = saxAndLoad[1];
            double cpuRatio = saxAndLoad[3] / saxAndLoad[2];
            assertEquals(objects, count(loaded[0]), "the load read the whole model");
            loaded[0] = null;
            double heap = heapOfLoad(file);
            String emfDefault = "skipped";
            String ratio = "-";
            if (objects <= defaultUpTo) {
                double dflt = median(Math.min(runs, 3), () -> assertEquals(objects, count(loadWithEmfDefaults(file))));
                emfDefault = String.format("%.0f", dflt);
                ratio = String.format("%.1fx", dflt / load);
            }
            rows.add(String.format("%9d %10.1f %9.0f %10.0f %10s %6.2fx %7.2fx %11s %9.0f %9.0f", objects, Files.size(file) / 1e6, sax,
                    load, emfDefault, load / sax, cpuRatio, ratio, heap, save));
            BenchmarkSummary.record("load / SAX parse, " + size,
                    String.format("%.0f ms / %.0f ms = %.2fx (CPU of the thread %.2fx)", load, sax, load / sax, cpuRatio));
            BenchmarkSummary.record("save, " + size, String.format("%.0f ms", save));
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
        }
        System.out.println();
        System.out.println("Throughline persistence benchmark (median of " + RUNS + " runs after " + WARMUP + " warm-up runs; "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")");
        rows.forEach(System.out::println);
        System.out.println("CPU: load/SAX of the CPU time of the thread that ran them (medians; the garbage collector's threads"
                + " not counted).");
        System.out.println("EMF dflt: a plain XMIResourceImpl with EMF's default load options, run up to " + defaultUpTo
                + " objects (it is quadratic in the number of references).");
        Files.deleteIfExists(folder);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /**
     * @return the medians of two pieces of work run in turns, after warming up both: their times,
     *         then the CPU time of the thread running them (others' work on a busy machine hardly
     *         changes it; the garbage collector's threads are not counted)
     */
    private static double[] alternating(int runs, Work first, Work second) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            first.run();
            second.run();
        }
        double[] firstTimes = new double[runs];
        double[] secondTimes = new double[runs];
        double[] firstCpu = new double[runs];
        double[] secondCpu = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            first.run();
            firstTimes[i] = (System.nanoTime() - start) / 1e6;
            firstCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            second.run();
            secondTimes[i] = (System.nanoTime() - start) / 1e6;
            secondCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        for (double[] values : List.of(firstTimes, secondTimes, firstCpu, secondCpu)) {
            Arrays.sort(values);
        }
        return new double[] { firstTimes[runs / 2], secondTimes[runs / 2], firstCpu[runs / 2], secondCpu[runs / 2] };
    }

    private static double median(int runs, Work work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static void sax(Path file) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        SAXParser parser = factory.newSAXParser();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, new DefaultHandler());
        }
    }

    private static Resource loadWithEmfDefaults(Path file) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(ThroughlinePackage.eNS_URI, ThroughlinePackage.eINSTANCE);
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resourceSet.getResources().add(resource);
        resource.load(null);
        return resource;
    }

    private static int count(Resource resource) {
        return ModelGenerator.countObjects(resource.getContents().get(0));
    }

    /** The heap a loaded model holds, measured after full collections. */
    private static double heapOfLoad(Path file) throws IOException {
        long before = usedAfterGc();
        Resource resource = ModelFiles.load(file);
        long after = usedAfterGc();
        double megabytes = (after - before) / 1e6;
        if (resource.getContents().isEmpty()) {
            throw new IllegalStateException("keeps the resource reachable until measured");
        }
        return megabytes;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
