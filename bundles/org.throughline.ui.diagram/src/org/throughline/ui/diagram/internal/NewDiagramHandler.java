// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.ui.editor.api.ModelEditorContext;

/** The command New Diagram: asks for a kind of diagram and a root in the active model editor, and opens it. */
public final class NewDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        ModelEditorContext context = editor == null ? null : editor.getAdapter(ModelEditorContext.class);
        if (context != null) {
            ModelDiagrams.of(context).newDiagram();
        }
        return null;
    }
}
