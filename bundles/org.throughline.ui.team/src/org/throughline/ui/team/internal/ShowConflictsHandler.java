// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.PullResult;
import org.throughline.team.api.TeamException;

/**
 * Team > Merge Conflicts: shows the Merge Conflicts view. When it lists nothing and the model's
 * repository is in the middle of a merge (the workbench was closed after a pull left conflicts),
 * the conflicts are worked out again from the merge's commits and listed.
 */
public final class ShowConflictsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Path place = TeamContext.place(event);
        try {
            ConflictsView view = (ConflictsView) page.showView(ConflictsView.ID);
            if (view.entries().isEmpty() && place != null) {
                resume(view, place);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    /**
     * Lists the conflicts of the merge under way in the repository of a place, if there is one.
     *
     * @param view  the Merge Conflicts view
     * @param place a model file or folder
     * @return whether a merge was under way
     */
    static boolean resume(ConflictsView view, Path place) {
        try (ModelRepository repository = ModelRepository.open(place)) {
            PullResult pending = repository.pendingMerge();
            if (pending == null) {
                return false;
            }
            view.show(repository.root(), pending);
            return true;
        } catch (TeamException e) {
            // not in a repository: nothing to resume
            return false;
        }
    }
}
