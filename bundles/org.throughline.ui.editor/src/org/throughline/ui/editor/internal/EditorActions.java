// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo and Redo of one model editor: its command stack, whatever page or view is active. */
public final class EditorActions {

    private final Action undo;
    private final Action redo;

    EditorActions(ModelEditor editor) {
        CommandStack stack = editor.editingDomain().getCommandStack();
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo = new Action() {
            @Override
            public void run() {
                stack.undo();
            }
        };
        undo.setId(ActionFactory.UNDO.getId());
        undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo = new Action() {
            @Override
            public void run() {
                stack.redo();
            }
        };
        redo.setId(ActionFactory.REDO.getId());
        redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        this.stack = stack;
        update();
    }

    private final CommandStack stack;

    /** Follows the command stack: enabled state and labels such as "Undo Set Name". */
    public void update() {
        Command toUndo = stack.getUndoCommand();
        undo.setEnabled(stack.canUndo());
        undo.setText(Messages.bind(Messages.action_undo, toUndo == null ? "" : label(toUndo))); //$NON-NLS-1$
        Command toRedo = stack.getRedoCommand();
        redo.setEnabled(stack.canRedo());
        redo.setText(Messages.bind(Messages.action_redo, toRedo == null ? "" : label(toRedo))); //$NON-NLS-1$
    }

    private static String label(Command command) {
        return command.getLabel() == null ? "" : command.getLabel(); //$NON-NLS-1$
    }

    /** @return Undo */
    public Action undo() {
        return undo;
    }

    /** @return Redo */
    public Action redo() {
        return redo;
    }
}
