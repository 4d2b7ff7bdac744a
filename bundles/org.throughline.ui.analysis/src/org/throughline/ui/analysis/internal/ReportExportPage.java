// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;
import org.throughline.report.api.ReportTargets;
import org.throughline.ui.editor.api.ModelEditorContext;

/** The one page of the report export: which model, which report, for which priority, where to. */
final class ReportExportPage extends WizardPage {

    private static final String SETTING_FORMAT = "format"; //$NON-NLS-1$
    private static final String SETTING_OPEN = "open"; //$NON-NLS-1$

    /**
     * What the user chose.
     *
     * @param model      the model file
     * @param format     the kind of report
     * @param priorityId for the PDF pack, the priority to pack, or {@code null} for every priority
     * @param target     the folder (HTML) or file to write
     * @param open       whether to open the report once written
     */
    record Choice(IFile model, ExportKind format, String priorityId, Path target, boolean open) {
    }

    private final IFile initial;
    private final List<IFile> models = new ArrayList<>();
    private final Map<ExportKind, Button> formats = new LinkedHashMap<>();
    private final List<ExportKind> kinds;
    private final List<Priority> priorities = new ArrayList<>();

    private Combo modelChooser;
    private Combo priorityChooser;
    private Text target;
    private Button open;
    private boolean targetEdited;
    private boolean settingTarget;
    private IFile loadedFrom;
    private Model loaded;
    private String modelProblem;

    ReportExportPage(IFile initial, List<ExportKind> kinds) {
        super("report"); //$NON-NLS-1$
        this.initial = initial;
        this.kinds = List.copyOf(kinds);
        setTitle(Messages.export_pageTitle);
        setDescription(Messages.export_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        models.addAll(WorkspaceModels.all());
        modelChooser = WorkspaceModels.chooser(page, 3, models, initial);
        modelChooser.addListener(SWT.Selection, e -> modelChanged());

        Group kindsGroup = new Group(page, SWT.NONE);
        kindsGroup.setText(Messages.export_format);
        GridLayoutFactory.swtDefaults().applyTo(kindsGroup);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(kindsGroup);
        ExportKind remembered = rememberedFormat();
        for (ExportKind format : this.kinds) {
            Button button = new Button(kindsGroup, SWT.RADIO);
            button.setText(format.label());
            button.setSelection(format == remembered);
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection()) {
                    formatChanged();
                }
            });
            formats.put(format, button);
        }

        new Label(page, SWT.NONE).setText(Messages.export_priority);
        priorityChooser = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(priorityChooser);

        new Label(page, SWT.NONE).setText(Messages.export_target);
        target = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(target);
        target.addListener(SWT.Modify, e -> {
            if (!settingTarget) {
                targetEdited = true;
            }
            validate();
        });
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.export_browse);
        browse.addListener(SWT.Selection, e -> browse());

        open = new Button(page, SWT.CHECK);
        open.setText(Messages.export_open);
        IDialogSettings settings = settings();
        open.setSelection(settings.get(SETTING_OPEN) == null || settings.getBoolean(SETTING_OPEN));
        GridDataFactory.fillDefaults().span(3, 1).applyTo(open);

        setControl(page);
        modelChanged();
    }

    // ---- what the wizard and tests use --------------------------------------------------------

    /** @return the user's choice, or {@code null} while the page is incomplete */
    Choice choice() {
        IFile model = model();
        ExportKind format = format();
        Path path = targetPath();
        if (model == null || path == null) {
            return null;
        }
        int priority = priorityChooser.getSelectionIndex();
        String priorityId = format == ExportKind.PDF && priority > 0 ? priorities.get(priority - 1).getId() : null;
        return new Choice(model, format, priorityId, path, open.getSelection());
    }

    /** @return the model read from its file when the page checked it, or {@code null} */
    Model loadedModel() {
        return loaded;
    }

    /** Chooses a kind of report, as its radio button would. */
    void choose(String id) {
        ExportKind format = kinds.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
        formats.forEach((f, button) -> button.setSelection(f == format));
        formatChanged();
    }

    /** Sets where to write, as typing would. */
    void setTarget(Path path) {
        target.setText(path.toString());
    }

    /** Sets whether to open the report once written. */
    void setOpen(boolean value) {
        open.setSelection(value);
    }

    /** @return the choices of priority: "every priority", then each priority of the model */
    List<String> priorityChoices() {
        return List.of(priorityChooser.getItems());
    }

    /** Chooses a priority by its index among {@link #priorityChoices()}. */
    void choosePriority(int index) {
        priorityChooser.select(index);
    }

    /** Remembers the format and the open flag for the next export. */
    void remember() {
        IDialogSettings settings = settings();
        settings.put(SETTING_FORMAT, format().id());
        settings.put(SETTING_OPEN, open.getSelection());
    }

    // ---- inner workings -----------------------------------------------------------------------

    private Path targetPath() {
        return WorkspaceModels.path(target.getText());
    }

    private IFile model() {
        int index = modelChooser.getSelectionIndex();
        return index < 0 || index >= models.size() ? null : models.get(index);
    }

    private ExportKind format() {
        return formats.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
                .orElse(ExportKind.HTML);
    }

    private void modelChanged() {
        IFile file = model();
        loaded = null;
        loadedFrom = null;
        modelProblem = null;
        priorities.clear();
        Model model = null;
        if (file == null) {
            modelProblem = Messages.export_noModels;
        } else {
            ModelEditorContext editor = WorkspaceModels.openEditorOf(file);
            if (editor != null) {
                model = editor.model();
            } else {
                model = load(file);
            }
        }
        if (model != null) {
            for (var all = model.eAllContents(); all.hasNext();) {
                if (all.next() instanceof Priority priority) {
                    priorities.add(priority);
                }
            }
        }
        priorityChooser.removeAll();
        priorityChooser.add(Messages.export_everyPriority);
        for (Priority priority : priorities) {
            priorityChooser.add(NLS.bind(Messages.export_priorityItem, priority.getName(), priority.getId()));
        }
        priorityChooser.select(0);
        formatChanged();
    }

    private Model load(IFile file) {
        try {
            Model model = ModelFiles.loadModel(file.getLocation().toFile().toPath());
            loaded = model;
            loadedFrom = file;
            return model;
        } catch (ModelLoadException e) {
            modelProblem = e.getMessage();
        }
        return null;
    }

    private void formatChanged() {
        ExportKind format = format();
        priorityChooser.setEnabled(format == ExportKind.PDF && !priorities.isEmpty());
        IFile file = model();
        if (!targetEdited && file != null && file.getLocation() != null) {
            String base = file.getLocation().removeFileExtension().lastSegment();
            Path folder = file.getLocation().toFile().toPath().getParent();
            settingTarget = true;
            target.setText(folder.resolve(format.defaultName(base)).toString());
            settingTarget = false;
        }
        validate();
    }

    private void browse() {
        ExportKind format = format();
        Path current = target.getText().isBlank() ? null : Path.of(target.getText().strip()).toAbsolutePath();
        String chosen;
        if (format.folder()) {
            DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
            dialog.setMessage(Messages.export_chooseFolder);
            if (current != null) {
                dialog.setFilterPath(current.toString());
            }
            chosen = dialog.open();
        } else {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*" + format.suffix().substring(format.suffix().lastIndexOf('.')) }); //$NON-NLS-1$
            dialog.setOverwrite(true);
            if (current != null && current.getParent() != null) {
                dialog.setFilterPath(current.getParent().toString());
                dialog.setFileName(current.getFileName().toString());
            }
            chosen = dialog.open();
        }
        if (chosen != null) {
            target.setText(chosen);
        }
    }

    private void validate() {
        setMessage(null);
        String problem = modelProblem;
        ExportKind format = format();
        if (problem == null && format == ExportKind.PDF && priorities.isEmpty()) {
            problem = NLS.bind(Messages.export_noPriorities, model().getFullPath());
        }
        Path path = targetPath();
        if (problem == null && path == null) {
            problem = target.getText().isBlank() ? Messages.export_noTarget : NLS.bind(Messages.export_badTarget, target.getText().strip());
        }
        if (problem == null) {
            problem = ReportTargets.problem(path, format.folder());
        }
        if (problem == null && loadedFrom == null && model() != null) {
            setMessage(Messages.export_fromEditor, IMessageProvider.INFORMATION);
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private ExportKind rememberedFormat() {
        String id = settings().get(SETTING_FORMAT);
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst().orElse(ExportKind.HTML);
    }

    private IDialogSettings settings() {
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ReportExportPage.class)).getDialogSettings();
        IDialogSettings section = all.getSection(ReportExportWizard.ID);
        return section != null ? section : all.addNewSection(ReportExportWizard.ID);
    }
}
