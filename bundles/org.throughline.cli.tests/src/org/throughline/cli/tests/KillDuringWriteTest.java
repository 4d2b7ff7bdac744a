// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.testing.WriteLoop;

/**
 * Kills a separate JVM in the middle of writing, hundreds of times, while it writes each kind of
 * file the product writes whole (a model, a representations file, a stocktake pack, a workbook)
 * through the one safe writer, alternating between two versions that the product's own
 * writers made: after every kill each file is one whole version or the other, byte for byte,
 * never a torn one.
 */
class KillDuringWriteTest {

    private static final int KILLS = 200;

    @TempDir
    Path folder;

    @Test
    void everyKindOfFileIsAlwaysTheOldOrTheNewVersion() throws Exception {
        Path versions = Files.createDirectories(folder.resolve("versions"));
        Map<String, byte[][]> kinds = makeVersions(versions);
        Path out = Files.createDirectories(folder.resolve("out"));
        Random random = new Random(15);
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = start(versions, out);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("writing", lines.readLine(), "the write loop started");
                Thread.sleep(10 + random.nextInt(150));
            } finally {
                writer.destroyForcibly();
                assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer is dead");
            }
            for (Map.Entry<String, byte[][]> kind : kinds.entrySet()) {
                Path file = out.resolve(kind.getKey());
                if (!Files.exists(file)) {
                    continue;
                }
                byte[] found = Files.readAllBytes(file);
                String version = Arrays.equals(found, kind.getValue()[0]) ? "a" : Arrays.equals(found, kind.getValue()[1]) ? "b" : null;
                assertTrue(version != null, kind.getKey() + " after kill " + kill + " is neither version: " + found.length + " bytes");
                seen.computeIfAbsent(kind.getKey(), k -> new LinkedHashSet<>()).add(version);
            }
        }
        for (String kind : kinds.keySet()) {
            assertEquals(Set.of("a", "b"), seen.get(kind), "kills landed in writes of both versions of " + kind);
        }
    }

    /** Writes two versions of each kind of file with the product's own writers, as KIND.a and KIND.b. */
    private Map<String, byte[][]> makeVersions(Path versions) throws Exception {
        Path a = Files.copy(Examples.file("emergency-care.throughline"), folder.resolve("a.throughline"));
        Path b = Files.copy(Examples.file("school-literacy.throughline"), folder.resolve("b.throughline"));
        Map<String, byte[][]> kinds = new LinkedHashMap<>();
        kinds.put("model.throughline", new byte[][] { resave(a), resave(b) });
        kinds.put("model.throughline-diagrams", new byte[][] { representations(20), representations(40) });
        command("report", a.toString(), "--format", "pdf", "--out", "a.pdf");
        command("report", b.toString(), "--format", "pdf", "--out", "b.pdf");
        kinds.put("stocktake.pdf", new byte[][] { read("a.pdf"), read("b.pdf") });
        command("export", a.toString(), "--exporter", "workbook", "--out", "a.xlsx");
        command("export", b.toString(), "--exporter", "workbook", "--out", "b.xlsx");
        kinds.put("workbook.xlsx", new byte[][] { read("a.xlsx"), read("b.xlsx") });
        for (Map.Entry<String, byte[][]> kind : kinds.entrySet()) {
            assertTrue(!Arrays.equals(kind.getValue()[0], kind.getValue()[1]), "two different versions of " + kind.getKey());
            Files.write(versions.resolve(kind.getKey() + ".a"), kind.getValue()[0]);
            Files.write(versions.resolve(kind.getKey() + ".b"), kind.getValue()[1]);
        }
        return kinds;
    }

    private byte[] resave(Path model) throws Exception {
        Resource resource = ModelFiles.load(model);
        ((Model) resource.getContents().get(0)).setName("Saved for the kill test");
        ModelFiles.save(resource);
        return Files.readAllBytes(model);
    }

    private byte[] representations(double x) throws IOException {
        Path file = folder.resolve("diagrams-" + (int) x + ".throughline-diagrams");
        RepresentationsFile.write(file, List.of(new DiagramState("Chain", "delivery-chain", "chain-1", Set.of(), Set.of(),
                Map.of("node-1", new Bounds(x, 10, 120, 40)), Set.of("node-1"), Map.of())));
        return Files.readAllBytes(file);
    }

    private byte[] read(String name) throws IOException {
        return Files.readAllBytes(folder.resolve(name));
    }

    private void command(String... arguments) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Dispatcher(CommandRegistry.fromExtensions()).run(List.of(arguments), o, e, folder);
        }
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
    }

    private static Process start(Path versions, Path out) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A small, quick-starting JVM: the loop needs little.
        command.add("-Xmx128m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(classPath());
        command.add(WriteLoop.class.getName());
        command.add(versions.toString());
        command.add(out.toString());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The jars of the bundles the write loop needs, outside OSGi. */
    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String name : new String[] { "org.throughline.testing", "org.throughline.model", "org.eclipse.osgi" }) {
            Bundle bundle = Platform.getBundle(name);
            File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
            File classes = new File(location, "target/classes");
            entries.add(classes.isDirectory() ? classes.getPath() : location.getPath());
        }
        return String.join(File.pathSeparator, entries);
    }
}
