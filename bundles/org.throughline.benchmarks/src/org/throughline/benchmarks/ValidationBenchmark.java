// SPDX-License-Identifier: EPL-2.0
package org.throughline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.testing.BenchmarkSummary;
import org.throughline.testing.ModelGenerator;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;

/**
 * Full validation of generated models at several sizes, and revalidation after one edit (a link
 * judged weak), as the workbench does while a modeller types. Prints a table; asserts only that
 * the edit's finding appears.
 * <p>
 * Run: {@code ./mvnw -B verify -Pbenchmarks -DskipTests}.
 */
class ValidationBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 7;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void fullAndIncremental() {
        int[] sizes = Arrays.stream(BenchmarkSummary.sizes("1000,10000,100000")).filter(s -> s <= 200_000).toArray();
        Validator validator = Validator.standard();
        StringBuilder table = new StringBuilder(String.format("%9s %9s %12s %16s %10s%n", "objects", "findings", "full ms",
                "revalidate ms", "rules"));
        for (int size : sizes) {
            Model model = ModelGenerator.generate(size, 1);
            int objects = ModelGenerator.countObjects(model);
            ValidationResult[] last = new ValidationResult[1];
            double full = median(() -> last[0] = validator.validate(model, TODAY));
            Validator.Session session = validator.session(model, TODAY);
            session.validateAll();
            Link link = firstStrongLink(model);
            double incremental = median(() -> {
                link.setStrength(link.getStrength() == LinkStrength.WEAK ? LinkStrength.STRONG : LinkStrength.WEAK);
                session.revalidate(List.of(link));
            });
            link.setStrength(LinkStrength.WEAK);
            ValidationResult after = session.revalidate(List.of(link));
            assertTrue(after.findings().stream().anyMatch(f -> f.element() == link && f.rule().id().equals("chain.weak-link-action")),
                    "the edit's finding appears");
            table.append(String.format("%9d %9d %12.1f %16.1f %10d%n", objects, last[0].findings().size(), full, incremental,
                    last[0].rulesRun()));
            BenchmarkSummary.record("validation full / after one edit, " + size, String.format("%.0f ms / %.0f ms", full, incremental));
        }
        System.out.println();
        System.out.println("Throughline validation benchmark (median of " + RUNS + " runs after " + WARMUP + " warm-up runs; "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")");
        System.out.print(table);
    }

    private static Link firstStrongLink(Model model) {
        for (var all = model.eAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (next instanceof Link link && link.getStrength() == LinkStrength.STRONG) {
                return link;
            }
        }
        throw new IllegalStateException("the generated model has a strong link");
    }

    private static double median(Runnable work) {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
