// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.ThroughlinePackage;
import org.throughline.testing.Examples;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.validation.ExternalModels;

/**
 * A model opened from outside the workspace (File &gt; Open File…) has its findings in the
 * Problems view like any model, on a link to it in the "External models" project, for as long
 * as it is open; a marker opens the editor already showing it; the file itself is untouched.
 */
class ExternalModelProblemsTest {

    @TempDir
    Path outside;

    @AfterEach
    void close() {
        EditorFixture.closeAll();
    }

    @Test
    void findingsOfAModelFromOutsideTheWorkspaceAreInTheProblemsView() throws Exception {
        Path model = outside.resolve("school-literacy.throughline");
        Files.copy(Examples.file("school-literacy.throughline"), model);
        assertTrue(ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(model.toUri()).length == 0,
                "the model is outside the workspace");
        ModelEditor editor = (ModelEditor) IDE.openEditorOnFileStore(EditorFixture.page(),
                EFS.getLocalFileSystem().getStore(model.toUri()));
        EditorFixture.flush();
        EditorFixture.awaitValidation();

        IFile link = editor.validation().markerFile();
        assertNotNull(link, "the model has a workspace file for its markers");
        assertTrue(ExternalModels.isLink(link), link.getFullPath() + " is a link in the project of external models");
        assertEquals(model.toAbsolutePath(), link.getLocation().toFile().toPath(), "the link points at the model opened");
        IMarker[] markers = link.findMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO);
        assertEquals(editor.validation().lastResult().findings().size(), markers.length,
                "one marker in the Problems view for each finding of the model");

        Link strong = firstStrongLink(editor);
        editor.editingDomain().getCommandStack().execute(
                SetCommand.create(editor.editingDomain(), strong, ThroughlinePackage.Literals.LINK__STRENGTH, LinkStrength.UNKNOWN));
        EditorFixture.awaitValidation();
        IMarker marker = marker(link, "chain.unknown-strength", strong.getId());
        assertNotNull(marker, "an edit's finding shows in the Problems view as it does for a workspace model");

        editor.treePage().viewer().setSelection(StructuredSelection.EMPTY);
        IEditorPart opened = IDE.openEditor(EditorFixture.page(), marker);
        EditorFixture.flush();
        assertSame(editor, opened, "opening the marker shows the editor already open, not a second one");
        assertEquals(List.of(strong), editor.treePage().viewer().getStructuredSelection().toList(), "and selects the link");
        assertEquals(1, EditorFixture.page().getEditorReferences().length, "one editor for the model");

        byte[] before = Files.readAllBytes(model);
        EditorFixture.page().closeEditor(editor, false);
        EditorFixture.flush();
        assertFalse(link.exists(), "the link goes when the model is closed, and its markers with it");
        assertEquals(0, ExternalModels.project().findMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_INFINITE).length);
        assertArrayEquals(before, Files.readAllBytes(model), "the model file is untouched by the link's removal");
    }

    @Test
    void twoModelsOfTheSameNameFromTwoFoldersGetTwoLinks() throws Exception {
        Path one = Files.createDirectories(outside.resolve("one")).resolve("school-literacy.throughline");
        Path two = Files.createDirectories(outside.resolve("two")).resolve("school-literacy.throughline");
        Files.copy(Examples.file("school-literacy.throughline"), one);
        Files.copy(Examples.file("school-literacy.throughline"), two);
        ModelEditor first = (ModelEditor) IDE.openEditorOnFileStore(EditorFixture.page(), EFS.getLocalFileSystem().getStore(one.toUri()));
        ModelEditor second = (ModelEditor) IDE.openEditorOnFileStore(EditorFixture.page(), EFS.getLocalFileSystem().getStore(two.toUri()));
        EditorFixture.flush();
        EditorFixture.awaitValidation();
        assertFalse(first == second, "two files, two editors");
        assertEquals(one.toAbsolutePath(), first.validation().markerFile().getLocation().toFile().toPath());
        assertEquals(two.toAbsolutePath(), second.validation().markerFile().getLocation().toFile().toPath());
        assertEquals("school-literacy (2).throughline", second.validation().markerFile().getName());
    }

    private static Link firstStrongLink(ModelEditor editor) {
        for (var it = editor.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Link link && link.getStrength() != LinkStrength.UNKNOWN && link.getName() != null) {
                return link;
            }
        }
        throw new AssertionError("the example has a link of known strength");
    }

    private static IMarker marker(IFile file, String rule, String elementId) throws Exception {
        for (IMarker marker : file.findMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO)) {
            if (rule.equals(marker.getAttribute(ModelEditors.MARKER_RULE_ID, null))
                    && elementId.equals(marker.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null))) {
                return marker;
            }
        }
        return null;
    }
}
