// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.ElementVersion;
import org.throughline.team.api.TeamException;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * Team > History of the Element: the commits in which the element selected in the model editor
 * changed, found by comparing each version of the model with the one before it.
 */
public final class ElementHistoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ModelEditorContext editor = TeamContext.activeEditor(HandlerUtil.getActiveWorkbenchWindow(event));
        EObject element = null;
        if (editor != null) {
            ISelection selection = editor.editor().getSite().getSelectionProvider().getSelection();
            if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject selected) {
                element = selected;
            }
        }
        if (element == null || ModelIndex.id(element) == null) {
            MessageDialog.openInformation(shell, Messages.team_title, Messages.history_noElement);
            return null;
        }
        show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), editor, element);
        return null;
    }

    /** Shows the history of an element of an open model in the Model History view. */
    static void show(IWorkbenchPage page, ModelEditorContext editor, EObject element) {
        Shell shell = page.getWorkbenchWindow().getShell();
        try (ModelRepository repository = TeamContext.repository(shell, editor.modelPath())) {
            if (repository == null) {
                return;
            }
            String id = ModelIndex.id(element);
            String path = repository.path(editor.modelPath());
            List<ElementVersion> versions = TeamContext.run(shell, monitor -> repository.elementHistory(path, id));
            ((HistoryView) page.showView(HistoryView.ID)).showElement(editor.modelPath(), ModelIndex.label(element), versions);
        } catch (TeamException e) {
            TeamContext.error(shell, e);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, Messages.team_title, e.getMessage());
        }
    }
}
