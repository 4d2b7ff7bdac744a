// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.DeliveryChanges;
import org.throughline.analysis.api.DeliveryChanges.Change;
import org.throughline.model.Model;
import org.throughline.team.api.ModelChange;
import org.throughline.team.api.ModelDiff;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.ModelCommit;
import org.throughline.team.api.TeamException;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * Team > Compare With: the open model (saved or not) against a version of its file picked from
 * its history, as a model diff in the Model Changes view.
 */
public final class CompareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ModelEditorContext editor = TeamContext.activeEditor(HandlerUtil.getActiveWorkbenchWindow(event));
        if (editor == null) {
            MessageDialog.openInformation(shell, Messages.team_title, Messages.compare_noEditor);
            return null;
        }
        List<ModelCommit> commits;
        try (ModelRepository repository = TeamContext.repository(shell, editor.modelPath())) {
            if (repository == null) {
                return null;
            }
            commits = repository.history(repository.path(editor.modelPath()));
        } catch (TeamException e) {
            TeamContext.error(shell, e);
            return null;
        }
        if (commits.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.team_title, Messages.compare_noHistory);
            return null;
        }
        ListDialog dialog = new ListDialog(shell);
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                ModelCommit commit = (ModelCommit) element;
                return Messages.bind(Messages.compare_commit, new Object[] { Tables.when(commit), commit.author(), commit.message(),
                        Tables.id(commit) });
            }
        });
        dialog.setTitle(Messages.compare_title);
        dialog.setMessage(Messages.compare_message);
        dialog.setInput(commits);
        dialog.setInitialSelections(commits.get(0));
        dialog.setWidthInChars(100);
        dialog.setHeightInChars(12);
        if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
            return null;
        }
        ModelCommit chosen = (ModelCommit) dialog.getResult()[0];
        compare(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), editor.modelPath(), chosen);
        return null;
    }

    /** Compares the open model of a file (opened if it is not) with its version in a commit. */
    static void compare(IWorkbenchPage page, Path file, ModelCommit commit) {
        Shell shell = page.getWorkbenchWindow().getShell();
        try (ModelRepository repository = TeamContext.repository(shell, file)) {
            if (repository == null) {
                return;
            }
            ModelEditorContext editor = TeamContext.open(page, file);
            Resource then = repository.load(repository.path(file), commit.id());
            List<ModelChange> changes = ModelDiff.compare(ModelIndex.of(then), ModelIndex.of(editor.modelResource()));
            List<Change> inDelivery = DeliveryChanges.since((Model) then.getContents().get(0),
                    (Model) editor.modelResource().getContents().get(0));
            ((ModelDiffView) page.showView(ModelDiffView.ID)).show(file,
                    Messages.bind(Messages.compare_heading, file.getFileName(), Tables.id(commit) + ' ' + commit.message()), changes,
                    inDelivery);
        } catch (AnalysisException e) {
            MessageDialog.openError(shell, Messages.team_title, e.getMessage());
        } catch (TeamException e) {
            TeamContext.error(shell, e);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, Messages.team_title, e.getMessage());
        }
    }
}
