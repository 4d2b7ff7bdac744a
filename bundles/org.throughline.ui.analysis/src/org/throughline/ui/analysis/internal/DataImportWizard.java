// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.Importers;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * File &gt; Import &gt; Throughline &gt; Data into a Model: runs an importer contributed to
 * {@code org.throughline.importers} (indicators' observations, a plugin's inspection ratings...).
 * A model open in an editor receives the import as one undoable command, to save when the
 * modeller is ready; a model that is not open is changed and saved atomically.
 */
public final class DataImportWizard extends Wizard implements IImportWizard {

    /** The wizard's id in the import wizard registry. */
    public static final String ID = "org.throughline.ui.analysis.dataImport"; //$NON-NLS-1$

    private final Importers importers = Importers.standard();
    private DataImportPage page;
    private IFile initial;

    /** Creates the wizard; {@link #init} gives it the model to start with. */
    public DataImportWizard() {
        setWindowTitle(Messages.import_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initial = WorkspaceModels.initial(selection);
    }

    @Override
    public void addPages() {
        page = new DataImportPage(importers, initial);
        addPage(page);
    }

    /** @return the page, for tests */
    DataImportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        ImportPlan plan = page.plan();
        if (plan == null || !plan.accepted() || !plan.changes()) {
            return false;
        }
        ModelEditorContext editor = page.editor();
        if (editor != null) {
            Command command = plan.command(editor.editingDomain());
            if (command == null || !command.canExecute()) {
                page.setErrorMessage(Messages.import_cannotApply);
                return false;
            }
            editor.editingDomain().getCommandStack().execute(command);
            editor.editor().getSite().getPage().activate(editor.editor());
            return true;
        }
        // Read the page here: the import runs outside the UI thread.
        String importer = page.importerId();
        var resource = page.loaded();
        var data = page.dataFile();
        ImportPlan[] applied = new ImportPlan[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    applied[0] = importers.apply(importer, resource, data, monitor);
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            page.setErrorMessage(NLS.bind(Messages.import_failed, page.model().getFullPath(),
                    cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            return false;
        } catch (InterruptedException e) {
            // Cancelled (JFace turns the importer's OperationCanceledException into this): nothing was applied.
            page.setMessage(Messages.import_cancelled);
            return false;
        }
        try {
            page.model().refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            ILog.of(DataImportWizard.class).log(e.getStatus());
        }
        if (!applied[0].applied()) {
            page.setErrorMessage(applied[0].summary());
            return false;
        }
        return true;
    }
}
