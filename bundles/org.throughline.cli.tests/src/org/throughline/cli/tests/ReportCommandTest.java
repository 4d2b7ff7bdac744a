// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.ReportCommand;
import org.throughline.testing.Examples;

/** {@code throughline report} as a user meets it: what it writes, what it prints, and its exit codes. */
class ReportCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) throws CliException {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new ReportCommand().run(new CliContext(o, e, temp, false), List.of(arguments));
        }
    }

    private String example(String name) throws Exception {
        return Examples.file(name).toString();
    }

    @Test
    void writesTheHtmlReportWithProgressOnStandardError() throws Exception {
        assertEquals(ExitCode.OK, run(example("emergency-care.throughline"), "--format", "html", "--out", "report"));
        assertTrue(Files.isRegularFile(temp.resolve("report/index.html")));
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertTrue(stdout.startsWith("Wrote report/index.html ("), stdout);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("throughline: report: [1/") && stderr.contains("Writing") && stderr.contains("element pages"), stderr);
    }

    @Test
    void writesThePackOfOnePriority() throws Exception {
        assertEquals(ExitCode.OK, run(example("benefit-claims.throughline"), "--format", "pdf", "--out", "out/bc.pdf", "--priority",
                "bc-priority"));
        byte[] pdf = Files.readAllBytes(temp.resolve("out/bc.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("pages)"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheWorkbookThroughTheSpreadsheetBundle() throws Exception {
        assertEquals(ExitCode.OK, run(example("school-literacy.throughline"), "--format", "xlsx", "--out", "literacy.xlsx"));
        byte[] xlsx = Files.readAllBytes(temp.resolve("literacy.xlsx"));
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII), "a zip, as XLSX files are");
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote literacy.xlsx in "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badUsageIsOneSentenceAndExitCodeTwo() throws Exception {
        String model = example("benefit-claims.throughline");
        assertEquals(ExitCode.USAGE, assertThrows(CliException.class, () -> run(model, "--format", "docx", "--out", "x")).exitCode());
        assertTrue(assertThrows(CliException.class, () -> run(model, "--format", "docx", "--out", "x")).getMessage()
                .contains("html, pdf, xlsx"));
        assertTrue(assertThrows(CliException.class, () -> run(model, "--out", "x")).getMessage().contains("--format"));
        assertTrue(assertThrows(CliException.class, () -> run(model, "--format", "html")).getMessage().contains("--out"));
        assertTrue(assertThrows(CliException.class, () -> run(model, "--format", "pdf", "--out", "x.pdf", "--priority", "nope"))
                .getMessage().contains("there is no priority with id 'nope'"));
        assertTrue(assertThrows(CliException.class, () -> run(model, "--format", "html", "--out", "x", "--priority", "bc-priority"))
                .getMessage().contains("--priority applies to --format pdf"));
        assertTrue(assertThrows(CliException.class, () -> run("missing.throughline", "--format", "html", "--out", "x")).getMessage()
                .contains("missing.throughline"));
    }

    @Test
    void refusesToWriteIntoAFolderOfOtherFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(folder.resolve("thesis.txt"), "precious");
        CliException e = assertThrows(CliException.class,
                () -> run(example("benefit-claims.throughline"), "--format", "html", "--out", "documents"));
        assertTrue(e.getMessage().contains("holding other files"), e.getMessage());
        assertEquals("precious", Files.readString(folder.resolve("thesis.txt")));
        assertEquals(1, Files.list(folder).count(), "nothing written");
    }

    @Test
    void isRegisteredAsTheReportCommand() {
        boolean found = false;
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor("org.throughline.cli.commands")) {
            if ("report".equals(element.getAttribute("name"))) {
                found = ReportCommand.class.getName().equals(element.getAttribute("class"));
            }
        }
        assertTrue(found, "report is on org.throughline.cli.commands");
        assertTrue(new ReportCommand().usage().startsWith("Usage: throughline report FILE --format html|pdf|xlsx"));
    }
}
