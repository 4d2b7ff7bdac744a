// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.testing.Examples;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.validation.ExternalModels;
import org.throughline.ui.editor.internal.wizards.OpenFolderHandler;

/**
 * File &gt; Open Folder of Models opens a folder of models where it is on disk: it shows under
 * "External models", its first model opens in the editor, and nothing is written into the folder.
 */
class OpenFolderTest {

    @TempDir
    Path outside;

    @AfterEach
    void close() throws Exception {
        EditorFixture.closeAll();
        for (IResource link : links()) {
            link.delete(IResource.NONE, null); // a link: the folder it points at stays
        }
    }

    @Test
    void aFolderOfModelsOpensWhereItIsWithItsFirstModelInTheEditor() throws Exception {
        Path folder = Files.createDirectory(outside.resolve("programme"));
        Files.copy(Examples.file("school-literacy.throughline"), folder.resolve("school-literacy.throughline"));
        Files.copy(Examples.file("emergency-care.throughline"), folder.resolve("emergency-care.throughline"));
        Files.writeString(folder.resolve("notes.txt"), "not a model");
        List<String> before = names(folder);

        Optional<IFile> opened = OpenFolderHandler.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), folder);
        EditorFixture.flush();

        assertEquals("emergency-care.throughline", opened.orElseThrow().getName(), "the first model by name opens");
        IContainer container = opened.get().getParent();
        assertTrue(container instanceof IFolder linked && linked.isLinked(), "the folder is a link: " + container.getFullPath());
        assertEquals(ExternalModels.project(), container.getProject(), "under External models");
        assertEquals("programme", container.getName(), "named as the folder is on disk");
        assertEquals(3, container.members().length, "every file of the folder shows in it");
        IEditorPart editor = EditorFixture.page().getActiveEditor();
        assertTrue(editor instanceof ModelEditor, "the model editor is open on it");
        assertEquals(opened.get(), ((IFileEditorInput) editor.getEditorInput()).getFile(), "on the folder's first model");
        assertEquals(before, names(folder), "nothing (no .project) was written into the folder");

        Optional<IFile> again = OpenFolderHandler.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), folder);
        assertEquals(opened, again, "opening the folder again shows the same one, not a second link");
        assertEquals(1, links().size(), "one link in External models");
    }

    @Test
    void aFolderTheWorkspaceHoldsIsShownNotLinked() throws Exception {
        IFile example = EditorFixture.example("school-literacy.throughline");
        Path location = example.getParent().getLocation().toFile().toPath();

        IContainer container = ExternalModels.linkFolder(location);

        assertEquals(example.getParent(), container, "the project of the workspace itself");
        assertTrue(links().isEmpty(), "no link made in External models");
    }

    /** @return the links in the project of external models */
    private static List<IResource> links() throws Exception {
        if (!ExternalModels.project().isOpen()) {
            return List.of();
        }
        return Stream.of(ExternalModels.project().members()).filter(IResource::isLinked).toList();
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
