// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.validation.ExternalModels;

/**
 * File &gt; Open Folder of Models: a folder of model files from anywhere on disk, opened where it
 * is ({@link ExternalModels#linkFolder}), shown in the Project Explorer, and its first model opened
 * in the editor. It stands for the IDE's "Open Projects from File System", which would write
 * Eclipse's project files into the folder.
 */
public final class OpenFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null) {
            DirectoryDialog dialog = new DirectoryDialog(window.getShell(), SWT.OPEN);
            dialog.setText(Messages.openFolder_title);
            dialog.setMessage(Messages.openFolder_message);
            String chosen = dialog.open();
            if (chosen != null) {
                open(window, Path.of(chosen));
            }
        }
        return null;
    }

    /**
     * Opens a folder of models from disk in the window, or says in one sentence why it could not.
     *
     * @param window the window to open it in
     * @param folder the folder the user chose
     * @return the model opened in the editor, if the folder holds one
     */
    public static Optional<IFile> open(IWorkbenchWindow window, Path folder) {
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            MessageDialog.openError(window.getShell(), Messages.openFolder_title, NLS.bind(Messages.openFolder_unreadable, folder));
            return Optional.empty();
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            IContainer container = ExternalModels.linkFolder(folder);
            IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE);
            if (explorer instanceof ISetSelectionTarget target) {
                target.selectReveal(new StructuredSelection(container));
            }
            Optional<IFile> model = ExternalModels.firstModel(container);
            if (model.isPresent()) {
                IDE.openEditor(page, model.get(), ModelEditors.EDITOR_ID);
            }
            return model;
        } catch (CoreException e) {
            String reason = e.getStatus().getMessage();
            MessageDialog.openError(window.getShell(), Messages.openFolder_title, NLS.bind(Messages.openFolder_failed, folder,
                    reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason)); //$NON-NLS-1$
            return Optional.empty();
        }
    }
}
