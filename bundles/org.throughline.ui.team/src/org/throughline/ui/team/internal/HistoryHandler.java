// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.model.api.ModelFiles;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.ModelCommit;
import org.throughline.team.api.TeamException;

/** Team > History of the Model: the commits that changed the active model (or the selected model file). */
public final class HistoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path file = TeamContext.place(event);
        if (file == null || !ModelFiles.isModelFile(file)) {
            MessageDialog.openInformation(shell, Messages.team_title, Messages.history_noModel);
            return null;
        }
        show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), file);
        return null;
    }

    /** Shows the history of a model file in the Model History view. */
    static void show(IWorkbenchPage page, Path file) {
        Shell shell = page.getWorkbenchWindow().getShell();
        try (ModelRepository repository = TeamContext.repository(shell, file)) {
            if (repository == null) {
                return;
            }
            List<ModelCommit> commits = TeamContext.run(shell, monitor -> repository.history(repository.path(file)));
            ((HistoryView) page.showView(HistoryView.ID)).showModel(file, commits);
        } catch (TeamException e) {
            TeamContext.error(shell, e);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, Messages.team_title, e.getMessage());
        }
    }
}
