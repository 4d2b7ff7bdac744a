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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.testing.Examples;

/**
 * Every command reads a model kept in fragments as the one model it is: the same findings and
 * answers as from one file. A missing fragment is named in one sentence, the rest is read, and
 * the results are said to be partial (exit code 2).
 */
class FragmentedModelCommandTest {

    @TempDir
    Path dir;

    private Path whole;
    private Path main;

    /** The emergency care example twice: as one file, and with each top-level folder in a fragment. */
    @BeforeEach
    void splitExample() throws IOException {
        whole = dir.resolve("whole/ec.throughline"); //$NON-NLS-1$
        main = dir.resolve("split/ec.throughline"); //$NON-NLS-1$
        Files.createDirectories(whole.getParent());
        Files.createDirectories(main.resolveSibling("ec-fragments")); //$NON-NLS-1$
        Files.copy(Examples.file("emergency-care.throughline"), whole); //$NON-NLS-1$
        Resource resource = ModelFiles.load(whole);
        resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(main.toString()));
        Model model = (Model) resource.getContents().get(0);
        int i = 0;
        for (Folder folder : List.copyOf(model.getFolders())) {
            ModelFragments.moveTo(folder,
                    ModelFiles.create(resource.getResourceSet(), main.resolveSibling("ec-fragments/part-" + i++ + ".throughline"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ModelFragments.writeAll(resource);
        assertTrue(i >= 5);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = new Dispatcher(CommandRegistry.fromExtensions()).run(new ArrayList<>(List.of(arguments)), o, e, dir);
        }
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8).replace(whole.toString(), "MODEL").replace(main.toString(), "MODEL") //$NON-NLS-1$ //$NON-NLS-2$
                .replace("whole/ec.throughline", "MODEL").replace("split/ec.throughline", "MODEL"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validateAnalyseAndInfoAnswerAsForOneFile() {
        for (List<String> command : List.of(List.of("validate", "--format", "json"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List<String> onWhole = new ArrayList<>(command);
            onWhole.add(1, "whole/ec.throughline"); //$NON-NLS-1$
            List<String> onSplit = new ArrayList<>(command);
            onSplit.add(1, "split/ec.throughline"); //$NON-NLS-1$
            Run one = run(onWhole.toArray(String[]::new));
            Run fragmented = run(onSplit.toArray(String[]::new));
            assertEquals(one.exitCode(), fragmented.exitCode(), command + ": " + fragmented.err());
            assertEquals("", fragmented.err(), command.toString()); //$NON-NLS-1$
            assertTrue(one.out().length() > 100, one.out());
            // The same findings and answers; a finding's line is a line of the main file, which an
            // element kept in a fragment has not.
            assertEquals(one.out().replaceAll("\"line\": \\d+", "\"line\": null"), fragmented.out(), command.toString()); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(one.out().contains("\"line\": "), one.out()); //$NON-NLS-1$
        }
    }

    @Test
    void aMissingFragmentIsAWarningAndThePartialResultsExitWithTwo() throws IOException {
        Path fragment = main.resolveSibling("ec-fragments/part-1.throughline"); //$NON-NLS-1$
        Files.delete(fragment);
        Run validate = run("validate", "split/ec.throughline"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, validate.exitCode(), validate.err());
        List<String> lines = validate.err().lines().toList();
        assertTrue(lines.get(0).startsWith("throughline: warning: ") && lines.get(0).contains(fragment.toString()) //$NON-NLS-1$
                && lines.get(0).contains(main.toString()), validate.err());
        assertTrue(lines.get(lines.size() - 1).contains("partial"), validate.err()); //$NON-NLS-1$
        assertTrue(validate.out().contains("errors"), "the rest is still validated: " + validate.out()); //$NON-NLS-1$
        Run analyse = run("analyse", "split/ec.throughline", "--analysis", "weak-links"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(ExitCode.USAGE, analyse.exitCode(), analyse.err());
        assertTrue(analyse.err().contains(fragment.toString()), analyse.err());
    }
}
