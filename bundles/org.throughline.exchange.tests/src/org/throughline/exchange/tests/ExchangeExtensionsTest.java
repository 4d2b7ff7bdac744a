// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.exchange.api.ContributionException;
import org.throughline.exchange.api.ExporterDescriptor;
import org.throughline.exchange.api.Exporters;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.ImporterDescriptor;
import org.throughline.exchange.api.Importers;
import org.throughline.exchange.api.Workbooks;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;

/** The importers' and exporters' extension points: what is listed, all-or-nothing imports, and isolation of bad plugins. */
class ExchangeExtensionsTest {

    private static final String TESTS = "org.throughline.exchange.tests";

    @TempDir
    Path folder;

    private Path modelFile;

    @BeforeEach
    void model() throws IOException {
        modelFile = folder.resolve("test.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), modelFile);
        Model model = ThroughlineFactory.eINSTANCE.createModel();
        model.setId("m");
        model.setName("Exchange test");
        Indicator indicator = ThroughlineFactory.eINSTANCE.createIndicator();
        indicator.setId("ind-wait");
        indicator.setName("Waiting time");
        model.getElements().add(indicator);
        resource.getContents().add(model);
        ModelFiles.save(resource);
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static Model model(Resource resource) {
        return (Model) resource.getContents().get(0);
    }

    private static int observations(Resource resource) {
        return ((Indicator) model(resource).getElements().get(0)).getObservations().size();
    }

    @Test
    void theBuiltInsAreListedWithTheirFileExtensionsAndMalformedContributionsAreReported() {
        Importers importers = Importers.standard();
        ImporterDescriptor observations = importers.descriptor("observations");
        assertEquals("Observations", observations.name());
        assertEquals(List.of("csv", "xlsx"), observations.extensions());
        assertTrue(observations.description().startsWith("Adds indicators' observations"), observations.description());
        assertEquals("observations", importers.descriptors().get(0).id(), "Throughline's own importer comes first");

        ExporterDescriptor workbook = Exporters.standard().descriptor(Workbooks.EXPORTER_ID);
        assertEquals("XLSX workbook", workbook.name());
        assertEquals("xlsx", workbook.extension());

        List<String> problems = importers.problems();
        assertTrue(problems.contains("an importer or exporter contributed by " + TESTS
                + " was skipped: the contribution 'test.no-extensions' lacks the attribute 'extensions'"), problems.toString());
        assertTrue(problems.contains("the importer or exporter id 'observations' contributed by " + TESTS
                + " is already taken; the second contribution was skipped"), problems.toString());
        assertEquals("Observations", observations.name(), "the duplicate did not replace the built-in");
        assertTrue(Exporters.standard().problems().contains("an importer or exporter contributed by " + TESTS
                + " was skipped: the contribution 'test.no-class' lacks the attribute 'class'"));
        assertEquals(null, Exporters.standard().descriptor("test.no-class"));
    }

    @Test
    void anImportWithARejectedRowLeavesTheModelFileByteIdentical() throws IOException {
        byte[] before = Files.readAllBytes(modelFile);
        Path data = csv("bad.csv", "indicator id,date,value", "ind-wait,2024-01-31,10", "ind-typo,2024-02-29,11",
                "ind-wait,2024-03-31,many");
        Resource resource = ModelFiles.load(modelFile);

        ImportPlan plan = Importers.standard().apply("observations", resource, data, null);

        assertFalse(plan.accepted());
        assertFalse(plan.applied());
        assertEquals(3, plan.rows());
        assertEquals(List.of(3, 4), plan.rejections().stream().map(r -> Integer.valueOf(r.row())).toList());
        assertTrue(plan.rejections().get(0).reason().contains("no element has the id"), plan.rejections().get(0).reason());
        assertEquals("2 of 3 rows rejected", plan.summary());
        assertArrayEquals(before, Files.readAllBytes(modelFile));
        assertEquals(0, observations(resource), "the good row was not added in memory either");
    }

    @Test
    void anImportCancelledWhileItIsCheckedChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(modelFile);
        Path data = csv("good.csv", "indicator id,date,value", "ind-wait,2024-01-31,10", "ind-wait,2024-02-29,11");
        Resource resource = ModelFiles.load(modelFile);
        NullProgressMonitor monitor = new NullProgressMonitor();
        // The user presses Cancel while the rows are checked: the check ends, nothing is applied.
        monitor.setCanceled(true);

        assertThrows(OperationCanceledException.class, () -> Importers.standard().apply("observations", resource, data, monitor));

        assertArrayEquals(before, Files.readAllBytes(modelFile), "the file on disk is untouched");
        assertEquals(0, observations(resource), "and so is the model in memory");
    }

    @Test
    void aGoodImportIsAppliedSavedAndUndoableInOneStep() throws IOException {
        Path data = csv("good.csv", "indicator id,date,value", "ind-wait,2024-01-31,10", "ind-wait,2024-02-29,11");
        Resource resource = ModelFiles.load(modelFile);
        ImportPlan dryRun = Importers.standard().check("observations", model(resource), data, null);
        assertTrue(dryRun.accepted());
        assertFalse(dryRun.applied());
        assertEquals("2 new observations from 2 rows; 0 rows already in the model", dryRun.summary());
        assertEquals(0, observations(resource), "a check changes nothing");

        EditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        domain.getCommandStack().execute(dryRun.command(domain));
        assertEquals(2, observations(resource), "the workbench executes the plan's command");
        domain.getCommandStack().undo();
        assertEquals(0, observations(resource), "one undo removes the whole import");

        ImportPlan plan = Importers.standard().apply("observations", resource, data, null);

        assertTrue(plan.applied());
        assertEquals(2, observations(resource));
        assertEquals(2, observations(ModelFiles.load(modelFile)), "the observations are in the saved file");
    }

    @Test
    void anImporterThatThrowsIsReportedInOneSentenceAndTheOthersKeepWorking() throws IOException {
        byte[] before = Files.readAllBytes(modelFile);
        Path data = csv("good.csv", "indicator id,date,value", "ind-wait,2024-01-31,10");
        Resource resource = ModelFiles.load(modelFile);
        Importers importers = Importers.standard();

        ContributionException e = assertThrows(ContributionException.class, () -> importers.apply("test.throws", resource, data, null));
        assertEquals("the importer \u201CThrows\u201D (test.throws) from " + TESTS
                + " failed (IllegalStateException: boom); the model and its file are unchanged", e.getMessage());
        ContributionException missing = assertThrows(ContributionException.class,
                () -> importers.check("test.missing-class", model(resource), data, null));
        assertTrue(missing.getMessage().startsWith("the importer \u201CMissing class\u201D (test.missing-class) from " + TESTS
                + " failed (IllegalStateException: the contribution 'test.missing-class' could not be created"), missing.getMessage());
        assertArrayEquals(before, Files.readAllBytes(modelFile));

        assertTrue(importers.apply("observations", resource, data, null).applied(), "the built-in importer still works");
    }

    @Test
    void aHangingImporterIsCutOffAtTheTimeLimit() throws IOException {
        byte[] before = Files.readAllBytes(modelFile);
        Path data = csv("any.csv", "indicator id,date,value", "ind-wait,2024-01-31,10");
        Resource resource = ModelFiles.load(modelFile);
        Importers importers = Importers.standard().withTimeLimit(Duration.ofMillis(300));

        ContributionException e = assertThrows(ContributionException.class, () -> importers.apply("test.hangs", resource, data, null));

        assertEquals("the importer \u201CHangs\u201D (test.hangs) from " + TESTS
                + " did not answer within 1 s and was stopped; the model and its file are unchanged", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(modelFile));
        assertEquals(0, observations(resource));
    }

    @Test
    void anExporterThatThrowsLeavesTheExistingTargetUnchanged() throws IOException {
        Path target = Files.writeString(folder.resolve("previous.txt"), "the previous export, complete", StandardCharsets.UTF_8);
        Model model = model(ModelFiles.load(modelFile));
        Exporters exporters = Exporters.standard();

        ContributionException e = assertThrows(ContributionException.class, () -> exporters.export("test.throws", model, target, null));

        assertEquals("the exporter \u201CThrows halfway\u201D (test.throws) from " + TESTS
                + " failed (IllegalStateException: disk gremlin); " + target + " is unchanged", e.getMessage());
        assertEquals("the previous export, complete", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("previous.txt", "test.throughline"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void theWorkbookExporterWritesTheWorkbookThatTheObservationsImporterReadsBack() throws IOException {
        Path data = csv("good.csv", "indicator id,date,value", "ind-wait,2024-01-31,10");
        Resource resource = ModelFiles.load(modelFile);
        Importers.standard().apply("observations", resource, data, null);
        Path workbook = folder.resolve("model.xlsx");

        Exporters.standard().export(Workbooks.EXPORTER_ID, model(resource), workbook, null);

        try (ReadableWorkbook read = new ReadableWorkbook(workbook.toFile())) {
            assertTrue(read.findSheet(Workbooks.OBSERVATIONS_SHEET).isPresent());
        }
        ImportPlan again = Importers.standard().check("observations", model(resource), workbook, null);
        assertTrue(again.accepted());
        assertFalse(again.changes(), "everything in the exported workbook is already in the model");
        assertEquals(LocalDate.of(2024, 1, 31), ((Indicator) model(resource).getElements().get(0)).getObservations().get(0).getDate());
    }
}
