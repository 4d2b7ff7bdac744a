// SPDX-License-Identifier: EPL-2.0
package org.throughline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * What the benchmarks share: the sizes to measure ({@code -Dbenchmark.sizes}) and the summary
 * every benchmark adds its headline figures to, one line each ({@code work<TAB>figure}), in the
 * file {@code -Dbenchmark.summary} names. {@code releng/benchmarks.sh} prints the summaries of all
 * benchmarks beside the figures they started from and their goals.
 */
public final class BenchmarkSummary {

    private BenchmarkSummary() {
    }

    /**
     * @param fallback the sizes when none are given, comma separated
     * @return the model sizes given by {@code -Dbenchmark.sizes}, else the fallback
     */
    public static int[] sizes(String fallback) {
        return Arrays.stream(System.getProperty("benchmark.sizes", fallback).split(",")) //$NON-NLS-1$
                .filter(s -> !s.isBlank()).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    }

    /**
     * Adds a headline figure to the summary (nothing when no summary file is named).
     *
     * @param work   what was measured, as the baselines name it (e.g. "HTML report, 100,074 objects")
     * @param figure the figure, with its unit (e.g. "1,685 ms")
     */
    public static synchronized void record(String work, String figure) {
        String file = System.getProperty("benchmark.summary"); //$NON-NLS-1$
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Path path = Path.of(file);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, work.replace('\t', ' ') + '\t' + figure.replace('\t', ' ') + '\n', StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
