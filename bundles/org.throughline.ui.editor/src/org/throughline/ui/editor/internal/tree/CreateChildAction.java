// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.tree;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.throughline.ui.editor.internal.provider.ItemLabelProvider;

/** Creates one kind of child (or sibling) from the item providers' child descriptors, as a command. */
final class CreateChildAction extends Action {

    private final EditingDomain domain;
    private final Command command;

    CreateChildAction(EditingDomain domain, Object owner, Object descriptor, Collection<?> selection) {
        this.domain = domain;
        this.command = CreateChildCommand.create(domain, owner, descriptor, selection);
        if (command instanceof CommandActionDelegate delegate) {
            setText(delegate.getText());
            setToolTipText(delegate.getToolTipText());
            setImageDescriptor(ItemLabelProvider.descriptor(delegate.getImage()));
        }
        setEnabled(command.canExecute());
    }

    @Override
    public void run() {
        domain.getCommandStack().execute(command);
    }
}
