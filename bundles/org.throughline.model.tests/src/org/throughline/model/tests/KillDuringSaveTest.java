// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.ModelGenerator;
import org.throughline.testing.SaveLoop;

/**
 * Kills a separate JVM in the middle of saving, many times: every time, the file on disk must be
 * one whole version or the other, never a broken one.
 */
class KillDuringSaveTest {

    private static final int KILLS = 15;
    private static final int SIZE_A = 6_000;
    private static final int SIZE_B = 9_000;

    @TempDir
    Path folder;

    @Test
    void theFileIsAlwaysTheOldOrTheNewVersion() throws Exception {
        Path file = folder.resolve("crash.throughline");
        Random random = new Random(42);
        Set<String> seen = new LinkedHashSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Process saver = start(file);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("saving", out.readLine(), "the save loop started");
                // Let a few saves complete, then kill at a random moment inside one.
                Thread.sleep(300 + random.nextInt(700));
            } finally {
                saver.destroyForcibly();
                assertTrue(saver.waitFor(30, TimeUnit.SECONDS), "the saver is dead");
            }
            if (!Files.exists(file)) {
                continue;
            }
            Resource resource = ModelFiles.load(file);
            Model model = (Model) resource.getContents().get(0);
            int objects = ModelGenerator.countObjects(model);
            String version = model.getName();
            assertTrue(version.equals("Version A") || version.equals("Version B"), version);
            int expected = version.equals("Version A") ? ModelGenerator.countObjects(ModelGenerator.generate(SIZE_A, 1))
                    : ModelGenerator.countObjects(ModelGenerator.generate(SIZE_B, 2));
            assertEquals(expected, objects, "a whole " + version + " after kill " + kill);
            seen.add(version);
        }
        assertEquals(Set.of("Version A", "Version B"), seen, "kills landed in saves of both versions");
    }

    private static Process start(Path file) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(classPath());
        command.add(SaveLoop.class.getName());
        command.add(file.toString());
        command.add(Integer.toString(SIZE_A));
        command.add(Integer.toString(SIZE_B));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The jars of the bundles the save loop needs, outside OSGi. */
    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String name : new String[] { "org.throughline.testing", "org.throughline.model", "org.eclipse.emf.ecore",
                "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.common", "org.eclipse.osgi" }) {
            Bundle bundle = Platform.getBundle(name);
            File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
            File classes = new File(location, "target/classes");
            entries.add(classes.isDirectory() ? classes.getPath() : location.getPath());
        }
        return String.join(File.pathSeparator, entries);
    }
}
