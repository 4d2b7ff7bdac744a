// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.throughline.testing.WorkspaceExamples;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.validation.LiveValidation;

/** Opens example models in the model editor inside the test workbench, and helps look at them. */
final class EditorFixture {

    static final String PROJECT = "editor-tests";

    private EditorFixture() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Copies an example into the test project (replacing an earlier copy) and returns it. */
    static IFile example(String name) throws IOException, CoreException {
        IFile file = WorkspaceExamples.copy(PROJECT, name);
        file.deleteMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO);
        return file;
    }

    static ModelEditor open(IFile file) throws CoreException {
        ModelEditor editor = (ModelEditor) IDE.openEditor(page(), file, ModelEditors.EDITOR_ID);
        flush();
        return editor;
    }

    static void closeAll() {
        page().closeAllEditors(false);
        flush();
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run pending UI work (async refreshes, selection, property sheet)
        }
    }

    /** Waits for live validation, while the UI keeps running. */
    static void awaitValidation() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            flush();
            if (Job.getJobManager().find(LiveValidation.FAMILY).length == 0) {
                flush();
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("live validation did not finish within 12 s");
    }

    /** @return the model as it would be written to its file now */
    static String serialised(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Opens a popup menu as a user's right click would (its manager fills it) and returns its items.
     */
    static List<MenuItem> showMenu(Menu menu) {
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        flush();
        return new ArrayList<>(List.of(menu.getItems()));
    }

    static MenuItem item(List<MenuItem> items, String text) {
        for (MenuItem item : items) {
            if (item.getText().replace("&", "").startsWith(text)) {
                return item;
            }
        }
        List<String> texts = items.stream().map(MenuItem::getText).toList();
        throw new AssertionError("no menu item \"" + text + "\" among " + texts);
    }

    static void click(MenuItem item) {
        item.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        flush();
    }
}
