// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.testing.ModelGenerator;

/**
 * Model files are read by a reader specialised to our metamodel, and by EMF's handler when that
 * one gives up: what a modeller gets back is the same either way, to the last digit.
 */
class QuickReadTest {

    @TempDir
    Path folder;

    /** Reads a file with EMF's handler alone, as every file was read before the quick reader. */
    private static Resource readByEmf(Path file) throws IOException {
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, null);
        }
        return resource;
    }

    @Test
    void generatedModelsAndTheExamplesReadAsEmfReadsThem() throws IOException {
        Path generated = folder.resolve("generated.throughline");
        Resource target = ModelFiles.create(ModelFiles.newResourceSet(), generated);
        target.getContents().add(ModelGenerator.generate(5_000, 3));
        ModelFiles.save(target);
        List<Path> files = new java.util.ArrayList<>(Examples.all());
        files.add(generated);
        for (Path file : files) {
            Resource quick = ModelFiles.load(file);
            Resource emf = readByEmf(file);
            assertTrue(quick.getErrors().isEmpty(), file + ": " + quick.getErrors());
            assertTrue(EcoreUtil.equals(emf.getContents(), quick.getContents()), file + " reads the same");
            // Every element is found by its id, as references from diagrams and the workbench need.
            int ids = 0;
            for (var all = emf.getAllContents(); all.hasNext();) {
                EObject element = all.next();
                String id = EcoreUtil.getID(element);
                if (id != null) {
                    ids++;
                    assertEquals(id, EcoreUtil.getID(quick.getEObject(id)), file + ": element " + id);
                }
            }
            assertTrue(ids > 100, file + " has elements with ids");
        }
    }

    @Test
    void numbersAndDatesReadBackExactly() throws IOException {
        double[] values = { 0.1, -0.5, 0.30000000000000004, 123456789.123456, 99999999999999.9, 1e-7, 1e22, 2.5e-300, -0.0,
            Double.MAX_VALUE, Double.MIN_VALUE, 42, 1.0 / 3 };
        LocalDate[] dates = { LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2025, 6, 1) };
        ThroughlineFactory factory = ThroughlineFactory.eINSTANCE;
        Model model = factory.createModel();
        model.setId("m");
        Indicator indicator = factory.createIndicator();
        indicator.setId("i");
        model.getElements().add(indicator);
        for (int i = 0; i < values.length; i++) {
            Observation observation = factory.createObservation();
            observation.setValue(Double.valueOf(values[i]));
            observation.setDate(dates[i % dates.length]);
            indicator.getObservations().add(observation);
        }
        Path file = folder.resolve("numbers.throughline");
        Resource target = ModelFiles.create(ModelFiles.newResourceSet(), file);
        target.getContents().add(model);
        ModelFiles.save(target);

        Indicator read = (Indicator) ((Model) ModelFiles.load(file).getContents().get(0)).getElements().get(0);
        for (int i = 0; i < values.length; i++) {
            Observation observation = read.getObservations().get(i);
            // Double.equals compares the bits: -0.0 stays negative, no last digit is lost.
            assertEquals(Double.valueOf(values[i]), observation.getValue(), "value " + values[i]);
            assertEquals(dates[i % dates.length], observation.getDate(), "date of value " + values[i]);
        }
    }

    @Test
    void aFileInAnotherHandOfXmiIsStillReadWhole() throws IOException {
        // Written by hand: numbers with a plus sign and exponents, a date with spaces around it, a
        // link with no id of its own (it is given one), references to elements further on, in any order.
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- exported from elsewhere -->
                <tl:Model xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:tl="http://throughline.org/model/1.2" id="m" name="By hand">
                  <elements xsi:type="tl:DeliveryChain" id="c" name="Chain" actors="b a"/>
                  <elements xsi:type="tl:Link" target="b" source="a" name="a to b"/>
                  <elements xsi:type="tl:Organisation" id="a" name="A"/>
                  <elements xsi:type="tl:Organisation" id="b" name="B"/>
                  <elements xsi:type="tl:Indicator" id="i" name="Waits">
                    <observations value="+1.5E2" date=" 2025-01-31 "/>
                  </elements>
                </tl:Model>
                """;
        Path file = folder.resolve("by-hand.throughline");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Resource quick = ModelFiles.load(file);
        Resource emf = readByEmf(file);
        assertTrue(quick.getErrors().isEmpty(), quick.getErrors().toString());
        Model model = (Model) quick.getContents().get(0);
        var chain = (org.throughline.model.DeliveryChain) model.getElements().get(0);
        assertEquals(List.of("B", "A"), chain.getActors().stream().map(a -> a.getName()).toList(), "actors in the file's order");
        Link link = (Link) model.getElements().get(1);
        assertSame(quick.getEObject("a"), link.getSource());
        assertSame(quick.getEObject("b"), link.getTarget());
        assertTrue(link.getId() != null && !link.getId().isEmpty(), "the link without an id was given one");
        assertSame(link, quick.getEObject(link.getId()), "and is found by it");
        Observation observation = ((Indicator) model.getElements().get(4)).getObservations().get(0);
        assertEquals(Double.valueOf(150), observation.getValue());
        assertEquals(LocalDate.of(2025, 1, 31), observation.getDate());
        // Apart from the generated id, what EMF's handler reads.
        ((Link) ((Model) emf.getContents().get(0)).getElements().get(1)).setId(link.getId());
        assertTrue(EcoreUtil.equals(emf.getContents(), quick.getContents()));
    }
}
