// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.throughline.exchange.api.Exporters;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.ReportTargets;
import org.throughline.report.api.Reports;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * File &gt; Export &gt; Throughline Report: writes the HTML report, the PDF stocktake pack or the
 * Excel workbook of a model, as the command line's {@code report} does. A model open in an editor
 * is reported as the editor shows it (unsaved changes included); others are read from their file.
 */
public final class ReportExportWizard extends Wizard implements IExportWizard {

    /** The wizard's id in the export wizard registry. */
    public static final String ID = "org.throughline.ui.analysis.reportExport"; //$NON-NLS-1$

    private final Exporters exporters = Exporters.standard();
    private ReportExportPage page;
    private IFile initial;
    private ReportSummary written;

    /** Creates the wizard; {@link #init} gives it the model to start with. */
    public ReportExportWizard() {
        setWindowTitle(Messages.export_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initial = WorkspaceModels.initial(selection);
    }

    @Override
    public void addPages() {
        page = new ReportExportPage(initial, ExportKind.all(exporters));
        addPage(page);
    }

    /** @return the page, for tests */
    ReportExportPage page() {
        return page;
    }

    /** @return what the last finish wrote, or {@code null} */
    ReportSummary written() {
        return written;
    }

    @Override
    public boolean performFinish() {
        ReportExportPage.Choice choice = page.choice();
        if (choice == null) {
            return false;
        }
        String problem = ReportTargets.problem(choice.target(), choice.format().folder());
        if (problem != null) {
            page.setErrorMessage(problem);
            return false;
        }
        Model model = snapshotOrLoaded(choice);
        if (model == null) {
            return false;
        }
        Priority priority = choice.priorityId() == null ? null : priority(model, choice.priorityId());
        try {
            // Cancellable: the report and the pack stop at their next step (the pack's file is then as it was).
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.export_writing, choice.target().getFileName()), 100);
                try {
                    ExportKind kind = choice.format();
                    if (kind == ExportKind.HTML) {
                        written = Reports.writeHtml(model, choice.target(), progress.split(100));
                    } else if (kind == ExportKind.PDF) {
                        written = Reports.writePack(model, priority, choice.target(), progress.split(100));
                    } else {
                        progress.subTask(kind.label());
                        exporters.export(kind.exporterId(), model, choice.target(), progress.split(100));
                        written = new ReportSummary(choice.target(), 1, 0, List.of(), List.of());
                    }
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            page.setErrorMessage(NLS.bind(Messages.export_failed, choice.target(), reason));
            ILog.of(getClass()).error(page.getErrorMessage(), cause);
            return false;
        } catch (InterruptedException e) {
            // The user cancelled (the container turns OperationCanceledException into this).
            page.setErrorMessage(NLS.bind(Messages.export_cancelled, choice.target()));
            refreshWorkspace(choice.target());
            return false;
        }
        refreshWorkspace(choice.target());
        if (!written.failedSections().isEmpty()) {
            MessageDialog.openWarning(getShell(), Messages.export_title,
                    NLS.bind(Messages.export_failedSections, String.join("\n", written.failedSections()))); //$NON-NLS-1$
        }
        page.remember();
        if (choice.open()) {
            Path entry = written.entry();
            if (!Program.launch(entry.toString())) {
                MessageDialog.openInformation(getShell(), Messages.export_title, NLS.bind(Messages.export_cannotOpen, entry));
            }
        }
        return true;
    }

    /** The model as its editor shows it, copied on the UI thread, or read from its file. */
    private Model snapshotOrLoaded(ReportExportPage.Choice choice) {
        ModelEditorContext open = WorkspaceModels.openEditorOf(choice.model());
        if (open != null) {
            return ModelSnapshot.of(open.model()).copy();
        }
        return page.loadedModel();
    }

    private static Priority priority(Model model, String id) {
        for (var all = model.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Priority priority && id.equals(priority.getId())) {
                return priority;
            }
        }
        return null;
    }

    /** Lets the Project Explorer show a report written into the workspace. */
    private static void refreshWorkspace(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(parent.toUri())) {
            try {
                container.refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                ILog.of(ReportExportWizard.class).log(e.getStatus());
            }
        }
    }
}
