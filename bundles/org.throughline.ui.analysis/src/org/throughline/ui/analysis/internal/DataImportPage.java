// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.ImporterDescriptor;
import org.throughline.exchange.api.Importers;
import org.throughline.exchange.api.Rejection;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * The page of the data import: which model, which importer, which file; the file is checked
 * against the model as soon as all three are chosen, and every rejected row is listed with its
 * number and reason. Finish is possible only when no row is rejected and the data changes
 * something: an import is all or nothing.
 */
final class DataImportPage extends WizardPage {

    private final Importers importers;
    private final IFile initial;
    private final List<IFile> models = new ArrayList<>();
    private final List<ImporterDescriptor> descriptors;

    private Combo modelChooser;
    private Combo importerChooser;
    private Label importerDescription;
    private Text data;
    private Label summary;
    private TableViewer rejections;

    private ImportPlan plan;
    private ModelEditorContext editor;
    private Resource loaded;

    DataImportPage(Importers importers, IFile initial) {
        super("import"); //$NON-NLS-1$
        this.importers = importers;
        this.initial = initial;
        this.descriptors = importers.descriptors();
        setTitle(Messages.import_pageTitle);
        setDescription(Messages.import_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        models.addAll(WorkspaceModels.all());
        modelChooser = WorkspaceModels.chooser(page, 3, models, initial);
        modelChooser.addListener(SWT.Selection, e -> check());

        new Label(page, SWT.NONE).setText(Messages.import_importer);
        importerChooser = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(importerChooser);
        for (ImporterDescriptor descriptor : descriptors) {
            importerChooser.add(NLS.bind(Messages.import_importerItem, descriptor.name(), String.join(", ", descriptor.extensions()))); //$NON-NLS-1$
        }
        if (!descriptors.isEmpty()) {
            importerChooser.select(0);
        }
        importerChooser.addListener(SWT.Selection, e -> check());
        new Label(page, SWT.NONE);
        importerDescription = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(importerDescription);

        new Label(page, SWT.NONE).setText(Messages.import_data);
        data = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(data);
        data.addListener(SWT.Modify, e -> check());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.export_browse);
        browse.addListener(SWT.Selection, e -> browse());

        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, SWT.DEFAULT).applyTo(summary);
        rejections = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        rejections.getTable().setHeaderVisible(true);
        rejections.getTable().setLinesVisible(true);
        for (String title : new String[] { Messages.import_colRow, Messages.import_colReason }) {
            new TableColumn(rejections.getTable(), SWT.LEFT).setText(title);
        }
        rejections.getTable().getColumn(0).setWidth(110);
        rejections.getTable().getColumn(1).setWidth(480);
        rejections.setContentProvider(ArrayContentProvider.getInstance());
        rejections.setLabelProvider(new RejectionLabels());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 160).applyTo(rejections.getControl());

        setControl(page);
        check();
    }

    // ---- what the wizard and tests use --------------------------------------------------------

    /** @return the checked plan, or {@code null} while nothing could be checked */
    ImportPlan plan() {
        return plan;
    }

    /** @return the editor the model is open in, or {@code null} when it is not open */
    ModelEditorContext editor() {
        return editor;
    }

    /** @return the model file loaded for the check when it is not open in an editor */
    Resource loaded() {
        return loaded;
    }

    /** @return the chosen importer's id */
    String importerId() {
        int index = importerChooser.getSelectionIndex();
        return index < 0 ? null : descriptors.get(index).id();
    }

    /** @return the chosen model file */
    IFile model() {
        int index = modelChooser.getSelectionIndex();
        return index < 0 || index >= models.size() ? null : models.get(index);
    }

    /** @return the data file typed or chosen */
    Path dataFile() {
        return WorkspaceModels.path(data.getText());
    }

    /** Sets the data file, as typing would. */
    void setData(Path file) {
        data.setText(file.toString());
    }

    /** @return the rejected rows listed */
    int listedRejections() {
        return rejections.getTable().getItemCount();
    }

    /** @return the summary of the check */
    String summary() {
        return summary.getText();
    }

    // ---- inner workings -----------------------------------------------------------------------

    private void browse() {
        int index = importerChooser.getSelectionIndex();
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        if (index >= 0) {
            dialog.setFilterExtensions(new String[] {
                    String.join(";", descriptors.get(index).extensions().stream().map(e -> "*." + e).toList()), "*" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        // The data usually sits beside the model (or was chosen before): the dialog opens there, not in the program's folder.
        IFile model = model();
        if (!data.getText().isBlank() && java.nio.file.Path.of(data.getText().strip()).getParent() != null) {
            dialog.setFilterPath(java.nio.file.Path.of(data.getText().strip()).toAbsolutePath().getParent().toString());
        } else if (model != null && model.getLocation() != null) {
            dialog.setFilterPath(model.getLocation().toFile().getParent());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            data.setText(chosen);
        }
    }

    private void check() {
        plan = null;
        editor = null;
        loaded = null;
        int index = importerChooser.getSelectionIndex();
        importerDescription.setText(index < 0 ? "" : descriptors.get(index).description()); //$NON-NLS-1$
        rejections.setInput(List.of());
        summary.setText(""); //$NON-NLS-1$
        String problem = problem();
        if (problem == null) {
            problem = runCheck();
        }
        if (problem == null && plan != null) {
            summary.setText(plan.summary().replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
            rejections.setInput(plan.rejections());
            rejections.getTable().getColumn(1).pack();
            if (!plan.accepted()) {
                problem = java.text.MessageFormat.format(Messages.import_rejected, Integer.valueOf(plan.rejectedCount()));
            } else if (!plan.changes()) {
                problem = Messages.import_nothingNew;
            }
        }
        // Nothing typed yet is no error: the page only says what to do next.
        boolean notYet = Messages.import_noData.equals(problem);
        setErrorMessage(notYet ? null : problem);
        setMessage(notYet ? problem : problem == null && editor != null ? Messages.import_intoEditor : null, INFORMATION);
        setPageComplete(problem == null && plan != null);
        ((Composite) getControl()).layout(true, true);
    }

    /** @return what is missing before a check can run, or {@code null} */
    private String problem() {
        if (model() == null) {
            return Messages.export_noModels;
        }
        if (importerId() == null) {
            return Messages.import_noImporters;
        }
        Path file = dataFile();
        if (file == null) {
            return Messages.import_noData;
        }
        if (!Files.isRegularFile(file)) {
            return NLS.bind(Messages.import_noSuchFile, file);
        }
        return null;
    }

    /** Checks the data against the model (as its editor has it, or as saved); @return a problem or {@code null}. */
    private String runCheck() {
        IFile file = model();
        editor = WorkspaceModels.openEditorOf(file);
        Model model;
        if (editor != null) {
            model = editor.model();
        } else {
            try {
                model = ModelFiles.loadModel(file.getLocation().toFile().toPath());
            } catch (ModelLoadException e) {
                return e.getMessage();
            }
            loaded = model.eResource();
        }
        String[] failure = new String[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                plan = importers.check(importerId(), model, dataFile(), null);
            } catch (IOException e) {
                failure[0] = e.getMessage();
            }
        });
        return failure[0];
    }

    /** A rejected row: where it is, and why. */
    private static final class RejectionLabels extends LabelProvider implements ITableLabelProvider {

        @Override
        public String getColumnText(Object element, int column) {
            Rejection rejection = (Rejection) element;
            if (column == 0) {
                return rejection.sheet() == null ? String.valueOf(rejection.row())
                        : NLS.bind(Messages.import_sheetRow, rejection.sheet(), Integer.valueOf(rejection.row()));
            }
            return rejection.reason();
        }

        @Override
        public Image getColumnImage(Object element, int column) {
            return null;
        }
    }
}
