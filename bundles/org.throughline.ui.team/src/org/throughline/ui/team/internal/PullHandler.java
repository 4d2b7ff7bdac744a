// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.PullResult;
import org.throughline.team.api.TeamException;

/**
 * Team > Pull: fetches from the remote and merges, model files by element; open editors show the
 * merged models; conflicts go to the Merge Conflicts view.
 */
public final class PullHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try (ModelRepository repository = TeamContext.repository(shell, TeamContext.place(event))) {
            if (repository == null || !TeamContext.saveEditors(page, repository.root())) {
                return null;
            }
            PullResult result = pull(page, repository);
            String message = switch (result.outcome()) {
            case UP_TO_DATE -> Messages.bind(Messages.pull_upToDate, repository.remote());
            case FAST_FORWARD -> Messages.bind(Messages.pull_fastForward, repository.remote());
            case MERGED -> Tables.format(Messages.pull_merged, applied(result), repository.remote());
            case CONFLICTS -> result.conflictCount() > 0
                    ? Tables.format(Messages.pull_conflicts, Integer.valueOf(result.conflictCount()), applied(result))
                    : Messages.bind(Messages.pull_otherConflicts, String.join(", ", result.otherConflicts())); //$NON-NLS-1$
            };
            if (result.outcome() == PullResult.Outcome.CONFLICTS) {
                MessageDialog.openWarning(shell, Messages.team_title, message);
            } else {
                MessageDialog.openInformation(shell, Messages.team_title, message);
            }
        } catch (TeamException e) {
            TeamContext.error(shell, e);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, Messages.team_title, e.getMessage());
        }
        return null;
    }

    private static Integer applied(PullResult result) {
        int applied = 0;
        for (ModelRepository.ModelFileMerge model : result.models()) {
            applied += model.applied();
        }
        return Integer.valueOf(applied);
    }

    /**
     * Pulls into a repository whose editors are saved, and shows the outcome in the workbench:
     * the folder refreshed, its open model editors reopened on the merged files, the conflicts in
     * the Merge Conflicts view.
     *
     * @param page       the workbench page
     * @param repository the repository
     * @return what the pull did
     * @throws TeamException    when the pull fails (nothing changed then)
     * @throws PartInitException when the Merge Conflicts view cannot be opened
     */
    static PullResult pull(IWorkbenchPage page, ModelRepository repository) throws TeamException, PartInitException {
        Shell shell = page.getWorkbenchWindow().getShell();
        PullResult result = TeamContext.run(shell, monitor -> {
            monitor.beginTask(Messages.bind(Messages.pull_progress, repository.remote()), -1);
            return repository.pull(new CredentialsPrompt(shell));
        });
        if (result.outcome() != PullResult.Outcome.UP_TO_DATE) {
            TeamContext.refresh(repository.root());
            TeamContext.reopenEditors(page, repository.root());
        }
        if (result.conflictCount() > 0) {
            ConflictsView view = (ConflictsView) page.showView(ConflictsView.ID);
            view.show(repository.root(), result);
        }
        return result;
    }
}
