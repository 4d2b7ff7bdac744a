// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

/** A file written by Throughline 0.9 opens in 1.0, migrated, and saves in the new format. */
class MigrationTest {

    @TempDir
    Path folder;

    private Path copy(String name) throws IOException {
        URL url = FileLocator.find(FrameworkUtil.getBundle(MigrationTest.class),
                new org.eclipse.core.runtime.Path("resources/v0.9/" + name));
        Path file = folder.resolve(name);
        try (var in = url.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void linkWeightsBecomeStrengthsAndOrganisationTypesBecomeKinds() throws IOException {
        Resource resource = ModelFiles.load(copy("legacy.throughline"));
        assertEquals(LinkStrength.STRONG, ((Link) resource.getEObject("l1")).getStrength());
        assertEquals(LinkStrength.WEAK, ((Link) resource.getEObject("l2")).getStrength());
        assertEquals(LinkStrength.BROKEN, ((Link) resource.getEObject("l3")).getStrength());
        assertEquals(LinkStrength.UNKNOWN, ((Link) resource.getEObject("l4")).getStrength(), "no weight: nobody judged it");
        assertEquals(OrganisationKind.CENTRAL_DEPARTMENT, ((Organisation) resource.getEObject("dept")).getKind());
        assertEquals(OrganisationKind.FRONTLINE_UNIT, ((Organisation) resource.getEObject("ed")).getKind());
    }

    @Test
    void theUserIsToldAndTheModelIsDirtyUntilSaved() throws IOException {
        Resource resource = ModelFiles.load(copy("legacy.throughline"));
        assertTrue(resource.isModified(), "the editor shows the model as changed");
        assertEquals(1, resource.getWarnings().size());
        assertTrue(resource.getWarnings().get(0).getMessage().contains("migrated from metamodel 0.9 to 1.0"),
                resource.getWarnings().get(0).getMessage());
    }

    @Test
    void savingWritesTheCurrentFormatWithoutTheOldAttributes() throws IOException {
        Path file = copy("legacy.throughline");
        Resource resource = ModelFiles.load(file);
        ModelFiles.save(resource);
        String text = Files.readString(file);
        assertTrue(text.contains("http://throughline.org/model/1.0"), text);
        assertFalse(text.contains("model/0.9"), text);
        assertFalse(text.contains("weight="), text);
        assertFalse(text.contains(" type=\""), text);
        assertTrue(text.contains("strength=\"WEAK\""), text);
        Resource again = ModelFiles.load(file);
        assertTrue(again.getWarnings().isEmpty(), "a saved file needs no migration");
        assertEquals(LinkStrength.BROKEN, ((Link) again.getEObject("l3")).getStrength());
    }

    @Test
    void anUnmigratableValueIsNamed() throws IOException {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(copy("bad-weight.throughline")));
        assertTrue(e.problem().contains("'seven'") && e.problem().contains("Performance management"), e.getMessage());
    }
}
