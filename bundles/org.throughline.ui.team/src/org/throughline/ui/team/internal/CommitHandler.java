// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.FileChange;
import org.throughline.team.api.TeamException;

/** Team > Commit: saves the folder's models, lists what changed, commits the files ticked. */
public final class CommitHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try (ModelRepository repository = TeamContext.repository(shell, TeamContext.place(event))) {
            if (repository == null
                    || !TeamContext.saveEditors(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), repository.root())) {
                return null;
            }
            List<FileChange> changes = repository.changes();
            boolean merging = repository.isMerging();
            if (changes.isEmpty() && !merging) {
                MessageDialog.openInformation(shell, Messages.team_title, Messages.commit_nothing);
                return null;
            }
            CommitDialog dialog = new CommitDialog(shell, changes, merging);
            if (dialog.open() != Window.OK) {
                return null;
            }
            ModelRepository.ModelCommit commit = repository.commit(dialog.message(), dialog.files());
            MessageDialog.openInformation(shell, Messages.team_title,
                    Messages.bind(Messages.commit_done, commit.shortId(), commit.message()));
        } catch (TeamException e) {
            TeamContext.error(shell, e);
        }
        return null;
    }
}
