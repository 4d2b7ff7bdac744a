// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Keeps what the tests wrote in target/samples, for people (and CI artifacts) to look at. */
final class Samples {

    private Samples() {
    }

    static void keep(Path written, String name) throws IOException {
        Path samples = Path.of("target", "samples").toAbsolutePath();
        Path target = samples.resolve(name);
        try (Stream<Path> files = Files.walk(written)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(written.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
