// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Model;
import org.throughline.model.Role;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.UserJourney;
import org.throughline.model.api.ModelFiles;

/**
 * A user journey names its owner, the one person accountable for it across services and
 * departments. The owner is optional and new in metamodel 1.2's files: a 1.2 file written before
 * it opens as it is, with no owner, and is not migrated.
 */
class JourneyOwnerTest {

    @TempDir
    Path folder;

    @Test
    void aJourneysOwnerIsSavedByIdAndReadBack() throws IOException {
        Model model = ThroughlineFactory.eINSTANCE.createModel();
        Role owner = ThroughlineFactory.eINSTANCE.createRole();
        owner.setName("Director, claimant journeys");
        UserJourney journey = ThroughlineFactory.eINSTANCE.createUserJourney();
        journey.setName("Claiming a benefit");
        journey.setOwner(owner);
        model.getElements().add(owner);
        model.getElements().add(journey);
        Path file = folder.resolve("journey.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), file);
        resource.getContents().add(model);
        ModelFiles.save(resource);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("owner=\"" + owner.getId() + "\""), "the owner is written as the role's id: " + text);
        Resource loaded = ModelFiles.load(file);
        assertTrue(loaded.getErrors().isEmpty(), loaded.getErrors().toString());
        UserJourney read = (UserJourney) loaded.getEObject(journey.getId());
        assertSame(loaded.getEObject(owner.getId()), read.getOwner(), "the journey's owner is the same role after opening");
        assertEquals("Director, claimant journeys", read.getOwner().getName());
    }

    @Test
    void aJourneyOfA12FileWithoutAnOwnerOpensWithNoneAndNoMigration() throws IOException {
        Path file = folder.resolve("old-journey.throughline");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <throughline:Model xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:throughline="http://throughline.org/model/1.2" id="m" name="Before journey owners">
                  <elements xsi:type="throughline:Service" id="s" name="Apply">
                    <steps id="s1" name="Register"/>
                  </elements>
                  <elements xsi:type="throughline:UserJourney" id="j" name="Applying" steps="s1"/>
                </throughline:Model>
                """, StandardCharsets.UTF_8);
        Resource loaded = ModelFiles.load(file);
        assertTrue(loaded.getErrors().isEmpty(), loaded.getErrors().toString());
        assertTrue(loaded.getWarnings().isEmpty(), "a 1.2 file is not migrated: " + loaded.getWarnings());
        UserJourney journey = (UserJourney) loaded.getEObject("j");
        assertNull(journey.getOwner(), "no owner until someone says who it is");
        assertEquals("Register", journey.getSteps().get(0).getName());
    }
}
