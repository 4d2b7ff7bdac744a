// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.TeamException;

/** Team > Share Model Folder: a new Git repository in the folder, its files in a first commit, a remote if given. */
public final class ShareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path place = TeamContext.place(event);
        if (place == null) {
            MessageDialog.openInformation(shell, Messages.team_title, Messages.team_noPlace);
            return null;
        }
        Path folder = Files.isDirectory(place) ? place : place.getParent();
        FieldsDialog dialog = new FieldsDialog(shell, Messages.share_title, Messages.share_message)
                .field(Messages.share_folder, folder.toString(), true)
                .field(Messages.share_remote, "", false) //$NON-NLS-1$
                .field(Messages.share_commitMessage, Messages.share_defaultMessage, false);
        if (dialog.open() != Window.OK) {
            return null;
        }
        Path chosen = Path.of(dialog.value(0));
        if (!TeamContext.saveEditors(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), chosen)) {
            return null;
        }
        try (ModelRepository repository = ModelRepository.share(chosen, dialog.value(2), dialog.value(1))) {
            TeamContext.refresh(chosen);
            MessageDialog.openInformation(shell, Messages.team_title, repository.remote() == null
                    ? Messages.bind(Messages.share_done, chosen) : Messages.bind(Messages.share_doneRemote, chosen, repository.remote()));
        } catch (TeamException e) {
            TeamContext.error(shell, e);
        }
        return null;
    }
}
