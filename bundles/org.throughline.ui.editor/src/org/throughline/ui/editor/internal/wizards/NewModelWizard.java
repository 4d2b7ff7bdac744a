// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramException;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * File > New > Throughline Model: a new model file, empty or from a template, with the template's
 * diagrams laid out in the representations file beside it, opened in the model editor on the
 * first diagram.
 */
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
        String firstDiagram;
        try {
            firstDiagram = create(file, templatePage.template());
        } catch (IOException | CoreException e) {
            ILog.of(NewModelWizard.class).error(e.getMessage(), e);
            MessageDialog.openError(getShell(), Messages.wizard_title, NLS.bind(Messages.wizard_failed, file.getFullPath(),
                    e.getMessage()));
            return false;
        }
        try {
            if (workbench.getActiveWorkbenchWindow() != null) {
                IEditorPart editor = IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, ModelEditors.EDITOR_ID);
                if (editor instanceof ModelEditor modelEditor && firstDiagram != null) {
                    modelEditor.showPage(firstDiagram);
                }
            }
        } catch (PartInitException e) {
            ILog.of(NewModelWizard.class).log(e.getStatus());
        }
        return true;
    }

    /**
     * Writes a new model into a file (atomically) from a template, and the template's diagrams,
     * laid out, into the representations file beside it.
     *
     * @param file     the file (it may exist, empty)
     * @param template the template
     * @return the name of the diagram to open first, or {@code null} when the template has none
     * @throws IOException   when the file cannot be written
     * @throws CoreException when the workspace cannot be refreshed
     */
    public static String create(IFile file, ModelTemplates template) throws IOException, CoreException {
        Path path = file.getLocation().toFile().toPath();
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        Resource resource = ModelFiles.create(resourceSet, path);
        String name = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
        Model model = template.create(name);
        resource.getContents().add(model);
        ModelFiles.save(resource);
        List<DiagramState> diagrams = new ArrayList<>();
        for (ModelTemplates.StartingDiagram starting : template.diagrams(model)) {
            DiagramDescription description = ViewpointRegistry.getDefault().diagram(starting.descriptionId()).orElse(null);
            if (description == null) {
                continue; // a product without that viewpoint: the model still opens, in the tree
            }
            try {
                Diagram diagram = DiagramInterpreter.create(description, starting.root());
                DiagramLayout.layout(diagram, DiagramLayout.Scope.ALL);
                DiagramState state = diagram.state();
                // A new model has one diagram of each kind: the kind's name is the tab's title.
                diagrams.add(new DiagramState(description.getLabel(), state.descriptionId(), state.rootId(), state.layers(),
                        state.filters(), state.nodes(), state.pinned(), state.edges()));
            } catch (DiagramException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        if (!diagrams.isEmpty()) {
            RepresentationsFile.write(RepresentationsFile.besideModel(path), diagrams);
        }
        // The wizard made the file empty a moment ago: a backup of that is of no use to anyone.
        Path backup = path.resolveSibling(path.getFileName() + ".bak"); //$NON-NLS-1$
        if (Files.isRegularFile(backup) && Files.size(backup) == 0) {
            Files.delete(backup);
        }
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        return diagrams.isEmpty() ? null : diagrams.get(0).name();
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
