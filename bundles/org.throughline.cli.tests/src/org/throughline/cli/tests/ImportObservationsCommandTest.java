// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.exchange.api.Workbooks;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;

/** {@code throughline import-observations}: the spreadsheet round trip a delivery unit makes, and the mistakes it can make. */
class ImportObservationsCommandTest {

    private static final String MODEL = "emergency-care.throughline";

    @TempDir
    Path folder;

    private Path modelFile;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void copyExample() throws IOException {
        modelFile = Files.copy(Examples.file(MODEL), folder.resolve(MODEL));
    }

    private int run(String... arguments) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            List<String> all = new ArrayList<>(List.of("import-observations"));
            all.addAll(List.of(arguments));
            return new Dispatcher(CommandRegistry.fromExtensions()).run(all, o, e, folder);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Model model() throws IOException {
        return (Model) ModelFiles.load(modelFile).getContents().get(0);
    }

    private static List<Indicator> indicators(Model model) {
        List<Indicator> indicators = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Indicator indicator) {
                indicators.add(indicator);
            }
        });
        return indicators;
    }

    private static Indicator indicator(Model model, String id) {
        return indicators(model).stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static int observations(Model model) {
        return indicators(model).stream().mapToInt(i -> i.getObservations().size()).sum();
    }

    /**
     * Exports the workbook, then does what a user does in a spreadsheet: keeps the Observations
     * sheet as it is and types new rows under it.
     */
    private Path editedWorkbook(List<Object[]> newRows) throws IOException {
        Path exported = folder.resolve("export.xlsx");
        Workbooks.write(model(), exported);
        List<List<Cell>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(exported.toFile());
                Stream<Row> stream = workbook.findSheet(Workbooks.OBSERVATIONS_SHEET).orElseThrow().openStream()) {
            stream.forEach(row -> {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCell(c));
                }
                rows.add(cells);
            });
        }
        Path edited = folder.resolve("edited.xlsx");
        try (OutputStream stream = Files.newOutputStream(edited)) {
            Workbook workbook = new Workbook(stream, "Spreadsheet", "1.0");
            Worksheet sheet = workbook.newWorksheet(Workbooks.OBSERVATIONS_SHEET);
            int r = 0;
            for (List<Cell> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    Cell cell = row.get(c);
                    if (cell == null || cell.getType() == CellType.EMPTY) {
                        continue;
                    }
                    if (c == 2 && r > 0) {
                        sheet.value(r, c, cell.asDate().toLocalDate());
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (cell.getType() == CellType.NUMBER) {
                        sheet.value(r, c, cell.asNumber());
                    } else {
                        sheet.value(r, c, cell.asString());
                    }
                }
                r++;
            }
            for (Object[] row : newRows) {
                for (int c = 0; c < row.length; c++) {
                    if (row[c] instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    } else if (row[c] instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (row[c] != null) {
                        sheet.value(r, c, row[c].toString());
                    }
                }
                r++;
            }
            workbook.finish();
        }
        return edited;
    }

    @Test
    void rowsAddedToTheExportedWorkbookAreImportedAndTheRestSkipped() throws IOException {
        int before = observations(model());
        Path edited = editedWorkbook(List.of(
                new Object[] {"ec-ind-4hr", null, LocalDate.of(2025, 4, 30), Double.valueOf(76.1), "NHS England, April 2025",
                    "Provisional"},
                new Object[] {null, "General and acute bed occupancy", "2025-04-30", Double.valueOf(93.4), "NHS England", null}));

        assertEquals(ExitCode.OK, run(MODEL, "edited.xlsx"), out() + err());
        assertEquals("Imported edited.xlsx into " + MODEL + ": 2 new observations from " + (before + 2) + " rows; " + before
                + " rows already in the model.\n", out());
        Model model = model();
        assertEquals(before + 2, observations(model));
        Observation april = indicator(model, "ec-ind-4hr").getObservations().stream()
                .filter(o -> o.getDate().equals(LocalDate.of(2025, 4, 30))).findFirst().orElseThrow();
        assertEquals(76.1, april.getValue().doubleValue());
        assertEquals("Provisional", april.getNote());
        assertTrue(indicator(model, "ec-ind-bed").getObservations().stream().anyMatch(o -> o.getValue().doubleValue() == 93.4));

        assertEquals(ExitCode.OK, run(MODEL, "edited.xlsx"), "importing the same workbook twice adds nothing");
        assertEquals("Nothing to import from edited.xlsx: 0 new observations from " + (before + 2) + " rows; " + (before + 2)
                + " rows already in the model; " + MODEL + " is unchanged.\n", out());
        assertEquals(before + 2, observations(model()));
    }

    @Test
    void aBadRowMeansNothingIsImportedAndTheFileIsByteIdentical() throws IOException {
        Path edited = editedWorkbook(List.of(
                new Object[] {"ec-ind-4hr", null, LocalDate.of(2025, 4, 30), Double.valueOf(76.1)},
                new Object[] {"ec-ind-typo", null, LocalDate.of(2025, 4, 30), Double.valueOf(1)},
                new Object[] {"ec-ind-cat2", null, "30/04/2025", "about 30"}));
        byte[] before = Files.readAllBytes(modelFile);
        int rows = observations(model()) + 3;

        assertEquals(ExitCode.PROBLEMS, run(MODEL, edited.getFileName().toString()));
        assertEquals("", out());
        List<String> lines = err().lines().toList();
        assertEquals("throughline: edited.xlsx: 2 of " + rows + " rows rejected; nothing was imported and " + MODEL
                + " is unchanged. Correct these rows and run the import again:", lines.get(0));
        assertEquals("  Observations row " + rows + ": no element has the id \u201Cec-ind-typo\u201D", lines.get(1));
        assertEquals("  Observations row " + (rows + 1) + ": value \u201Cabout 30\u201D is not a number (write digits with a dot for "
                + "decimals and no thousands separators, such as 1234.5)", lines.get(2));
        assertEquals(3, lines.size());
        assertArrayEquals(before, Files.readAllBytes(modelFile), "the model file is untouched");
    }

    @Test
    void aDryRunSaysWhatWouldBeAddedAndChangesNothing() throws IOException {
        Files.writeString(folder.resolve("new.csv"), "indicator id,date,value,source\nec-ind-cat2,2025-04-30,31.5,NHS England\n");
        byte[] before = Files.readAllBytes(modelFile);
        assertEquals(ExitCode.OK, run(MODEL, "new.csv", "--dry-run"));
        assertEquals("Dry run of new.csv into " + MODEL + ": 1 new observation from 1 row; 0 rows already in the model; "
                + "nothing was changed.\n", out());
        assertArrayEquals(before, Files.readAllBytes(modelFile));
    }

    @Test
    void aLongFileReportsProgressOnStandardError() throws IOException {
        StringBuilder csv = new StringBuilder("indicator id,date,value\n");
        LocalDate date = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < 25_000; i++) {
            csv.append("ec-ind-cat2,").append(date.plusDays(i)).append(",30\n");
        }
        Files.writeString(folder.resolve("long.csv"), csv);
        assertEquals(ExitCode.OK, run(MODEL, "long.csv", "--dry-run"), err());
        assertEquals(List.of("throughline: import-observations: 10000 rows read", "throughline: import-observations: 20000 rows read"),
                err().lines().toList());
        assertTrue(out().startsWith("Dry run of long.csv into " + MODEL + ": 25000 new observations"), out());
    }

    @Test
    void unusableInputStopsWithOneLine() throws IOException {
        assertEquals(ExitCode.USAGE, run(MODEL));
        assertTrue(err().startsWith("throughline: import-observations needs a model file and a data file"), err());

        Files.write(folder.resolve("noise.csv"), new byte[] {1, 0, 2, 0, (byte) 0xff});
        assertEquals(ExitCode.USAGE, run(MODEL, "noise.csv"));
        assertTrue(err().contains("noise.csv is a binary file, not CSV text or an XLSX workbook."), err());
        assertEquals(1, err().lines().count(), err());

        assertEquals(ExitCode.USAGE, run(MODEL, "noise.csv", "--force"));
        assertTrue(err().contains("import-observations has no option '--force'"), err());
    }
}
