// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.exchange.api.Workbooks;
import org.throughline.testing.Examples;

/** {@code throughline import} and {@code throughline export}: any contributed importer or exporter, from the command line. */
class ImportExportCommandTest {

    private static final String MODEL = "emergency-care.throughline";

    @TempDir
    Path folder;

    private Path modelFile;
    private String out;
    private String err;

    @BeforeEach
    void copyExample() throws IOException {
        modelFile = Files.copy(Examples.file(MODEL), folder.resolve(MODEL));
    }

    private int run(String... arguments) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
                PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            code = new Dispatcher(CommandRegistry.fromExtensions()).run(List.of(arguments), po, pe, folder);
        }
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void theListsNameTheBuiltInImporterAndExporter() {
        assertEquals(ExitCode.OK, run("import", "--list"), err);
        assertTrue(out.startsWith("observations\tObservations (csv, xlsx): Adds indicators' observations"), out);
        assertEquals(ExitCode.OK, run("export", "--list"), err);
        assertTrue(out.startsWith("workbook\tXLSX workbook (.xlsx): Every element and observation"), out);
        assertEquals("", err);
    }

    @Test
    void rejectedRowsAreEachListedOnStandardErrorAndTheModelFileIsUntouched() throws IOException {
        Files.writeString(folder.resolve("bad.csv"), """
                indicator id,date,value
                ec-ind-cat2,2025-04-30,31.5
                ec-ind-typo,2025-04-30,1
                ec-ind-cat2,2025-05-31,about 30
                """);
        byte[] before = Files.readAllBytes(modelFile);

        assertEquals(ExitCode.PROBLEMS, run("import", MODEL, "bad.csv", "--importer", "observations"));

        assertEquals("", out);
        List<String> lines = err.lines().toList();
        assertEquals("throughline: bad.csv: 2 of 3 rows rejected; nothing was imported and " + MODEL
                + " is unchanged. Correct these rows and run the import again:", lines.get(0));
        assertEquals("  row 3: no element has the id \u201Cec-ind-typo\u201D", lines.get(1));
        assertTrue(lines.get(2).startsWith("  row 4: value \u201Cabout 30\u201D is not a number"), lines.get(2));
        assertEquals(3, lines.size());
        assertArrayEquals(before, Files.readAllBytes(modelFile));
    }

    @Test
    void aDryRunChangesNothingAndTheImportThenSavesTheModel() throws IOException {
        Files.writeString(folder.resolve("new.csv"), "indicator id,date,value\nec-ind-cat2,2025-04-30,31.5\n");
        byte[] before = Files.readAllBytes(modelFile);

        assertEquals(ExitCode.OK, run("import", MODEL, "new.csv", "--importer", "observations", "--dry-run"), err);
        assertTrue(out.startsWith("Dry run of new.csv into " + MODEL + ": 1 new observation from 1 row;"), out);
        assertArrayEquals(before, Files.readAllBytes(modelFile));

        assertEquals(ExitCode.OK, run("import", MODEL, "new.csv", "--importer", "observations"), err);
        assertTrue(out.startsWith("Imported new.csv into " + MODEL + ": 1 new observation from"), out);
        assertTrue(Files.readString(modelFile).contains("31.5"), "the observation is in the saved file");
    }

    @Test
    void badUsageStopsWithOneLineAndExitCodeTwo() throws IOException {
        Files.writeString(folder.resolve("new.csv"), "indicator id,date,value\nec-ind-cat2,2025-04-30,31.5\n");

        assertEquals(ExitCode.USAGE, run("import", MODEL, "new.csv"));
        assertEquals("throughline: import needs --importer ID; the importers are: observations\n", err);
        assertEquals(ExitCode.USAGE, run("import", MODEL, "new.csv", "--importer", "nonesuch"));
        assertEquals("throughline: there is no importer 'nonesuch'; the importers are: observations\n", err);
        assertEquals(ExitCode.USAGE, run("import", MODEL, "missing.csv", "--importer", "observations"));
        assertEquals("throughline: missing.csv does not exist or is not a file.\n", err);
        assertEquals(ExitCode.USAGE, run("export", MODEL, "--exporter", "workbook"));
        assertEquals("throughline: export needs --out PATH, the file to write.\n", err);
        assertEquals(ExitCode.USAGE, run("export", MODEL, "--exporter", "pdf", "--out", "x.pdf"));
        assertEquals("throughline: there is no exporter 'pdf'; the exporters are: workbook\n", err);
    }

    @Test
    void anExportWritesTheWorkbookAndAFailedOneLeavesNoFile() throws IOException {
        assertEquals(ExitCode.OK, run("export", MODEL, "--exporter", "workbook", "--out", "stocktake.xlsx"), err);
        assertEquals("Wrote stocktake.xlsx (XLSX workbook) from " + MODEL + ".\n", out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(folder.resolve("stocktake.xlsx").toFile())) {
            assertTrue(workbook.findSheet(Workbooks.OBSERVATIONS_SHEET).isPresent());
        }

        assertEquals(ExitCode.USAGE, run("export", MODEL, "--exporter", "workbook", "--out", "no-such-folder/stocktake.xlsx"));
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("throughline: Cannot write no-such-folder/stocktake.xlsx:"), err);
        assertFalse(Files.exists(folder.resolve("no-such-folder")));
    }

    @Test
    void helpShowsHowToUseTheCommands() {
        assertEquals(ExitCode.OK, run("help", "import"));
        assertTrue(out.contains("--importer ID"), out);
        assertEquals(ExitCode.OK, run("help", "export"));
        assertTrue(out.contains("--exporter ID"), out);
    }
}
