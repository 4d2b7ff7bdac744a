// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.tree;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * An action that executes an EMF command built from the current selection on the editing
 * domain's command stack, enabled exactly when that command can execute.
 */
class CommandAction extends Action {

    private final EditingDomain domain;
    private final Function<List<?>, Command> factory;
    private List<?> selection = List.of();

    CommandAction(String text, EditingDomain domain, Function<List<?>, Command> factory) {
        super(text);
        this.domain = domain;
        this.factory = factory;
        setEnabled(false);
    }

    void selectionChanged(ISelection newSelection) {
        selection = newSelection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        setEnabled(!selection.isEmpty() && canExecute());
    }

    boolean canExecute() {
        Command command = create();
        boolean can = command.canExecute();
        command.dispose();
        return can;
    }

    private Command create() {
        Command command = factory.apply(selection);
        return command == null ? UnexecutableCommand.INSTANCE : command;
    }

    @Override
    public void run() {
        Command command = create();
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            command.dispose();
        }
    }
}
