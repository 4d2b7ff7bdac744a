// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.throughline.ui.editor.api.ModelEditorContext;

/** The model files of the workspace, as the export and import wizards offer them. */
final class WorkspaceModels {

    private WorkspaceModels() {
    }

    /** @return whether the file is a Throughline model file */
    static boolean isModel(IFile file) {
        return "throughline".equals(file.getFileExtension()); //$NON-NLS-1$
    }

    /** @return every model file of the workspace, by path */
    static List<IFile> all() {
        List<IFile> models = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
                if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".throughline")) { //$NON-NLS-1$
                    models.add((IFile) proxy.requestResource());
                }
                return true;
            }, IResource.NONE);
        } catch (CoreException e) {
            ILog.of(WorkspaceModels.class).log(e.getStatus());
        }
        models.sort((a, b) -> a.getFullPath().toString().compareToIgnoreCase(b.getFullPath().toString()));
        return models;
    }

    /**
     * A labelled drop-down of the models, spanning the rest of a row of {@code columns} columns.
     *
     * @return the drop-down, with {@code initial} chosen (else the first model)
     */
    static Combo chooser(Composite parent, int columns, List<IFile> models, IFile initial) {
        new Label(parent, SWT.NONE).setText(Messages.export_model);
        Combo chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).span(columns - 1, 1).applyTo(chooser);
        for (IFile file : models) {
            chooser.add(file.getFullPath().makeRelative().toString());
        }
        if (!models.isEmpty()) {
            chooser.select(initial == null ? 0 : Math.max(0, models.indexOf(initial)));
        }
        return chooser;
    }

    /** @return the model editor in which the file is open, or {@code null} */
    static ModelEditorContext openEditorOf(IFile file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (file == null || window == null || window.getActivePage() == null) {
            return null;
        }
        for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            ModelEditorContext context = editor == null ? null : editor.getAdapter(ModelEditorContext.class);
            if (context != null && file.equals(context.modelFile())) {
                return context;
            }
        }
        return null;
    }

    /**
     * The model a wizard starts with: the first model file selected (in the Project Explorer),
     * else the model of the active editor.
     *
     * @return the model file, or {@code null}
     */
    static IFile initial(IStructuredSelection selection) {
        for (Object item : selection.toList()) {
            IFile file = Adapters.adapt(item, IFile.class);
            if (file != null && isModel(file)) {
                return file;
            }
        }
        return activeModel();
    }

    /** @return the file of the active model editor, or {@code null} */
    static IFile activeModel() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        ModelEditorContext context = editor == null ? null : editor.getAdapter(ModelEditorContext.class);
        return context == null ? null : context.modelFile();
    }

    /** @return the path typed, absolute, or {@code null} when blank or not a path */
    static Path path(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        try {
            return Path.of(stripped).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
