// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.exchange.api.ObservationImport;
import org.throughline.exchange.api.Workbooks;
import org.throughline.model.Element;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.Priority;
import org.throughline.model.Property;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.Trajectory;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.testing.ModelGenerator;

class WorkbooksTest {

    @TempDir
    Path folder;

    private static Model load(String example) throws IOException {
        return (Model) ModelFiles.load(Examples.file(example)).getContents().get(0);
    }

    private static <T extends EObject> List<T> all(Model model, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (TreeIterator<EObject> i = model.eAllContents(); i.hasNext();) {
            EObject next = i.next();
            if (type.isInstance(next)) {
                found.add(type.cast(next));
            }
        }
        return found;
    }

    @Test
    void everyExampleGivesAWorkbookWithASheetPerElementTypeAndEveryObservation() throws IOException {
        for (Path file : Examples.all()) {
            Model model = (Model) ModelFiles.load(file).getContents().get(0);
            Path xlsx = folder.resolve(file.getFileName() + ".xlsx");
            Workbooks.write(model, xlsx);
            Sheets.parts(xlsx);
            Map<String, List<List<Cell>>> sheets = Sheets.read(xlsx);

            List<String> names = new ArrayList<>(sheets.keySet());
            assertEquals(Workbooks.ABOUT_SHEET, names.get(0), file.toString());
            assertEquals(Workbooks.OBSERVATIONS_SHEET, names.get(1), file.toString());
            for (Element element : all(model, Element.class)) {
                String sheet = element.eClass().getName();
                assertTrue(sheets.containsKey(sheet), file + " has no sheet " + sheet);
                assertTrue(sheets.get(sheet).stream().skip(1).anyMatch(row -> element.getId().equals(Sheets.text(row, 0))),
                        file + ": " + element.getId() + " missing from " + sheet);
            }
            int observations = all(model, Observation.class).size();
            assertEquals(observations + 1, sheets.get(Workbooks.OBSERVATIONS_SHEET).size(), file.toString());
            List<Cell> header = sheets.get(Workbooks.OBSERVATIONS_SHEET).get(0);
            for (int c = 0; c < ObservationImport.COLUMNS.size(); c++) {
                assertEquals(ObservationImport.COLUMNS.get(c), Sheets.text(header, c));
            }
        }
    }

    /**
     * Streaming readers (openpyxl read-only, some ETL tools) trust each sheet's declared
     * dimension and read only that range; schema checks (POI) want ARGB colours and a default
     * cell style; people want the header row to stay in view.
     */
    @Test
    void everySheetDeclaresTheRangeItUsesWithArgbColoursADefaultStyleAndAFrozenHeader() throws IOException {
        for (Path file : Examples.all()) {
            Model model = (Model) ModelFiles.load(file).getContents().get(0);
            Path xlsx = folder.resolve(file.getFileName() + ".xlsx");
            Workbooks.write(model, xlsx);
            Map<String, String> parts = Sheets.parts(xlsx);
            Map<String, List<List<Cell>>> sheets = Sheets.read(xlsx);
            List<String> names = new ArrayList<>(sheets.keySet());
            for (int i = 0; i < names.size(); i++) {
                String xml = parts.get("xl/worksheets/sheet" + (i + 1) + ".xml");
                // The last row and the widest column that hold a cell, as the sheet's own XML says.
                int lastRow = 0;
                String last = "A";
                java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"").matcher(xml);
                while (cells.find()) {
                    lastRow = Math.max(lastRow, Integer.parseInt(cells.group(2)));
                    String letters = cells.group(1);
                    if (letters.length() > last.length() || letters.length() == last.length() && letters.compareTo(last) > 0) {
                        last = letters;
                    }
                }
                String expected = "<dimension ref=\"A1:" + last + lastRow + "\"/>";
                assertTrue(xml.contains(expected), file.getFileName() + " " + names.get(i) + ": wanted " + expected + " in "
                        + xml.substring(0, Math.min(400, xml.length())));
                if (i > 0) {
                    assertTrue(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""),
                            names.get(i) + " keeps its header in view");
                }
            }
            String styles = parts.get("xl/styles.xml");
            assertTrue(styles.contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"), styles);
            java.util.regex.Matcher colours = java.util.regex.Pattern.compile("rgb=\"([0-9A-Fa-f]*)\"").matcher(styles);
            int found = 0;
            while (colours.find()) {
                assertEquals(8, colours.group(1).length(), "ARGB: " + colours.group(0));
                found++;
            }
            assertTrue(found > 1, "the header fill and the font colour");
        }
    }

    @Test
    void observationsAreDatesAndNumbersThatASpreadsheetCanComputeWith() throws IOException {
        Model model = load("emergency-care.throughline");
        Path xlsx = folder.resolve("ec.xlsx");
        Workbooks.write(model, xlsx);
        List<List<Cell>> rows = Sheets.read(xlsx).get(Workbooks.OBSERVATIONS_SHEET);

        Indicator first = all(model, Indicator.class).stream().filter(i -> !i.getObservations().isEmpty()).findFirst().orElseThrow();
        Observation earliest = first.getObservations().stream().min(Comparator.comparing(Observation::getDate)).orElseThrow();
        List<Cell> row = rows.get(1);
        assertEquals(first.getId(), Sheets.text(row, 0));
        assertEquals(first.getName(), Sheets.text(row, 1));
        assertEquals(CellType.NUMBER, row.get(2).getType(), "the date is a real date cell");
        assertEquals(earliest.getDate(), row.get(2).asDate().toLocalDate());
        assertTrue(row.get(2).getDataFormatString().contains("yy"), "the date cell is shown as a date");
        assertEquals(CellType.NUMBER, row.get(3).getType());
        assertEquals(earliest.getValue().doubleValue(), row.get(3).asNumber().doubleValue());
        assertEquals(earliest.getSource(), Sheets.text(row, 4));

        int indicators = all(model, Indicator.class).size();
        String choice = "<formula1>'Indicator'!$A$2:$A$" + (indicators + 1) + "</formula1>";
        assertEquals(1, Sheets.parts(xlsx).values().stream().filter(xml -> xml.contains("type=\"list\"") && xml.contains(choice)).count(),
                "the id column offers the indicators' ids");
    }

    @Test
    void referencesAppearAsIdsAndNamesAndUserPropertiesAsColumns() throws IOException {
        Model model = load("emergency-care.throughline");
        Path xlsx = folder.resolve("ec.xlsx");
        Workbooks.write(model, xlsx);
        Map<String, List<List<Cell>>> sheets = Sheets.read(xlsx);

        Link link = all(model, Link.class).get(0);
        List<List<Cell>> links = sheets.get("Link");
        List<Cell> header = links.get(0);
        List<Cell> row = links.stream().filter(r -> link.getId().equals(Sheets.text(r, 0))).findFirst().orElseThrow();
        assertEquals(link.getSource().getId(), Sheets.text(row, Sheets.column(header, "source id")));
        assertEquals(link.getSource().getName(), Sheets.text(row, Sheets.column(header, "source name")));
        assertEquals(link.getTarget().getName(), Sheets.text(row, Sheets.column(header, "target name")));
        assertEquals(link.getStrength().getLiteral(), Sheets.text(row, Sheets.column(header, "strength")));

        Priority priority = all(model, Priority.class).stream().filter(p -> !p.getProperties().isEmpty()).findFirst().orElseThrow();
        Property property = priority.getProperties().get(0);
        List<List<Cell>> priorities = sheets.get("Priority");
        List<Cell> priorityRow = priorities.stream().filter(r -> priority.getId().equals(Sheets.text(r, 0))).findFirst().orElseThrow();
        assertEquals(property.getValue(), Sheets.text(priorityRow, Sheets.column(priorities.get(0), "property: " + property.getKey())));
        assertEquals(String.join("; ", priority.getOutcomes().stream().map(Element::getId).toList()),
                Sheets.text(priorityRow, Sheets.column(priorities.get(0), "outcomes ids")));
    }

    @Test
    void partsWithoutIdentityGetTheirOwnSheetNamingTheirOwner() throws IOException {
        Model model = load("emergency-care.throughline");
        Trajectory trajectory = all(model, Trajectory.class).stream().filter(t -> !t.getPoints().isEmpty()).findFirst().orElseThrow();
        Path xlsx = folder.resolve("ec.xlsx");
        Workbooks.write(model, xlsx);
        List<List<Cell>> points = Sheets.read(xlsx).get("TrajectoryPoint");
        int owner = Sheets.column(points.get(0), "owner id");
        assertEquals(trajectory.getPoints().size(), points.stream().filter(r -> trajectory.getId().equals(Sheets.text(r, owner))).count());
    }

    @Test
    void hostileModelTextStaysPlainTextInAValidWorkbook() throws IOException {
        Model model = ThroughlineFactory.eINSTANCE.createModel();
        model.setId("m");
        model.setName("</sheetData><script>alert(1)</script>");
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3-4", "@SUM(A1:A9)",
                "=1+1", "\u202Egnp.exe\u202C", "quote \" and ' and <b>&amp;</b>", "ctl\u0001\u0007\u001f end", "</c></row>");
        for (int i = 0; i < hostile.size(); i++) {
            Organisation organisation = ThroughlineFactory.eINSTANCE.createOrganisation();
            organisation.setId("o" + i);
            organisation.setName(hostile.get(i));
            organisation.setDescription(hostile.get(i));
            model.getElements().add(organisation);
        }
        Organisation huge = ThroughlineFactory.eINSTANCE.createOrganisation();
        huge.setId("huge");
        huge.setName("x".repeat(1024 * 1024));
        model.getElements().add(huge);
        Path xlsx = folder.resolve("hostile.xlsx");
        Workbooks.write(model, xlsx);

        Map<String, String> parts = Sheets.parts(xlsx);
        parts.forEach((name, text) -> assertFalse(text.contains("<f>") || text.contains("<f "), name + " holds a formula"));
        List<List<Cell>> rows = Sheets.read(xlsx).get("Organisation");
        for (int i = 0; i < hostile.size(); i++) {
            List<Cell> row = rows.get(i + 1);
            assertEquals(CellType.STRING, row.get(1).getType(), hostile.get(i));
            String expected = hostile.get(i).replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", "");
            assertEquals(expected, Sheets.text(row, 1));
            if ("=+-@".indexOf(expected.charAt(0)) >= 0) {
                assertEquals("@", Sheets.formatCode(xlsx, "Organisation", "B" + (i + 2)), "editing the cell keeps it text: " + expected);
            } else {
                assertNull(Sheets.formatCode(xlsx, "Organisation", "B" + (i + 2)), expected);
            }
        }
        String cut = Sheets.text(rows.get(hostile.size() + 1), 1);
        assertEquals(Workbooks.MAX_CELL_TEXT, cut.length(), "a cell holds at most what a spreadsheet accepts");
        assertTrue(cut.endsWith("\u2026"));
    }

    @Test
    void aFailedWriteLeavesNoFileAndAnExistingFileUntouched() throws IOException {
        Model model = load("school-literacy.throughline");
        Path missingFolder = folder.resolve("no/such/folder/out.xlsx");
        IOException e = assertThrows(IOException.class, () -> Workbooks.write(model, missingFolder));
        assertTrue(e.getMessage().contains("folder does not exist"), e.getMessage());
        assertFalse(Files.exists(missingFolder.getParent()));

        Path directory = Files.createDirectory(folder.resolve("taken.xlsx"));
        assertThrows(IOException.class, () -> Workbooks.write(model, directory));
        assertTrue(Files.isDirectory(directory));

        Path out = folder.resolve("out.xlsx");
        Workbooks.write(model, out);
        Workbooks.write(model, out);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("out.xlsx", "taken.xlsx"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aNewWorkbookIsReadableByOthersAndARewrittenOneKeepsItsPermissions() throws IOException {
        Model model = load("school-literacy.throughline");
        Path out = folder.resolve("shared.xlsx");
        Workbooks.write(model, out);
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(out));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
        Workbooks.write(model, out);
        assertEquals(PosixFilePermissions.fromString("rw-rw----"), Files.getPosixFilePermissions(out));
    }

    @Test
    void aLargeGeneratedModelIsWrittenCompletely() throws IOException {
        Model model = ModelGenerator.generate(20_000, 7);
        Path xlsx = folder.resolve("big.xlsx");
        Workbooks.write(model, xlsx);
        Map<String, List<List<Cell>>> sheets = Sheets.read(xlsx);
        int rows = sheets.entrySet().stream().filter(e -> !e.getKey().equals(Workbooks.ABOUT_SHEET))
                .filter(e -> !e.getKey().equals("TrajectoryPoint") && !e.getKey().equals("CriterionRating"))
                .mapToInt(e -> e.getValue().size() - 1).sum();
        assertEquals(all(model, Element.class).size() + all(model, Observation.class).size(), rows);
        List<Cell> lastObservation = sheets.get(Workbooks.OBSERVATIONS_SHEET).get(sheets.get(Workbooks.OBSERVATIONS_SHEET).size() - 1);
        assertTrue(lastObservation.get(2).asDate().toLocalDate().isAfter(LocalDate.of(2000, 1, 1)));
    }
}
