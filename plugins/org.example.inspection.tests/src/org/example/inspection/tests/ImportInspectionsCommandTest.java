// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.example.inspection.Inspection;
import org.example.inspection.InspectionRegime;
import org.example.inspection.Rating;
import org.example.inspection.internal.ImportInspectionsCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

/** Importing a regulator's CSV of ratings into a model file, as a user runs it. */
class ImportInspectionsCommandTest {

    @TempDir
    Path dir;

    private Path model;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void saveModel() throws IOException {
        model = dir.resolve("acute.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), model);
        resource.getContents().add(new InspectionModel().model);
        ModelFiles.save(resource);
    }

    private int run(String... arguments) throws CliException {
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, false);
        return new ImportInspectionsCommand().run(context, List.of(arguments));
    }

    private static InspectionRegime regime(Model model, String name) {
        return model.getElements().stream().filter(InspectionRegime.class::isInstance).map(InspectionRegime.class::cast)
                .filter(r -> name.equals(r.getName())).findFirst().orElseThrow();
    }

    @Test
    void ratingsAreAddedOrUpdatedAndSaved() throws IOException, CliException, ModelLoadException {
        Files.writeString(dir.resolve("ratings.csv"), """
                Inspected,Rating,Date,Reference
                North Trust,Requires improvement,2025-10-01,INS-0042
                South Trust,good,2025-06-02,
                """);
        assertEquals(ExitCode.OK, run("acute.throughline", "ratings.csv", "--regime", "Hospital inspections"));
        assertEquals("acute.throughline: 1 inspections added, 1 updated, in 'Hospital inspections'", out.toString().strip());

        Model loaded = (Model) ModelFiles.load(model).getContents().get(0);
        List<Inspection> inspections = regime(loaded, "Hospital inspections").getInspections();
        assertEquals(3, inspections.size());
        assertEquals(Rating.GOOD, inspections.get(1).getRating(), "South Trust's inspection of 2025-06-02 is updated");
        Inspection added = inspections.get(2);
        assertEquals("North Trust", added.getInspected().getName());
        assertEquals(Rating.REQUIRES_IMPROVEMENT, added.getRating());
        assertEquals(LocalDate.of(2025, 10, 1), added.getDate());
        assertEquals("INS-0042", added.getReportReference());
    }

    @Test
    void oneWrongRowAndNothingIsWritten() throws IOException {
        byte[] before = Files.readAllBytes(model);
        Files.writeString(dir.resolve("bad.csv"), """
                inspected,rating,date
                North Trust,Good,2025-10-01
                West Trust,Good,2025-10-01
                South Trust,Excellent,2025-10-01
                """);
        CliException e = assertThrows(CliException.class, () -> run("acute.throughline", "bad.csv"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("2 of 3 rows are wrong; nothing was written to " + model, e.getMessage());
        String errors = err.toString();
        assertTrue(errors.contains("bad.csv:3: no organisation or service named 'West Trust' in the model"), errors);
        assertTrue(errors.contains("bad.csv:4: 'Excellent' is not a rating"), errors);
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Files.writeString(dir.resolve("nodate.csv"), "inspected,rating\nNorth Trust,Good\n");
        CliException e = assertThrows(CliException.class, () -> run("acute.throughline", "nodate.csv"));
        assertTrue(e.getMessage().endsWith("has no column 'date' in its header row (columns: inspected, rating, date, reference)"),
                e.getMessage());
    }
}
