// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.io.IOException;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.throughline.exchange.api.ImportException;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;

/** The one place where an import changes a model file: a command on its editing domain, then an atomic save. */
public final class ModelChanges {

    private ModelChanges() {
    }

    /**
     * @param resource a loaded model file
     * @return its model
     * @throws ImportException when the file holds no model
     */
    public static Model model(Resource resource) throws ImportException {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            throw new ImportException(Messages.bind(Messages.import_notAModel, resource.getURI()));
        }
        return model;
    }

    /**
     * @param model a model
     * @return the editing domain it is edited in, or a new one when it has none
     */
    public static EditingDomain domain(Model model) {
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(model);
        if (domain == null) {
            domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                    new BasicCommandStack());
        }
        return domain;
    }

    /**
     * Executes a change on a domain's command stack and saves the model file atomically; when the
     * save fails the change is undone, so that the model in memory matches the file.
     *
     * @param resource the model file
     * @param domain   its editing domain
     * @param command  the change
     * @throws IOException when the change cannot be executed or the file cannot be saved
     */
    public static void executeAndSave(Resource resource, EditingDomain domain, Command command) throws IOException {
        if (!command.canExecute()) {
            throw new ImportException(Messages.bind(Messages.import_cannotExecute, resource.getURI()));
        }
        domain.getCommandStack().execute(command);
        if (domain.getCommandStack().getUndoCommand() != command) {
            // The command stack swallows a command that throws; never save what it left half done.
            throw new ImportException(Messages.bind(Messages.import_notExecuted, resource.getURI()));
        }
        try {
            ModelFiles.save(resource);
        } catch (IOException | RuntimeException e) {
            domain.getCommandStack().undo();
            throw e;
        }
    }
}
