// SPDX-License-Identifier: EPL-2.0
package org.throughline.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Feeds the model loader with mutated files, starting from the example models (the seed corpus in
 * {@code LoadFuzzTestInputs/load}). Whatever the bytes, loading must either give a model or a
 * {@link ModelLoadException} whose message names the file on one printable line; it must never throw
 * anything else, hang, or change the file it reads.
 */
class LoadFuzzTest {

    private static Path directory;

    @BeforeAll
    static void createDirectory() throws IOException {
        directory = Files.createTempDirectory("throughline-fuzz"); //$NON-NLS-1$
    }

    @AfterAll
    static void deleteDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }

    @FuzzTest(maxDuration = "20s")
    void load(byte[] content) throws IOException {
        Path file = directory.resolve("input.throughline"); //$NON-NLS-1$
        Files.write(file, content);
        try {
            ModelFiles.load(file);
        } catch (ModelLoadException e) {
            String message = e.getMessage();
            assertTrue(message != null && message.contains("input.throughline"), //$NON-NLS-1$
                    () -> "the error does not name the file: " + message); //$NON-NLS-1$
            assertFalse(message.chars().anyMatch(Character::isISOControl),
                    () -> "the error is not one printable line: " + message); //$NON-NLS-1$
        }
        assertArrayEquals(content, Files.readAllBytes(file), "loading changed the file it read"); //$NON-NLS-1$
    }
}
