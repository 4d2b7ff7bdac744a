// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.exchange.api.ImportResult;
import org.throughline.exchange.api.ObservationImport;
import org.throughline.exchange.api.ObservationImportException;
import org.throughline.exchange.api.Rejection;
import org.throughline.exchange.api.Workbooks;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Priority;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;

class ObservationImportTest {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;

    @TempDir
    Path folder;

    private Path modelFile;

    @BeforeEach
    void model() throws IOException {
        modelFile = folder.resolve("test.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), modelFile);
        Model model = F.createModel();
        model.setId("m");
        model.setName("Import test");
        resource.getContents().add(model);
        model.getElements().add(indicator("ind-wait", "Waiting time", LocalDate.of(2024, 1, 31), 10.0));
        model.getElements().add(indicator("ind-sat-1", "Satisfaction", null, 0));
        model.getElements().add(indicator("ind-sat-2", "Satisfaction", null, 0));
        model.getElements().add(indicator("ind-cases", "Cases cleared", null, 0));
        Priority priority = F.createPriority();
        priority.setId("pri");
        priority.setName("A priority");
        model.getElements().add(priority);
        ModelFiles.save(resource);
    }

    private static Indicator indicator(String id, String name, LocalDate date, double value) {
        Indicator indicator = F.createIndicator();
        indicator.setId(id);
        indicator.setName(name);
        if (date != null) {
            Observation observation = F.createObservation();
            observation.setDate(date);
            observation.setValue(Double.valueOf(value));
            observation.setSource("Existing source");
            indicator.getObservations().add(observation);
        }
        return indicator;
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Resource load() throws IOException {
        return ModelFiles.load(modelFile);
    }

    private static Indicator indicator(Resource resource, String id) {
        return ((Model) resource.getContents().get(0)).getElements().stream().filter(e -> id.equals(e.getId()))
                .map(Indicator.class::cast).findFirst().orElseThrow();
    }

    private static Map<Integer, String> reasons(ImportResult result) {
        return result.rejections().stream().collect(Collectors.toMap(r -> Integer.valueOf(r.row()), Rejection::reason));
    }

    @Test
    void goodRowsAreAddedAndSavedAndDuplicatesSkipped() throws IOException {
        Path data = csv("good.csv",
                "indicator id,indicator name,date,value,source,note",
                "ind-wait,,2024-02-29,11.5,Monthly return,",
                "ind-wait,Waiting time,31/03/2024,12,Monthly return,\"Provisional, revised later\"",
                ",Cases cleared,2024-03-31,1e3,,",
                "ind-wait,,2024-01-31,10.0,Another source,duplicate of the model's observation",
                "ind-wait,,2024-02-29,11.50,,duplicate of an earlier row",
                ",,,,,");
        ImportResult result = ObservationImport.apply(load(), data, null);

        assertTrue(result.accepted(), result.rejections().toString());
        assertTrue(result.applied());
        assertEquals(5, result.rows());
        assertEquals(3, result.added());
        assertEquals(2, result.duplicates());
        Resource saved = load();
        List<Observation> waiting = indicator(saved, "ind-wait").getObservations();
        assertEquals(3, waiting.size());
        Observation march = waiting.stream().filter(o -> o.getDate().equals(LocalDate.of(2024, 3, 31))).findFirst().orElseThrow();
        assertEquals(12.0, march.getValue().doubleValue());
        assertEquals("Monthly return", march.getSource());
        assertEquals("Provisional, revised later", march.getNote());
        assertEquals(1000.0, indicator(saved, "ind-cases").getObservations().get(0).getValue().doubleValue());
    }

    @Test
    void oneBadRowMeansNothingIsAppliedAndEveryBadRowIsListed() throws IOException {
        byte[] before = Files.readAllBytes(modelFile);
        Path data = csv("bad.csv",
                "indicator id,indicator name,date,value,source,note",
                "ind-wait,,2024-02-29,11.5,,",
                "ind-nope,,2024-02-29,1,,",
                ",Satisfaction,2024-02-29,1,,",
                ",Nobody,2024-02-29,1,,",
                "pri,,2024-02-29,1,,",
                "ind-wait,,2024-02-30,1,,",
                "ind-wait,,2024-04-30,lots,,",
                "ind-wait,,2024-04-30,\"1,234\",,",
                "ind-wait,,2024-01-31,99,,",
                "ind-wait,,,1,,",
                "ind-wait,Satisfaction,2024-05-31,1,,",
                "ind-wait,,2024-06-30,1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",",
                "ind-wait,,2024-02-29,7,,",
                "ind-wait,,2024-07-31");
        ImportResult result = ObservationImport.apply(load(), data, null);

        assertFalse(result.accepted());
        assertFalse(result.applied());
        assertEquals(13, result.rejectedCount());
        Map<Integer, String> reasons = reasons(result);
        assertFalse(reasons.containsKey(Integer.valueOf(2)), "the good row is not rejected");
        assertTrue(reasons.get(Integer.valueOf(3)).contains("no element has the id \u201Cind-nope\u201D"), reasons.get(3));
        assertTrue(reasons.get(Integer.valueOf(4)).contains("2 indicators are named \u201CSatisfaction\u201D"), reasons.get(4));
        assertTrue(reasons.get(Integer.valueOf(4)).contains("ind-sat-1, ind-sat-2"), reasons.get(4));
        assertTrue(reasons.get(Integer.valueOf(5)).contains("no indicator is named \u201CNobody\u201D"), reasons.get(5));
        assertTrue(reasons.get(Integer.valueOf(6)).contains("is a priority, not an indicator"), reasons.get(6));
        assertTrue(reasons.get(Integer.valueOf(7)).contains("date \u201C2024-02-30\u201D is not a date"), reasons.get(7));
        assertTrue(reasons.get(Integer.valueOf(8)).contains("value \u201Clots\u201D is not a number"), reasons.get(8));
        assertTrue(reasons.get(Integer.valueOf(9)).contains("value \u201C1,234\u201D is not a number"), reasons.get(9));
        assertTrue(reasons.get(Integer.valueOf(10)).contains("already has 10 on 2024-01-31 and this row says 99"), reasons.get(10));
        assertTrue(reasons.get(Integer.valueOf(11)).contains("no date"), reasons.get(11));
        assertTrue(reasons.get(Integer.valueOf(12)).contains("is named \u201CWaiting time\u201D, not \u201CSatisfaction\u201D"),
                reasons.get(12));
        assertTrue(reasons.get(Integer.valueOf(13)).contains("looks like a spreadsheet formula"), reasons.get(13));
        assertTrue(reasons.get(Integer.valueOf(14)).contains("row 2 already gives 11.5"), reasons.get(14));
        assertTrue(reasons.get(Integer.valueOf(15)).contains("no value"), reasons.get(15));
        assertArrayEquals(before, Files.readAllBytes(modelFile), "the model file is untouched");
        assertFalse(Files.exists(folder.resolve("test.throughline.bak")), "not even a backup was written");
    }

    @Test
    void anUnfinishedObservationOfTheModelImportsBackAsADuplicateButANewIncompleteRowIsRejected() throws IOException {
        Resource resource = load();
        Observation undated = F.createObservation();
        undated.setValue(Double.valueOf(5));
        indicator(resource, "ind-cases").getObservations().add(undated);
        ModelFiles.save(resource);
        Path exported = folder.resolve("unfinished.xlsx");
        Workbooks.write((Model) resource.getContents().get(0), exported);

        ImportResult back = ObservationImport.check((Model) load().getContents().get(0), exported, null);
        assertTrue(back.accepted(), back.rejections().toString());
        assertEquals(2, back.duplicates());

        Path other = csv("undated.csv", "indicator id,date,value", "ind-cases,,6");
        ImportResult result = ObservationImport.check((Model) load().getContents().get(0), other, null);
        assertEquals("no date", result.rejections().get(0).reason());
    }

    @Test
    void aDryRunChangesNothing() throws IOException {
        Resource resource = load();
        Path data = csv("dry.csv", "indicator id,date,value", "ind-wait,2024-02-29,11");
        ImportResult result = ObservationImport.check((Model) resource.getContents().get(0), data, null);
        assertTrue(result.accepted());
        assertEquals(1, result.added());
        assertFalse(result.applied());
        assertEquals(1, indicator(resource, "ind-wait").getObservations().size());
        assertEquals(1, indicator(load(), "ind-wait").getObservations().size());
    }

    @Test
    void theImportIsOneCommandThatUndoesInOneStep() throws IOException {
        Resource resource = load();
        Path data = csv("undo.csv", "indicator id,date,value", "ind-wait,2024-02-29,11", "ind-cases,2024-02-29,3");
        ImportResult result = ObservationImport.check((Model) resource.getContents().get(0), data, null);
        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        Command command = result.command(domain);
        domain.getCommandStack().execute(command);
        assertEquals(2, indicator(resource, "ind-wait").getObservations().size());
        assertEquals(1, indicator(resource, "ind-cases").getObservations().size());
        domain.getCommandStack().undo();
        assertEquals(1, indicator(resource, "ind-wait").getObservations().size());
        assertEquals(0, indicator(resource, "ind-cases").getObservations().size());
        assertFalse(domain.getCommandStack().canUndo(), "the whole import was one undoable step");
    }

    @Test
    void semicolonSeparatedFilesWithABomAndNameColumnsAreRead() throws IOException {
        Path data = folder.resolve("excel-eu.csv");
        Files.writeString(data, "\uFEFFIndicator;Date;Value;Notes\r\nwaiting time;15/04/2024;13.25;from the board pack\r\n",
                StandardCharsets.UTF_8);
        ImportResult result = ObservationImport.apply(load(), data, null);
        assertTrue(result.accepted(), result.rejections().toString());
        Observation added = indicator(load(), "ind-wait").getObservations().get(1);
        assertEquals(LocalDate.of(2024, 4, 15), added.getDate());
        assertEquals(13.25, added.getValue().doubleValue());
        assertEquals("from the board pack", added.getNote());
    }

    @Test
    void theExportedObservationsSheetImportsBackAsDuplicatesAndEditedRowsAreAdded() throws IOException {
        Resource resource = load();
        Path exported = folder.resolve("export.xlsx");
        Workbooks.write((Model) resource.getContents().get(0), exported);
        ImportResult unchanged = ObservationImport.check((Model) resource.getContents().get(0), exported, null);
        assertTrue(unchanged.accepted(), unchanged.rejections().toString());
        assertEquals(0, unchanged.added());
        assertEquals(1, unchanged.duplicates());

        Path edited = folder.resolve("edited.xlsx");
        try (OutputStream out = Files.newOutputStream(edited)) {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            workbook.newWorksheet("Notes").value(0, 0, "a sheet that is not read");
            Worksheet sheet = workbook.newWorksheet(Workbooks.OBSERVATIONS_SHEET);
            for (int c = 0; c < ObservationImport.COLUMNS.size(); c++) {
                sheet.value(0, c, ObservationImport.COLUMNS.get(c));
            }
            sheet.value(1, 0, "ind-wait");
            sheet.value(1, 2, LocalDate.of(2024, 2, 29));
            sheet.style(1, 2).format("dd/mm/yyyy").set();
            sheet.value(1, 3, 11.25);
            sheet.value(1, 4, "Board pack");
            sheet.value(2, 1, "Cases cleared");
            sheet.value(2, 2, "2024-03-31");
            sheet.value(2, 3, "42");
            workbook.finish();
        }
        ImportResult result = ObservationImport.apply(resource, edited, null);
        assertTrue(result.accepted(), result.rejections().toString());
        assertEquals(2, result.added());
        Resource saved = load();
        Observation added = indicator(saved, "ind-wait").getObservations().get(1);
        assertEquals(LocalDate.of(2024, 2, 29), added.getDate());
        assertEquals(11.25, added.getValue().doubleValue());
        assertEquals("Board pack", added.getSource());
        assertEquals(42.0, indicator(saved, "ind-cases").getObservations().get(0).getValue().doubleValue());
    }

    @Test
    void formulasErrorsAndNumbersInTheWrongPlaceOfAWorkbookAreRejected() throws IOException {
        Path data = folder.resolve("formulas.xlsx");
        try (OutputStream out = Files.newOutputStream(data)) {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Data");
            List<String> header = List.of("indicator id", "date", "value");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "ind-wait");
            sheet.value(1, 1, "2024-02-29");
            sheet.formula(1, 2, "HYPERLINK(\"http://evil.example\",\"x\")");
            sheet.value(2, 0, "ind-wait");
            sheet.value(2, 1, 45382);
            sheet.value(2, 2, 3);
            workbook.finish();
        }
        byte[] before = Files.readAllBytes(modelFile);
        ImportResult result = ObservationImport.apply(load(), data, null);
        assertFalse(result.accepted());
        Map<Integer, String> reasons = reasons(result);
        assertTrue(reasons.get(Integer.valueOf(2)).contains("value is a formula"), reasons.get(2));
        assertTrue(reasons.get(Integer.valueOf(3)).contains("is a number, not a date"), reasons.get(3));
        assertEquals("Data", result.rejections().get(0).sheet(), "a workbook with one sheet is read from that sheet");
        assertArrayEquals(before, Files.readAllBytes(modelFile));
    }

    @Test
    void filesThatAreNotTablesOfObservationsAreRefusedInOneSentence() throws IOException {
        Model model = (Model) load().getContents().get(0);
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        noise[10] = 0;
        Path binary = Files.write(folder.resolve("noise.csv"), noise);
        assertRefused(model, binary, "is a binary file");

        Path latin1 = Files.write(folder.resolve("latin1.csv"), "indicator id,date,value,note\nind-wait,2024-02-29,1,caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(model, latin1, "is not UTF-8 text");

        assertRefused(model, csv("fake.xlsx", "indicator id,date,value"), "is not one");
        assertRefused(model, Files.write(folder.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}), "old Excel .xls");
        assertRefused(model, Files.write(folder.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3}), "cannot be read as an XLSX");
        assertRefused(model, csv("nocolumns.csv", "indicator,when,amount", "Waiting time,2024-02-29,1"), "has no column date, value");
        assertRefused(model, csv("empty.csv", ""), "holds no rows");
        assertRefused(model, folder.resolve("missing.csv"), "does not exist");
        assertRefused(model, csv("quotes.csv", "indicator id,date,value,note", "ind-wait,2024-02-29,1,=HYPERLINK(\"a\",\"b\")"),
                "is not well-formed CSV at line 2");
    }

    @Test
    void aHugeFileIsRefusedWithoutRunningOutOfMemory() throws IOException {
        Model model = (Model) load().getContents().get(0);
        Path longLine = folder.resolve("longline.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(longLine)) {
            writer.write("indicator id,date,value,note\nind-wait,2024-02-29,1,");
            for (int i = 0; i < 200; i++) {
                writer.write("y".repeat(10_000));
            }
        }
        assertRefused(model, longLine, "has a line longer than");

        Path manyRows = folder.resolve("many.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(manyRows)) {
            writer.write("indicator id,date,value\n");
            LocalDate date = LocalDate.of(1900, 1, 1);
            for (int i = 0; i <= ObservationImport.MAX_ROWS; i++) {
                writer.write("ind-wait,");
                writer.write(date.plusDays(i).toString());
                writer.write(",1\n");
            }
        }
        assertRefused(model, manyRows, "has more than 1000000 rows");

        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i <= 1024; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 10 << 20, "a small file");
        assertRefused(model, bomb, "would unpack to more than 1024 MB");
    }

    @Test
    void textThatTheModelFileCannotHoldIsRejectedAndHostileButValidTextIsKeptAsIs() throws IOException {
        Path bad = csv("control.csv", "indicator id,date,value,note", "ind-wait,2024-02-29,1,bell\u0007here");
        ImportResult rejected = ObservationImport.check((Model) load().getContents().get(0), bad, null);
        assertEquals("note contains the control character U+0007", rejected.rejections().get(0).reason());

        String hostile = "<script>alert(1)</script> \u202Eevil\u202C & \"quotes\" -1 @x";
        Path good = csv("hostile.csv", "indicator id,date,value,note", "ind-wait,2024-02-29,1,\"" + hostile.replace("\"", "\"\"") + "\"");
        assertTrue(ObservationImport.apply(load(), good, null).applied());
        assertEquals(hostile, indicator(load(), "ind-wait").getObservations().get(1).getNote(), "saved and loaded back intact");
    }

    @Test
    void aNoteTooLongForTheModelIsRejected() throws IOException {
        Path data = csv("long.csv", "indicator id,date,value,note", "ind-wait,2024-02-29,1," + "n".repeat(ObservationImport.MAX_TEXT + 1));
        ImportResult result = ObservationImport.check((Model) load().getContents().get(0), data, null);
        assertEquals(1, result.rejectedCount());
        String reason = result.rejections().get(0).reason();
        assertTrue(reason.contains("note is 10001 characters long"), reason);
        assertTrue(reason.length() < 200, "the message stays one readable line");
    }

    private static void assertRefused(Model model, Path data, String expected) {
        ObservationImportException e = assertThrows(ObservationImportException.class, () -> ObservationImport.check(model, data, null),
                data.toString());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(data.getFileName().toString()), "the message names the file: " + e.getMessage());
        assertNull(e.getMessage().contains("\n") ? e.getMessage() : null, "one line");
    }
}
