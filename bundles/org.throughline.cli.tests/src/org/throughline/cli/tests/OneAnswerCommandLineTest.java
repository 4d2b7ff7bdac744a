// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.testing.Examples;

/**
 * The budget of a line of sight is the same money on the command line and in the workbook: the
 * emergency care example's four-hour line carries the recovery programme's own £3.06bn (its
 * projects are within it), which is the programme's budget cell in the exported workbook.
 */
class OneAnswerCommandLineTest {

    private static final String LINE = "Patients are admitted, transferred or discharged within four hours";

    @TempDir
    Path folder;

    private String run(String... arguments) throws IOException {
        Path model = folder.resolve("ec.throughline");
        if (!Files.exists(model)) {
            Files.copy(Examples.file("emergency-care.throughline"), model);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            List<String> all = new ArrayList<>(List.of(arguments));
            assertEquals(ExitCode.OK, new Dispatcher(CommandRegistry.fromExtensions()).run(all, o, e, folder),
                    err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBudgetOfALineIsTheSameInTheAnalysisAndTheWorkbook() throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180
                .parse(new StringReader(run("analyse", "ec.throughline", "--analysis", "line-of-sight", "--format", "csv"))).getRecords();
        int budget = records.get(0).toList().indexOf("Budget (\u00a3)");
        assertTrue(budget >= 0, records.get(0).toString());
        CSVRecord line = records.stream().filter(r -> r.toList().contains(LINE)).findFirst().orElseThrow();
        BigDecimal analysed = new BigDecimal(line.get(budget));

        run("export", "ec.throughline", "--exporter", "workbook", "--out", "ec.xlsx");
        BigDecimal inWorkbook = null;
        try (ReadableWorkbook workbook = new ReadableWorkbook(folder.resolve("ec.xlsx").toFile())) {
            Sheet programmes = workbook.findSheet("Programme").orElseThrow();
            List<Row> rows = programmes.read();
            List<String> headings = new ArrayList<>();
            rows.get(0).forEach(c -> headings.add(c == null ? "" : c.getRawValue()));
            int id = headings.indexOf("id");
            int money = headings.indexOf("budget");
            assertTrue(id >= 0 && money >= 0, headings.toString());
            for (Row row : rows) {
                if ("ec-prog-uec".equals(row.getCellText(id))) {
                    inWorkbook = row.getCellAsNumber(money).orElseThrow();
                }
            }
        }
        // The programme's own budget, 3,060,000,000, counted once on its first outcome's line.
        assertEquals(0, new BigDecimal("3060000000").compareTo(analysed), line.toString());
        assertEquals(0, analysed.compareTo(inWorkbook), "the workbook's programme budget is the line's money");
    }
}
