// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.TeamException;

/** Team > Clone: a repository of models into a new folder, which becomes a project of the workspace. */
public final class CloneHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        String home = workspace.getRoot().getLocation().toOSString();
        FieldsDialog dialog = new FieldsDialog(shell, Messages.clone_title, Messages.clone_message)
                .field(Messages.clone_url, "", false) //$NON-NLS-1$
                .field(Messages.clone_folder, home, true);
        if (dialog.open() != Window.OK) {
            return null;
        }
        String url = dialog.value(0);
        Path folder = Path.of(dialog.value(1));
        if (url.isEmpty()) {
            MessageDialog.openError(shell, Messages.team_title, Messages.clone_noUrl);
            return null;
        }
        if (folder.toAbsolutePath().normalize().equals(Path.of(home).toAbsolutePath().normalize())) {
            String name = url.replaceAll("/+$", "").replaceAll("\\.git$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            folder = folder.resolve(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1));
        }
        Path target = folder;
        try {
            TeamContext.run(shell, monitor -> {
                monitor.beginTask(Messages.bind(Messages.clone_progress, url), -1);
                ModelRepository.cloneFrom(url, target, new CredentialsPrompt(shell)).close();
                return null;
            });
            IProject project = project(workspace, target);
            MessageDialog.openInformation(shell, Messages.team_title, Messages.bind(Messages.clone_done, url, project.getName()));
        } catch (TeamException e) {
            TeamContext.error(shell, e);
        } catch (CoreException e) {
            MessageDialog.openError(shell, Messages.team_title, e.getMessage());
        }
        return null;
    }

    /** The clone as a project, so its models show in the Project Explorer. */
    static IProject project(IWorkspace workspace, Path folder) throws CoreException {
        IProject project = workspace.getRoot().getProject(folder.getFileName().toString());
        if (!project.exists()) {
            IProjectDescription description = workspace.newProjectDescription(project.getName());
            Path inWorkspace = workspace.getRoot().getLocation().toFile().toPath().resolve(project.getName());
            if (!inWorkspace.toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize())) {
                description.setLocation(org.eclipse.core.runtime.IPath.fromOSString(folder.toAbsolutePath().toString()));
            }
            project.create(description, null);
        }
        project.open(null);
        return project;
    }
}
