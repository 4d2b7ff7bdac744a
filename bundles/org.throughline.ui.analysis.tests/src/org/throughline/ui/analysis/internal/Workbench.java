// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;


import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.throughline.testing.WorkspaceExamples;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.api.ModelEditors;

/** The test workbench: example models copied into a project, opened in the model editor. */
final class Workbench {

    private static final String PROJECT = "analysis-tests";

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Copies an example into the test project (replacing an earlier copy) and returns it. */
    static IFile example(String name) throws Exception {
        return WorkspaceExamples.copy(PROJECT, name);
    }

    static ModelEditorContext open(IFile file) throws Exception {
        IEditorPart editor = IDE.openEditor(page(), file, ModelEditors.EDITOR_ID);
        flush();
        return editor.getAdapter(ModelEditorContext.class);
    }

    static void closeEditors() {
        page().closeAllEditors(false);
        flush();
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run pending UI work
        }
    }

    /** Waits for the analysis jobs, while the UI keeps running. */
    static void awaitAnalyses() throws InterruptedException {
        for (int i = 0; i < 1500; i++) {
            flush();
            if (Job.getJobManager().find(AnalysisRunner.FAMILY).length == 0) {
                Thread.sleep(10);
                flush();
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the analysis did not finish within 30 s");
    }
}
