// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.ModelGenerator;

/** {@code throughline info}: what a user sees for good files, bad files and both at once. */
class InfoCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int info(String... files) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            List<String> arguments = new java.util.ArrayList<>(List.of("info"));
            arguments.addAll(List.of(files));
            return new Dispatcher(CommandRegistry.fromExtensions()).run(arguments, o, e, folder);
        }
    }

    private Path model(String name, int size) throws IOException {
        Path file = folder.resolve(name);
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), file);
        Model model = ModelGenerator.generate(size, 1);
        resource.getContents().add(model);
        ModelFiles.save(resource);
        return file;
    }

    @Test
    void printsTheVersionAndTheCountOfEachType() throws IOException {
        Path file = model("chain.throughline", 500);
        int total = ModelGenerator.countObjects(ModelFiles.load(file).getContents().get(0));
        assertEquals(ExitCode.OK, info("chain.throughline"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("chain.throughline\n"), text);
        assertTrue(text.contains("metamodel 1.2 (http://throughline.org/model/1.2)"), text);
        assertTrue(text.contains(total + " elements:"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s+Link\\s+\\d+")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s+Observation\\s+\\d+")), text);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadFileIsOneLineAndExitCodeTwoWhileTheOthersAreStillReported() throws IOException {
        model("good.throughline", 200);
        Files.writeString(folder.resolve("bad.throughline"), "<not a model");
        assertEquals(ExitCode.USAGE, info("bad.throughline", "good.throughline", "missing.throughline"));
        List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("throughline: " + folder.resolve("bad.throughline")), errors.get(0));
        assertTrue(errors.get(1).contains("missing.throughline: the file does not exist"), errors.get(1));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("good.throughline"), "the good file is reported");
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(ExitCode.USAGE, info());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("info needs at least one model file"));
    }
}
