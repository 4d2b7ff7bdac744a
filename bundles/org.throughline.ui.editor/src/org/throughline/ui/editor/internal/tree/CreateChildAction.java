// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.tree;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.internal.provider.ConceptIcons;
import org.throughline.ui.editor.internal.provider.ItemLabelProvider;

/**
 * Creates one kind of child (or sibling) from the item providers' child descriptors, as a
 * command. The new element is given a name to type over, and an element made at the model's
 * root goes into the folder that holds its kind.
 */
final class CreateChildAction extends Action {

    private final EditingDomain domain;
    private final Command command;
    private final EObject created;
    private final Consumer<EObject> afterwards;

    /**
     * @param domain     the editing domain
     * @param owner      the element the child is created in
     * @param descriptor one of the owner's new child descriptors
     * @param selection  the selection the menu was opened on
     * @param afterwards what to do with the new element once it is in the model (start renaming it)
     */
    CreateChildAction(EditingDomain domain, Object owner, Object descriptor, Collection<?> selection, Consumer<EObject> afterwards) {
        this.domain = domain;
        this.afterwards = afterwards;
        Object target = owner;
        Object parameter = descriptor;
        created = descriptor instanceof CommandParameter p && p.getValue() instanceof EObject value ? value : null;
        if (created != null) {
            EAttribute name = ModelTreePage.nameAttribute(created);
            if (name != null && "name".equals(name.getName()) && created.eGet(name) == null) { //$NON-NLS-1$
                created.eSet(name, NewElements.provisionalName(created.eClass()));
            }
            boolean atRoot = owner instanceof Model
                    && ((CommandParameter) descriptor).getEStructuralFeature() == ThroughlinePackage.Literals.MODEL__ELEMENTS;
            Folder home = atRoot ? NewElements.home((Model) owner, created.eClass()) : null;
            if (home != null) {
                target = home;
                parameter = new CommandParameter(home, ThroughlinePackage.Literals.FOLDER__ELEMENTS, created);
            }
        }
        this.command = CreateChildCommand.create(domain, target, parameter, selection);
        if (command instanceof CommandActionDelegate delegate) {
            setText(delegate.getText());
            setToolTipText(delegate.getToolTipText());
            setImageDescriptor(ItemLabelProvider.descriptor(delegate.getImage()));
        }
        if (created != null && ConceptIcons.of(created.eClass()) != null) {
            setImageDescriptor(ConceptIcons.of(created.eClass()));
        }
        setEnabled(command.canExecute());
    }

    /** @return the element this action creates, or {@code null} when the descriptor does not say */
    EObject created() {
        return created;
    }

    @Override
    public void run() {
        domain.getCommandStack().execute(command);
        if (created != null && created.eResource() != null) {
            afterwards.accept(created);
        }
    }
}
