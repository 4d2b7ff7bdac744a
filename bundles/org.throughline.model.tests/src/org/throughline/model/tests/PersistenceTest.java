// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Folder;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.AtomicFiles;
import org.throughline.testing.ModelGenerator;

/** What a modeller relies on when saving and opening a file. */
class PersistenceTest {

    @TempDir
    Path folder;

    private Path save(Model model, String name) throws IOException {
        Path file = folder.resolve(name);
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), file);
        resource.getContents().add(model);
        ModelFiles.save(resource);
        return file;
    }

    @Test
    void aSavedModelLoadsBackEqualAndSavesToTheSameBytes() throws IOException {
        Model original = ModelGenerator.generate(3_000, 7);
        Path file = save(EcoreUtil.copy(original), "round.throughline");
        Resource loaded = ModelFiles.load(file);
        assertTrue(loaded.getErrors().isEmpty(), loaded.getErrors().toString());
        assertTrue(EcoreUtil.equals(original, loaded.getContents().get(0)), "the loaded model equals the saved one");
        byte[] first = Files.readAllBytes(file);
        Path again = folder.resolve("again.throughline");
        loaded.setURI(org.eclipse.emf.common.util.URI.createFileURI(again.toString()));
        ModelFiles.save(loaded);
        assertArrayEquals(first, Files.readAllBytes(again), "saving an unchanged model gives the same bytes");
    }

    @Test
    void theFileIsReadableXmiWithIdsDatesAndReferencesById() throws IOException {
        Model model = ModelGenerator.generate(200, 3);
        Path file = save(model, "small.throughline");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text.substring(0, 60));
        assertTrue(text.contains("xmlns:throughline=\"http://throughline.org/model/1.2\""));
        assertFalse(text.contains("\r"), "Unix line ends on every platform");
        Link link = firstLink(model);
        assertTrue(text.contains("source=\"" + link.getSource().getId() + "\""), "references are written as ids");
        assertTrue(text.contains("date=\"2024-04-01\""), "dates are ISO dates, independent of the time zone");
    }

    @Test
    void anElementKeepsItsIdWhenRenamedAndReferencesFollowIt() throws IOException {
        Model model = ModelGenerator.generate(200, 3);
        Link link = firstLink(model);
        String sourceId = link.getSource().getId();
        Path file = save(model, "rename.throughline");
        Resource loaded = ModelFiles.load(file);
        Organisation source = (Organisation) loaded.getEObject(sourceId);
        source.setName("Renamed department");
        ModelFiles.save(loaded);
        Resource reloaded = ModelFiles.load(file);
        Organisation again = (Organisation) reloaded.getEObject(sourceId);
        assertEquals("Renamed department", again.getName());
        Link reloadedLink = (Link) reloaded.getEObject(link.getId());
        assertSame(again, reloadedLink.getSource(), "the link still points at the renamed organisation");
    }

    @Test
    void newElementsGetAnIdAndACopyGetsANewOne() throws IOException {
        Model model = ModelGenerator.generate(200, 3);
        Path file = save(model, "ids.throughline");
        Resource resource = ModelFiles.load(file);
        Model loaded = (Model) resource.getContents().get(0);
        Folder folder = loaded.getFolders().get(0);

        Organisation added = ThroughlineFactory.eINSTANCE.createOrganisation();
        added.setName("New trust");
        folder.getElements().add(added);
        assertNotNull(added.getId(), "an element gets an id as soon as it is in a model");
        assertSame(added, resource.getEObject(added.getId()));

        Organisation copy = EcoreUtil.copy(added);
        assertEquals(added.getId(), copy.getId(), "EMF's copy carries the id over...");
        folder.getElements().add(copy);
        assertNotEquals(added.getId(), copy.getId(), "...and the model gives the copy a new one");
        assertSame(added, resource.getEObject(added.getId()));
        assertSame(copy, resource.getEObject(copy.getId()));
    }

    @Test
    void enumDefaultsSayUnknownRatherThanStrong() {
        Link link = ThroughlineFactory.eINSTANCE.createLink();
        assertEquals(LinkStrength.UNKNOWN, link.getStrength(), "a link nobody has judged is not strong");
    }

    @Test
    void aFailedSaveLeavesTheFileAndKeepsTheBackup() throws IOException {
        Model model = ModelGenerator.generate(200, 3);
        Path file = save(model, "atomic.throughline");
        byte[] before = Files.readAllBytes(file);
        Resource resource = ModelFiles.load(file);
        Model loaded = (Model) resource.getContents().get(0);
        loaded.setName("second version");
        ModelFiles.save(resource);
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("atomic.throughline.bak")),
                "the previous version is the backup");
        byte[] second = Files.readAllBytes(file);

        // A save that fails half-way, after much of the new file has been written.
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[64 * 1024]);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertArrayEquals(second, Files.readAllBytes(file), "the file on disk is still the last good save");
        try (var leftovers = Files.list(folder)) {
            assertEquals(0, leftovers.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(),
                    "no temporary files left behind");
        }
    }

    @Test
    void savingKeepsTheFilePermissions() throws IOException {
        Path file = save(ModelGenerator.generate(100, 3), "shared.throughline");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a new model file is readable by others, like any new file");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        Resource resource = ModelFiles.load(file);
        ((Model) resource.getContents().get(0)).setName("changed");
        ModelFiles.save(resource);
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "saving keeps the permissions the user gave the file");
    }

    private static Link firstLink(Model model) {
        for (var all = model.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Link link) {
                return link;
            }
        }
        throw new AssertionError("the generated model has links");
    }
}
