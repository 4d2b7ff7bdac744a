// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.model.api.ModelFiles;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.Reports;
import org.throughline.testing.BenchmarkSummary;
import org.throughline.testing.Examples;
import org.throughline.testing.ModelGenerator;

/**
 * The HTML report of generated models at several sizes (the budget: 100,000 elements in
 * 2 s and 512 MB of heap; this bundle's JVM runs with -Xmx512m), and the PDF stocktake pack of
 * one priority of the largest model and of every example (budget: 5 s). Prints a table; asserts
 * only that the reports were written.
 * <p>
 * Run: {@code ./mvnw -B verify -Pbenchmarks -DskipTests -pl ...,bundles/org.throughline.report.benchmarks}.
 */
class ReportBenchmark {

    /**
     * Runs before the measured ones (-Dbenchmark.warmup): after 2, the JIT compilers are still
     * compiling the report's code (ELK, the expression engine, the writers) during the measured runs.
     */
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 2).intValue(); //$NON-NLS-1$
    private static final int RUNS = 3;
    /** Where to keep a copy of each report written, or blank. */
    private static final String KEEP = System.getProperty("benchmark.keepReports", ""); //$NON-NLS-1$

    @Test
    void htmlAndPack() throws Exception {
        String reportSizes = System.getProperty("benchmark.reportSizes", ""); //$NON-NLS-1$
        int[] sizes = reportSizes.isBlank() ? BenchmarkSummary.sizes("1000,10000,100000")
                : Arrays.stream(reportSizes.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        StringBuilder table = new StringBuilder(String.format("%-34s %9s %9s %8s %10s %12s %10s%n", "report", "objects", "pages",
                "diagrams", "median ms", "peak heap MB", "CPU ms"));
        Model largest = null;
        for (int size : sizes) {
            Model model = ModelGenerator.generate(size, 1);
            largest = model;
            int objects = ModelGenerator.countObjects(model);
            Path folder = Files.createTempDirectory("throughline-report-benchmark");
            ReportSummary[] last = new ReportSummary[1];
            double[] result = measure(() -> last[0] = Reports.writeHtml(model, folder, null));
            assertTrue(Files.isRegularFile(folder.resolve("index.html")));
            table.append(String.format("%-34s %9d %9d %8d %10.0f %12.0f %10.0f%n", "HTML report", objects, last[0].pages(),
                    last[0].diagrams(), result[0], result[1], result[2]));
            BenchmarkSummary.record("HTML report, " + size,
                    String.format("%.0f ms (CPU %.0f ms), peak heap %.0f MB", result[0], result[2], result[1]));
            if (size == sizes[sizes.length - 1]) {
                table.append(phases(model, folder));
            }
            keep(folder, "generated-" + size); //$NON-NLS-1$
            delete(folder);
        }
        if (largest != null) {
            Model model = largest;
            Priority priority = null;
            for (var all = model.eAllContents(); all.hasNext();) {
                EObject next = all.next();
                if (next instanceof Priority p) {
                    priority = p;
                    break;
                }
            }
            Priority one = priority;
            Path pdf = Files.createTempFile("throughline-pack", ".pdf");
            ReportSummary[] last = new ReportSummary[1];
            double[] result = measure(() -> last[0] = Reports.writePack(model, one, pdf, null));
            table.append(String.format("%-34s %9d %9d %8s %10.0f %12.0f %10.0f%n", "PDF pack, one priority",
                    ModelGenerator.countObjects(model), last[0].pages(), "-", result[0], result[1], result[2]));
            BenchmarkSummary.record("PDF pack of one priority, " + sizes[sizes.length - 1], String.format("%.0f ms", result[0]));
            Files.deleteIfExists(pdf);
        }
        for (Path example : Examples.all()) {
            Model model = (Model) ModelFiles.load(example).getContents().get(0);
            if (!KEEP.isBlank()) {
                Path folder = Files.createTempDirectory("throughline-report-benchmark"); //$NON-NLS-1$
                Reports.writeHtml(model, folder, null);
                keep(folder, example.getFileName().toString());
                delete(folder);
            }
            Path pdf = Files.createTempFile("throughline-pack", ".pdf");
            ReportSummary[] last = new ReportSummary[1];
            double[] result = measure(() -> last[0] = Reports.writePack(model, null, pdf, null));
            assertTrue(Files.size(pdf) > 0);
            table.append(String.format("%-34s %9d %9d %8s %10.0f %12.0f %10.0f%n", "PDF pack, " + example.getFileName(),
                    ModelGenerator.countObjects(model), last[0].pages(), "-", result[0], result[1], result[2]));
            Files.deleteIfExists(pdf);
        }
        System.out.println();
        System.out.println("Throughline report benchmark (median of " + RUNS + " runs after " + WARMUP + " warm-up runs; "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
        System.out.print(table);
    }

    /** Where the time of one HTML report of the model goes, phase by phase (as its progress reports them). */
    private static String phases(Model model, Path folder) throws IOException {
        StringBuilder phases = new StringBuilder("  phases of one HTML report of the largest model:\n");
        long[] last = { System.nanoTime() };
        String[] step = { null };
        Reports.writeHtml(model, folder, new NullProgressMonitor() {
            @Override
            public void subTask(String what) {
                long now = System.nanoTime();
                if (step[0] != null) {
                    phases.append(String.format("    %-40s %8.0f ms%n", step[0], (now - last[0]) / 1e6));
                }
                step[0] = what;
                last[0] = now;
            }
        });
        phases.append(String.format("    %-40s %8.0f ms%n", step[0], (System.nanoTime() - last[0]) / 1e6));
        return phases.toString();
    }

    /**
     * Keeps a copy of a report for comparing the reports of two versions ({@code diff -r}), when
     * {@code -Dbenchmark.keepReports=FOLDER} is given: in {@code FOLDER/name}.
     */
    private static void keep(Path report, String name) throws IOException {
        if (KEEP.isBlank()) {
            return;
        }
        Path copy = Files.createDirectories(Path.of(KEEP)).resolve(name);
        if (Files.exists(copy)) {
            delete(copy);
        }
        try (Stream<Path> files = Files.walk(report)) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, copy.resolve(report.relativize(file).toString()));
            }
        }
    }

    /** Work that may throw. */
    private interface Work {
        void run() throws Exception;
    }

    /**
     * @return the median time in ms, the peak heap in MB during the measured runs, and the CPU
     *         time of the whole JVM per run in ms (on every core; on a busy machine it tells more
     *         than the time on the clock)
     */
    private static double[] measure(Work work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuBefore = processCpu();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double cpu = (processCpu() - cpuBefore) / 1e6 / RUNS;
        Arrays.sort(times);
        return new double[] { times[RUNS / 2], peak / (1024.0 * 1024.0), cpu };
    }

    /** @return the CPU time this process has used, in ns, as Linux counts it (user and system, in ticks of 10 ms); 0 elsewhere */
    private static long processCpu() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
