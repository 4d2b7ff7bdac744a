// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFragments;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * Team > Move to Fragment (also in the model tree's menu): keeps the selected elements in another
 * file of a model kept in fragments (the main file or a department's fragment), as one undoable
 * command. Ids and references stay as they are; saving writes both files.
 */
public final class MoveToFragmentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ModelEditorContext editor = TeamContext.activeEditor(HandlerUtil.getActiveWorkbenchWindow(event));
        List<EObject> elements = new ArrayList<>();
        if (editor != null && editor.editor().getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection) {
            for (Object selected : selection.toList()) {
                if (selected instanceof EObject element) {
                    elements.add(element);
                }
            }
        }
        if (elements.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.move_title, Messages.move_noElement);
            return null;
        }
        List<Resource> files = ModelFragments.files(editor.modelResource());
        if (files.size() < 2) {
            MessageDialog.openInformation(shell, Messages.move_title,
                    Messages.bind(Messages.move_oneFile, editor.modelPath().getFileName()));
            return null;
        }
        for (EObject element : elements) {
            if (!movable(element)) {
                MessageDialog.openInformation(shell, Messages.move_title, Messages.move_notMovable);
                return null;
            }
        }
        Path folder = editor.modelPath().getParent();
        ListDialog dialog = new ListDialog(shell);
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object file) {
                return label(folder, (Resource) file, editor.modelResource());
            }
        });
        dialog.setTitle(Messages.move_title);
        dialog.setMessage(Tables.format(Messages.move_message, Integer.valueOf(elements.size())));
        dialog.setInput(files);
        dialog.setWidthInChars(70);
        if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
            return null;
        }
        move(editor, elements, (Resource) dialog.getResult()[0]);
        return null;
    }

    /** @return whether an element can live in a fragment: it sits directly in the model or in a folder */
    static boolean movable(EObject element) {
        return element.eContainer() instanceof Model || element.eContainer() instanceof Folder;
    }

    /**
     * Moves elements into a file of their model, as one command on the editor's command stack.
     *
     * @param editor   the model's editor
     * @param elements elements directly in the model or in a folder
     * @param file     the main file or one of the model's fragments
     */
    static void move(ModelEditorContext editor, List<EObject> elements, Resource file) {
        List<Resource> touched = new ArrayList<>(List.of(file));
        for (EObject element : elements) {
            touched.add(element.eResource());
        }
        ChangeCommand command = new ChangeCommand(editor.editingDomain().getResourceSet()) {
            @Override
            protected void doExecute() {
                for (EObject element : elements) {
                    ModelFragments.moveTo(element, file);
                }
                touched.forEach(resource -> resource.setModified(true));
            }
        };
        command.setLabel(Messages.move_title);
        editor.editingDomain().getCommandStack().execute(command);
        editor.select(elements);
    }

    private static String label(Path folder, Resource file, Resource main) {
        String path = folder == null || file.getURI() == null || !file.getURI().isFile() ? String.valueOf(file.getURI())
                : folder.relativize(Path.of(file.getURI().toFileString())).toString();
        return file == main ? Messages.bind(Messages.move_mainFile, path) : path;
    }
}
