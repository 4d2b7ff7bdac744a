// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.TeamException;

/** Team > Push: the commits of the current branch to the remote. */
public final class PushHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try (ModelRepository repository = TeamContext.repository(shell, TeamContext.place(event))) {
            if (repository == null) {
                return null;
            }
            String branch = TeamContext.run(shell, monitor -> {
                monitor.beginTask(Messages.bind(Messages.push_progress, repository.remote()), -1);
                return repository.push(new CredentialsPrompt(shell));
            });
            MessageDialog.openInformation(shell, Messages.team_title, Messages.bind(Messages.push_done, branch, repository.remote()));
        } catch (TeamException e) {
            TeamContext.error(shell, e);
        }
        return null;
    }
}
