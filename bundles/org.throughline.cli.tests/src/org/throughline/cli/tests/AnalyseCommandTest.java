// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.model.Link;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;

/** {@code throughline analyse}: what a user sees on the example models, and for each mistake they can make. */
class AnalyseCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int analyse(String... arguments) throws IOException {
        for (Path example : Examples.all()) {
            Path copy = folder.resolve(example.getFileName());
            if (!Files.exists(copy)) {
                Files.copy(example, copy);
            }
        }
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            List<String> all = new ArrayList<>(List.of("analyse"));
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

    private void assertOneLineError(String expected) {
        assertTrue(err().contains(expected), err());
        assertEquals(1, err().lines().count(), "one line: " + err());
        assertTrue(err().startsWith("throughline: "), err());
    }

    @Test
    void findsTheDeliberateWeaknessesOfTheEmergencyCareModel() throws IOException {
        assertEquals(ExitCode.OK, analyse("emergency-care.throughline"));
        String text = out();
        assertTrue(text.startsWith("emergency-care.throughline, as at 2025-04-30\n"), text);
        for (String title : List.of("Weak links", "Single points of failure", "Trajectory status", "Flow", "Accountability gaps",
                "Line of sight", "Evidence", "Network measures")) {
            assertTrue(text.contains("\n" + title + "\n" + "=".repeat(title.length()) + "\n"), title + " is a section: " + text);
        }
        assertTrue(text.contains("Links: 1 broken, 3 weak, 1 of unknown strength"), text);
        // The local four-hour measure is built from its two trusts: (79.1 x 10,230 + 68.4 x 11,160) / 21,390 = 73.5.
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("2 of 6 indicators are off trajectory: A&E attendances seen within four hours (75% on 2025-03-31 "
                + "against 78% planned); A&E attendances seen within four hours, Northshire and Eastvale (73.5% on 2025-03-31 against 78% "
                + "planned)"), text);
        // Eastvale: 11,160 / 21,390 of the attendances x 9.6 points short = 5.0 of the 4.5-point gap.
        assertTrue(flat.contains("Eastvale University Hospitals NHS Trust accounts for 5 of the gap of 4.5 (by delivery unit, 2025-03-31)"),
                text);
        assertTrue(text.replaceAll("\\s+", " ").contains("the binding one, on which waits Admission to a ward bed"),
                "admission depends on discharge: " + text);
        assertTrue(text.lines().anyMatch(l -> l.contains("Admission to a ward") && l.contains("117.9") && l.contains("pinch-point")),
                text);
        assertTrue(text.lines().noneMatch(l -> l.length() > 140), "the tables fit 140 columns");
        assertEquals("", err());
    }

    @Test
    void asAtAnEarlierDateTheAnalysesSeeOnlyWhatWasKnownThen() throws IOException {
        assertEquals(ExitCode.OK, analyse("emergency-care.throughline", "--analysis", "trajectories", "--format", "csv", "--as-at",
                "2024-10-31"));
        CSVRecord october = fourHours(out());
        assertEquals(List.of("2024-10-31", "72.9"), List.of(october.get(4), october.get(5)), "October 2024's figure, not March 2025's");
        // March 2024 (74.2) plus the average year-on-year change of April to October 2024
        // (2.9 / 7 = +0.41): 74.6, range 74.2 - 1.7 = 72.5 to 74.2 + 3.0 = 77.2; it misses 78.
        assertEquals(List.of("74.6", "misses target", "72.5% to 77.2%"), List.of(october.get(12), october.get(13), october.get(14)));
        assertEquals("same time a year before, plus the year-on-year change", october.get(15));
        out.reset();
        assertEquals(ExitCode.OK, analyse("emergency-care.throughline", "--analysis", "trajectories", "--format", "csv"));
        CSVRecord april = fourHours(out());
        assertEquals(List.of("2025-03-31", "75", "missed target", ""), List.of(april.get(4), april.get(5), april.get(13), april.get(12)),
                "as at its own date, 30 April 2025, the March 2025 target is judged on March's actual, not forecast");
    }

    private static CSVRecord fourHours(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream()
                .filter(r -> r.get(2).equals("A&E attendances seen within four hours")).findFirst().orElseThrow();
    }

    @Test
    void aBadAsAtDateIsOneLine() throws IOException {
        assertEquals(ExitCode.USAGE, analyse("emergency-care.throughline", "--as-at", "last spring"));
        assertOneLineError("--as-at needs a date written yyyy-MM-dd (for example 2024-10-31), not 'last spring'");
    }

    @Test
    void oneAnalysisAsCsvIsATableASpreadsheetReads() throws IOException {
        assertEquals(ExitCode.OK, analyse("benefit-claims.throughline", "--analysis", "flow", "--format", "csv"));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out())).getRecords();
        assertEquals(List.of("Element id", "Element type", "Service", "Step", "Per", "Demand", "Capacity", "Utilisation %",
                "Failure demand %", "Failure demand", "Queue growth", "Pinch-point"), records.get(0).toList());
        CSVRecord assessment = records.stream().filter(r -> r.get(3).equals("Health assessment")).findFirst().orElseThrow();
        assertEquals("ProcessStep", assessment.get(1));
        assertEquals("12500", assessment.get(5));
        assertEquals("10000", assessment.get(6));
        assertEquals("125", assessment.get(7));
        assertEquals("2500", assessment.get(10), "the queue grows by demand beyond capacity each week");
        assertEquals("pinch-point", assessment.get(11));
        assertEquals(1, records.stream().filter(r -> r.get(11).equals("pinch-point")).count());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreMadeInert() throws IOException {
        analyse("--list");
        Path file = folder.resolve("emergency-care.throughline");
        Resource resource = ModelFiles.load(file);
        Link broken = null;
        for (var contents = resource.getAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Link link && "ec-link-ed-east-nhse-data".equals(link.getId())) {
                broken = link;
            }
        }
        broken.setName("=HYPERLINK(\"http://example.com\",\"click\")");
        ModelFiles.save(resource);
        out.reset();
        assertEquals(ExitCode.OK, analyse("emergency-care.throughline", "--analysis", "weak-links", "--format", "csv"));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out())).getRecords();
        assertEquals("'=HYPERLINK(\"http://example.com\",\"click\")", records.get(1).get(3), "the link's name, made inert");
    }

    @Test
    void jsonNamesEachRowsElementById() throws IOException {
        assertEquals(ExitCode.OK, analyse("school-literacy.throughline", "--analysis", "weak-links", "--format", "json"));
        String json = out();
        assertTrue(json.startsWith("{\n  \"file\": \"school-literacy.throughline\",\n  \"asAt\": "), json);
        assertTrue(json.contains("\"id\": \"weak-links\""), json);
        assertTrue(json.contains("\"name\": \"Brookfield shares termly reading data with the council\""), json);
        assertTrue(json.contains("\"type\": \"Link\""), json);
        assertTrue(json.contains("\"broken\""), json);
        assertTrue(json.contains("\"failure\": null"), json);
    }

    @Test
    void impactOfAnElementFollowsItDownstream() throws IOException {
        assertEquals(ExitCode.OK, analyse("emergency-care.throughline", "--analysis", "impact", "--element", "ec-org-council"));
        String text = out();
        assertTrue(text.contains("If Northshire County Council fails"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("people served") && l.contains("Patients fit to leave")
                && l.contains("critical")), text);
    }

    @Test
    void impactGoesFurtherOnlyWhenAsked() throws IOException {
        assertEquals(ExitCode.OK, analyse("school-literacy.throughline", "--analysis", "impact", "--element", "sl-org-hillside"));
        String direct = out().replaceAll("\\s+", " ");
        assertTrue(direct.contains("The group affected numbers about 1,900 people.") && direct.contains("Followed what depends on it"),
                direct);
        assertTrue(!direct.contains("Year 6 pupils in England"), "not every pupil in England: " + direct);
        out.reset();
        assertEquals(ExitCode.OK, analyse("school-literacy.throughline", "--analysis", "impact", "--element", "sl-org-hillside",
                "--further"));
        assertTrue(out().replaceAll("\\s+", " ").contains("Followed further than what depends on it directly"), out());
    }

    @Test
    void listsTheAnalysesWithTheirQuestions() throws IOException {
        assertEquals(ExitCode.OK, analyse("--list"));
        String text = out();
        assertTrue(text.lines().anyMatch(l -> l.matches("  weak-links +Where is each delivery chain weak.*")), text);
        assertTrue(text.contains("(needs --element ID)"), "impact says it needs an element: " + text);
        for (String id : List.of("single-points-of-failure", "impact", "trajectories", "flow", "accountability", "line-of-sight",
                "evidence", "network")) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith("  " + id + " ")), id + ": " + text);
        }
    }

    @Test
    void anUnknownAnalysisIsOneLineNamingTheKnownOnes() throws IOException {
        assertEquals(ExitCode.USAGE, analyse("emergency-care.throughline", "--analysis", "weak-lynx"));
        assertOneLineError("there is no analysis 'weak-lynx'; the analyses are: weak-links, ");
        assertEquals("", out());
    }

    @Test
    void anUnknownElementIsOneLine() throws IOException {
        assertEquals(ExitCode.USAGE, analyse("emergency-care.throughline", "--analysis", "impact", "--element", "ec-nobody"));
        assertOneLineError("emergency-care.throughline has no element with the id 'ec-nobody'.");
    }

    @Test
    void impactWithoutAnElementSaysHowToGiveOne() throws IOException {
        assertEquals(ExitCode.USAGE, analyse("emergency-care.throughline", "--analysis", "impact"));
        assertOneLineError("needs an element to analyse: give one (--element ID)");
    }

    @Test
    void aBadFileIsOneLine() throws IOException {
        Files.writeString(folder.resolve("bad.throughline"), "<not a model");
        assertEquals(ExitCode.USAGE, analyse("bad.throughline"));
        assertOneLineError("bad.throughline");
        err.reset();
        assertEquals(ExitCode.USAGE, analyse("missing.throughline"));
        assertOneLineError("missing.throughline");
    }

    @Test
    void csvOfEveryAnalysisAsksForOne() throws IOException {
        assertEquals(ExitCode.USAGE, analyse("emergency-care.throughline", "--format", "csv"));
        assertOneLineError("choose the analysis with --analysis ID");
    }

    @Test
    void badUsageIsOneLine() throws IOException {
        assertEquals(ExitCode.USAGE, analyse("emergency-care.throughline", "--format", "xml"));
        assertOneLineError("--format takes one of: text, json, csv.");
        err.reset();
        assertEquals(ExitCode.USAGE, analyse("emergency-care.throughline", "--analysis"));
        assertOneLineError("--analysis needs a value; run 'throughline help analyse'.");
        err.reset();
        assertEquals(ExitCode.USAGE, analyse());
        assertOneLineError("analyse needs a model file");
    }
}
