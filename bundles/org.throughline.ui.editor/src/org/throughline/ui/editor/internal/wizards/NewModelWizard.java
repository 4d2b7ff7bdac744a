// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.Messages;

/** File > New > Throughline Model: a new model file, empty or from a template, opened in the model editor. */
public final class NewModelWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private TemplatePage templatePage;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
        if ((selection == null || !(selection.getFirstElement() instanceof IResource)) && workbench.getActiveWorkbenchWindow() != null
                && workbench.getActiveWorkbenchWindow().getActivePage() != null
                && workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor() != null) {
            // From an open model: the new one goes beside it.
            IFile open = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getAdapter(IFile.class);
            if (open != null) {
                selection = new StructuredSelection(open.getParent());
            }
        }
        setWindowTitle(Messages.wizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection) { //$NON-NLS-1$
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(new byte[0]);
            }
        };
        filePage.setTitle(Messages.wizard_fileTitle);
        filePage.setDescription(Messages.wizard_fileDescription);
        filePage.setFileExtension(ModelFiles.FILE_EXTENSION);
        filePage.setFileName(Messages.wizard_defaultName + "." + ModelFiles.FILE_EXTENSION); //$NON-NLS-1$
        addPage(filePage);
        templatePage = new TemplatePage();
        addPage(templatePage);
    }

    @Override
    public boolean performFinish() {
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            create(file, templatePage.template());
        } catch (IOException | CoreException e) {
            ILog.of(NewModelWizard.class).error(e.getMessage(), e);
            MessageDialog.openError(getShell(), Messages.wizard_title, NLS.bind(Messages.wizard_failed, file.getFullPath(),
                    e.getMessage()));
            return false;
        }
        try {
            if (workbench.getActiveWorkbenchWindow() != null) {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, ModelEditors.EDITOR_ID);
            }
        } catch (PartInitException e) {
            ILog.of(NewModelWizard.class).log(e.getStatus());
        }
        return true;
    }

    /**
     * Writes a new model into a file (atomically) from a template.
     *
     * @param file     the file (it may exist, empty)
     * @param template the template
     * @throws IOException   when the file cannot be written
     * @throws CoreException when the workspace cannot be refreshed
     */
    public static void create(IFile file, ModelTemplates template) throws IOException, CoreException {
        Path path = file.getLocation().toFile().toPath();
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        Resource resource = ModelFiles.create(resourceSet, path);
        String name = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
        Model model = template.create(name);
        resource.getContents().add(model);
        ModelFiles.save(resource);
        // The wizard made the file empty a moment ago: a backup of that is of no use to anyone.
        Path backup = path.resolveSibling(path.getFileName() + ".bak"); //$NON-NLS-1$
        if (Files.isRegularFile(backup) && Files.size(backup) == 0) {
            Files.delete(backup);
        }
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
    }

    /** Chooses the template. */
    private static final class TemplatePage extends WizardPage {
        private ModelTemplates template = ModelTemplates.DELIVERY_CHAIN;

        TemplatePage() {
            super("template"); //$NON-NLS-1$
            setTitle(Messages.wizard_templateTitle);
            setDescription(Messages.wizard_templateDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(1, false));
            for (ModelTemplates each : ModelTemplates.values()) {
                Button choice = new Button(area, SWT.RADIO);
                choice.setText(each.label());
                choice.setSelection(each == template);
                choice.addListener(SWT.Selection, event -> {
                    if (choice.getSelection()) {
                        template = each;
                    }
                });
                Label description = new Label(area, SWT.WRAP);
                description.setText(each.description());
                GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).hint(400, SWT.DEFAULT).applyTo(description);
            }
            setControl(area);
        }

        ModelTemplates template() {
            return template;
        }
    }
}
