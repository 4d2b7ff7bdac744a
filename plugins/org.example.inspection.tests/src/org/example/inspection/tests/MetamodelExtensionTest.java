// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.example.inspection.Inspection;
import org.example.inspection.InspectionPackage;
import org.example.inspection.InspectionRegime;
import org.example.inspection.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Action;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

/**
 * The plugin's metamodel extension works with Throughline's model files: a model holding
 * elements of both packages saves and loads through {@link ModelFiles}, with the references
 * between them intact.
 */
class MetamodelExtensionTest {

    @TempDir
    Path dir;

    @Test
    void thePackageIsRegisteredByThePluginAndExtendsThroughlines() {
        assertSame(InspectionPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://example.org/inspection/1.0"));
        assertTrue(ThroughlinePackage.Literals.CONCEPT.isSuperTypeOf(InspectionPackage.Literals.INSPECTION_REGIME));
        assertTrue(ThroughlinePackage.Literals.ELEMENT.isSuperTypeOf(InspectionPackage.Literals.INSPECTION));
    }

    @Test
    void aModelUsingBothPackagesSavesAndLoadsBack() throws IOException, ModelLoadException {
        InspectionModel built = new InspectionModel();
        built.actOnSouth(org.throughline.model.ActionStatus.OPEN);
        Path file = dir.resolve("acute.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), file);
        resource.getContents().add(built.model);
        ModelFiles.save(resource);

        String text = Files.readString(file);
        assertTrue(text.contains("xmlns:inspection=\"http://example.org/inspection/1.0\""), text);
        assertTrue(text.contains("xsi:type=\"inspection:InspectionRegime\""), text);

        Model loaded = (Model) ModelFiles.load(file).getContents().get(0);
        InspectionRegime regime = (InspectionRegime) loaded.getElements().stream()
                .filter(InspectionRegime.class::isInstance).findFirst().orElseThrow();
        assertEquals("Care Quality Regulator", regime.getRegulator().getName());
        Inspection south = regime.getInspections().get(1);
        assertEquals(Rating.INADEQUATE, south.getRating());
        assertEquals(LocalDate.of(2025, 6, 2), south.getDate());
        assertEquals("South Trust", ((Organisation) south.getInspected()).getName());
        assertEquals(built.south.getId(), south.getId(), "the inspection keeps its stable id");
        Action action = (Action) loaded.getElements().stream().filter(Action.class::isInstance).findFirst().orElseThrow();
        assertSame(south, action.getAddresses().get(0), "a Throughline action refers to the plugin's inspection");
    }

    @Test
    void aHandWrittenFileWithTheExtensionLoads() throws IOException, ModelLoadException {
        Path file = dir.resolve("hand.throughline");
        try (InputStream in = Platform.getBundle("org.example.inspection.tests").getEntry("resources/inspected.throughline").openStream()) {
            Files.copy(in, file);
        }
        Model model = (Model) ModelFiles.load(file).getContents().get(0);
        InspectionRegime regime = (InspectionRegime) model.getElements().get(1);
        assertEquals(Rating.REQUIRES_IMPROVEMENT, regime.getInspections().get(0).getRating());
        assertSame(model.getElements().get(0), regime.getInspections().get(0).getInspected());
    }
}
