// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;
import org.throughline.testing.ModelGenerator;

/**
 * A short mutation-fuzz run on loading: a valid file damaged at random (flipped bytes, cut,
 * repeated or deleted ranges, stray markup) either loads or fails with a
 * {@link ModelLoadException}; never with another exception, a crash or a hang.
 */
class MutationFuzzTest {

    private static final int RUNS = 400;
    private static final String[] STRAY = { "<", ">", "\"", "&", "&lol;", "<!DOCTYPE x>", "]]>", "<folders>", "</elements>",
            "id=\"g1\" ", "xsi:type=\"throughline:Nothing\" ", "\u0000", "\uFFFF", "&#0;", "date=\"2024-13-45\" " };

    @TempDir
    Path folder;

    @Test
    @Timeout(120)
    void damagedFilesLoadOrFailCleanly() throws IOException {
        Path seed = folder.resolve("seed.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), seed);
        resource.getContents().add(ModelGenerator.generate(400, 11));
        ModelFiles.save(resource);
        byte[] original = Files.readAllBytes(seed);
        Random random = new Random(2026);
        int refused = 0;
        for (int run = 0; run < RUNS; run++) {
            byte[] damaged = mutate(original, random);
            Path file = folder.resolve("m" + run + ".throughline");
            Files.write(file, damaged);
            try {
                ModelFiles.load(file);
            } catch (ModelLoadException expected) {
                refused++;
                assertTrue(expected.getMessage().startsWith(file.toString()), expected.getMessage());
            } catch (Throwable unexpected) {
                Files.write(folder.resolve("failing.throughline"), damaged);
                fail("run " + run + ": loading a damaged file threw " + unexpected, unexpected);
            }
        }
        assertTrue(refused > RUNS / 4, "most mutations break the file, and each was refused cleanly: " + refused);
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                case 2 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                    byte[] longer = Arrays.copyOf(bytes, bytes.length + length);
                    System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
                    bytes = longer;
                }
                case 3 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                    byte[] shorter = new byte[bytes.length - length];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + length, shorter, at, bytes.length - at - length);
                    bytes = shorter;
                }
                default -> {
                    byte[] insert = STRAY[random.nextInt(STRAY.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] longer = new byte[bytes.length + insert.length];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    System.arraycopy(insert, 0, longer, at, insert.length);
                    System.arraycopy(bytes, at, longer, at + insert.length, bytes.length - at);
                    bytes = longer;
                }
            }
            if (bytes.length == 0) {
                break;
            }
        }
        return bytes;
    }
}
