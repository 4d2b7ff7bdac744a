// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.example.inspection.Inspection;
import org.example.inspection.InspectionRegime;
import org.example.inspection.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.ImporterDescriptor;
import org.throughline.exchange.api.Importers;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;

/** The plugin's importer of inspection ratings, as Throughline's import command and workbench find and run it. */
class InspectionRatingsImporterTest {

    private static final String ID = "org.example.inspection.ratings";

    @TempDir
    Path dir;

    private Path modelFile;

    @BeforeEach
    void saveModel() throws IOException {
        modelFile = dir.resolve("acute.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), modelFile);
        resource.getContents().add(new InspectionModel().model);
        ModelFiles.save(resource);
    }

    private static Model model(Resource resource) {
        return (Model) resource.getContents().get(0);
    }

    private static List<InspectionRegime> regimes(Model model) {
        return model.getElements().stream().filter(InspectionRegime.class::isInstance).map(InspectionRegime.class::cast).toList();
    }

    @Test
    void theImporterIsContributedForCsvFiles() {
        ImporterDescriptor importer = Importers.standard().descriptor(ID);
        assertEquals("Inspection ratings", importer.name());
        assertEquals(List.of("csv"), importer.extensions());
    }

    @Test
    void ratingsGoIntoANewInspectionsRegimeAsOneUndoableChangeAndAreSaved() throws IOException {
        Path csv = Files.writeString(dir.resolve("ratings.csv"), """
                inspected,rating,date,reference
                North Trust,Outstanding,2025-10-01,INS-0042
                South Trust,Good,2025-10-02,
                North Trust,Good,2025-10-01,
                """);
        Resource resource = ModelFiles.load(modelFile);
        ImportPlan plan = Importers.standard().check(ID, model(resource), csv, null);
        assertTrue(plan.accepted());
        assertEquals("2 inspections added, 1 updated, in 'Inspections'", plan.summary());
        assertEquals(1, regimes(model(resource)).size(), "a check changes nothing");

        EditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        domain.getCommandStack().execute(plan.command(domain));
        assertEquals(2, regimes(model(resource)).size());
        domain.getCommandStack().undo();
        assertEquals(1, regimes(model(resource)).size(), "one undo removes the whole import");

        assertTrue(Importers.standard().apply(ID, resource, csv, null).applied());
        InspectionRegime regime = regimes(model(ModelFiles.load(modelFile))).get(1);
        assertEquals("Inspections", regime.getName());
        List<Inspection> inspections = regime.getInspections();
        assertEquals(2, inspections.size());
        assertEquals(Rating.GOOD, inspections.get(0).getRating(), "the later row for the same inspection wins");
        assertEquals("INS-0042", inspections.get(0).getReportReference());
        assertEquals("South Trust", inspections.get(1).getInspected().getName());
    }

    @Test
    void aWrongRowLeavesTheModelFileByteIdentical() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), """
                inspected,rating,date
                North Trust,Good,2025-10-01
                South Trust,Excellent,2025-10-01
                """);
        byte[] before = Files.readAllBytes(modelFile);

        ImportPlan plan = Importers.standard().apply(ID, ModelFiles.load(modelFile), csv, null);

        assertFalse(plan.applied());
        assertEquals(1, plan.rejectedCount());
        assertEquals(3, plan.rejections().get(0).row());
        assertTrue(plan.rejections().get(0).reason().startsWith("'Excellent' is not a rating"), plan.rejections().get(0).reason());
        assertArrayEquals(before, Files.readAllBytes(modelFile));
    }
}
