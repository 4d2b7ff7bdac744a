// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.TeamException;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.api.ModelEditors;

/** What the Team menu's commands work on, and what they share: the repository, editors, progress. */
final class TeamContext {

    /** Work done with progress, away from the UI thread. */
    @FunctionalInterface
    interface Task<T> {
        T run(IProgressMonitor monitor) throws TeamException;
    }

    private TeamContext() {
    }

    /** @return the model editor of the window's active editor, or {@code null} */
    static ModelEditorContext activeEditor(IWorkbenchWindow window) {
        IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        return editor == null ? null : editor.getAdapter(ModelEditorContext.class);
    }

    /**
     * @return the file or folder a command is about: the selected file or folder in the Project
     *         Explorer, else the model of the active editor; {@code null} when there is none
     */
    static Path place(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() instanceof IEditorPart) {
            ModelEditorContext editor = activeEditor(window);
            if (editor != null) {
                return editor.modelPath();
            }
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
            if (resource != null && resource.getLocation() != null) {
                return resource.getLocation().toFile().toPath();
            }
        }
        ModelEditorContext editor = window == null ? null : activeEditor(window);
        return editor == null ? null : editor.modelPath();
    }

    /** @return the repository of a place, or {@code null} after saying why there is none */
    static ModelRepository repository(Shell shell, Path place) {
        if (place == null) {
            MessageDialog.openInformation(shell, Messages.team_title, Messages.team_noPlace);
            return null;
        }
        try {
            return ModelRepository.open(place);
        } catch (TeamException e) {
            error(shell, e);
            return null;
        }
    }

    static void error(Shell shell, TeamException e) {
        MessageDialog.openError(shell, Messages.team_title, e.getMessage());
    }

    /**
     * Runs work with a progress dialog, the UI responsive meanwhile.
     *
     * @return its answer
     * @throws TeamException its failure
     */
    static <T> T run(Shell shell, Task<T> task) throws TeamException {
        List<T> answer = new ArrayList<>(1);
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                try {
                    answer.add(task.run(monitor));
                } catch (TeamException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof TeamException failure) {
                throw failure;
            }
            throw new TeamException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamException(Messages.team_interrupted, e);
        }
        return answer.get(0);
    }

    /** Makes the workspace see what Git changed in a folder. */
    static void refresh(Path folder) {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (IContainer container : root.findContainersForLocationURI(folder.toUri())) {
            try {
                container.refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                // the Project Explorer refreshes on its own later
            }
        }
    }

    /** @return the open model editor of a file, or {@code null} */
    static ModelEditorContext editorOf(IWorkbenchPage page, Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            ModelEditorContext editor = part == null ? null : part.getAdapter(ModelEditorContext.class);
            if (editor != null && editor.modelPath().toAbsolutePath().normalize().equals(wanted)) {
                return editor;
            }
        }
        return null;
    }

    /** @return the model editors open on files in a folder */
    static List<ModelEditorContext> editorsIn(IWorkbenchPage page, Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        List<ModelEditorContext> editors = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            ModelEditorContext editor = part == null ? null : part.getAdapter(ModelEditorContext.class);
            if (editor != null && editor.modelPath().toAbsolutePath().normalize().startsWith(root)) {
                editors.add(editor);
            }
        }
        return editors;
    }

    /**
     * Opens a model file in the model editor (the one already open, if any).
     *
     * @return the editor
     * @throws PartInitException when it cannot be opened
     */
    static ModelEditorContext open(IWorkbenchPage page, Path file) throws PartInitException {
        ModelEditorContext open = editorOf(page, file);
        if (open != null) {
            page.activate(open.editor());
            return open;
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
        IEditorPart part;
        if (files.length > 0) {
            part = IDE.openEditor(page, files[0], ModelEditors.EDITOR_ID);
        } else {
            IEditorInput input = new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri()));
            part = IDE.openEditor(page, input, ModelEditors.EDITOR_ID);
        }
        return part.getAdapter(ModelEditorContext.class);
    }

    /** Closes and opens again the model editors on files of a folder, so they show what Git wrote. */
    static void reopenEditors(IWorkbenchPage page, Path folder) {
        for (ModelEditorContext editor : editorsIn(page, folder)) {
            IEditorPart part = editor.editor();
            IEditorInput input = part.getEditorInput();
            boolean active = page.getActiveEditor() == part;
            page.closeEditor(part, false);
            try {
                IEditorPart reopened = page.openEditor(input, ModelEditors.EDITOR_ID, active);
                if (!active) {
                    page.bringToTop(reopened);
                }
            } catch (PartInitException e) {
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.team_title, e.getMessage());
            }
        }
    }

    /**
     * Asks to save the editors of a folder's models before Git reads or writes their files.
     *
     * @return whether none is left unsaved
     */
    static boolean saveEditors(IWorkbenchPage page, Path folder) {
        boolean dirty = false;
        for (ModelEditorContext editor : editorsIn(page, folder)) {
            dirty |= editor.editor().isDirty();
        }
        if (!dirty) {
            return true;
        }
        if (!MessageDialog.openQuestion(page.getWorkbenchWindow().getShell(), Messages.team_title, Messages.team_saveFirst)) {
            return false;
        }
        for (ModelEditorContext editor : editorsIn(page, folder)) {
            if (editor.editor().isDirty()) {
                editor.editor().doSave(new org.eclipse.core.runtime.NullProgressMonitor());
            }
        }
        for (ModelEditorContext editor : editorsIn(page, folder)) {
            if (editor.editor().isDirty()) {
                return false;
            }
        }
        return true;
    }
}
