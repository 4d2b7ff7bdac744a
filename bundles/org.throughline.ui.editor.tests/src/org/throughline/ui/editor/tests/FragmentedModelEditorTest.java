// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.ui.editor.internal.ModelEditor;

/**
 * A model kept in fragments opens in the editor as one model and saves each changed file; with a
 * fragment missing, the rest opens read-only with the sentence that names the fragment.
 */
class FragmentedModelEditorTest {

    private IFile file;
    private Path main;
    private Path fragments;

    /** The benefit claims example in the test project, each top-level folder in its own fragment. */
    @BeforeEach
    void splitExample() throws Exception {
        file = EditorFixture.example("benefit-claims.throughline"); //$NON-NLS-1$
        main = file.getLocation().toFile().toPath();
        fragments = main.resolveSibling("benefit-claims-fragments"); //$NON-NLS-1$
        Files.createDirectories(fragments);
        Resource resource = ModelFiles.load(main);
        Model model = (Model) resource.getContents().get(0);
        int i = 0;
        for (Folder folder : List.copyOf(model.getFolders())) {
            ModelFragments.moveTo(folder, ModelFiles.create(resource.getResourceSet(), fragments.resolve("part-" + i++ + ".throughline"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ModelFragments.writeAll(resource);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @AfterEach
    void close() throws Exception {
        EditorFixture.closeAll();
        try (var files = Files.list(fragments)) {
            for (Path fragment : files.toList()) {
                Files.delete(fragment);
            }
        }
        Files.delete(fragments);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    private static Organisation organisation(ModelEditor editor, String id) {
        return (Organisation) editor.modelResource().getEObject(id);
    }

    @Test
    void aFragmentedModelOpensWholeAndSavesTheFileThatChanged() throws Exception {
        ModelEditor editor = EditorFixture.open(file);
        assertFalse(editor.isReadOnly());
        assertNull(editor.treePage().readOnlyNote());
        Organisation dwp = organisation(editor, "bc-org-dwp"); //$NON-NLS-1$
        assertNotNull(dwp, "an element of a fragment is found by id from the main file");
        Path dwpFile = Path.of(dwp.eResource().getURI().toFileString());
        assertEquals(fragments, dwpFile.getParent());
        byte[] mainBefore = Files.readAllBytes(main);
        Command rename = SetCommand.create(editor.editingDomain(), dwp, ThroughlinePackage.Literals.ELEMENT__NAME, "DWP"); //$NON-NLS-1$
        assertTrue(rename.canExecute());
        editor.editingDomain().getCommandStack().execute(rename);
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertArrayEquals(mainBefore, Files.readAllBytes(main), "the main file did not change, so it is written as it was");
        assertTrue(Files.readString(dwpFile, StandardCharsets.UTF_8).contains("name=\"DWP\""), "the fragment holds the edit"); //$NON-NLS-1$
        Model again = (Model) ModelFiles.load(main).getContents().get(0);
        assertEquals("DWP", ((Organisation) again.eResource().getEObject("bc-org-dwp")).getName()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void withAFragmentMissingTheRestOpensReadOnlyAndSaysWhich() throws Exception {
        Path missing = fragments.resolve("part-2.throughline"); //$NON-NLS-1$
        Files.delete(missing);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        byte[] mainBefore = Files.readAllBytes(main);
        ModelEditor editor = EditorFixture.open(file);
        assertTrue(editor.isReadOnly());
        assertTrue(editor.getPartName().contains("read-only"), editor.getPartName()); //$NON-NLS-1$
        String note = editor.treePage().readOnlyNote();
        assertNotNull(note, "the sentence is shown over the tree");
        assertTrue(note.contains(missing.toString()) && note.contains(main.toString()), note);
        assertEquals(6, editor.model().getFolders().size(), "the other folders are there: " + editor.model().getFolders().size());
        Organisation dwp = organisation(editor, "bc-org-dwp"); //$NON-NLS-1$
        Command rename = SetCommand.create(editor.editingDomain(), dwp, ThroughlinePackage.Literals.ELEMENT__NAME, "DWP"); //$NON-NLS-1$
        assertFalse(rename.canExecute(), "nothing can be edited");
        assertFalse(editor.isDirty());
        EditorFixture.closeAll();
        assertArrayEquals(mainBefore, Files.readAllBytes(main), "nothing on disk changes");
        assertFalse(Files.exists(missing));
    }
}
