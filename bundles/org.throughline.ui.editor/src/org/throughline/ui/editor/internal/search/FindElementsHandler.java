// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.ui.editor.internal.ModelEditor;

/** Opens Find Elements over every open model editor. */
public final class FindElementsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        }
        new FindElementsDialog(window.getShell(), openEditors()).open();
        return null;
    }

    /** @return the model editors open in every window */
    public static List<ModelEditor> openEditors() {
        List<ModelEditor> editors = new ArrayList<>();
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    IEditorPart editor = reference.getEditor(true);
                    if (editor instanceof ModelEditor modelEditor && modelEditor.treePage() != null) {
                        editors.add(modelEditor);
                    }
                }
            }
        }
        return editors;
    }
}
