// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.throughline.exchange.internal.Messages;
import org.throughline.exchange.internal.ModelChanges;

/**
 * What importing a data file does, or would do: made by a {@link ModelImporter} without changing
 * the model. It holds the number of rows read, the rejected rows with their numbers and reasons,
 * a one-line summary, and the change as an EMF {@link Command} created for an editing domain, so
 * that the workbench can execute it on its command stack as one undoable step.
 * <p>
 * A plan with a rejected row is never applied: an import is all or nothing.
 *
 * <pre>
 * return new ImportPlan(rows, rejections, summary, domain -&gt; AddCommand.create(domain, owner, feature, added));
 * </pre>
 *
 * @since 0.1
 */
public final class ImportPlan {

    private final int rows;
    private final List<Rejection> rejections;
    private final int rejectedCount;
    private final String summary;
    private final Function<EditingDomain, Command> change;
    private boolean applied;

    /**
     * @param rows       the number of data rows read (header and blank rows not counted)
     * @param rejections every rejected row, in file order
     * @param summary    one line for the user, such as "12 rows: 3 new observations, 9 already in
     *                   the model"
     * @param change     creates the change for an editing domain (not yet executed), or
     *                   {@code null} when the data changes nothing
     */
    public ImportPlan(int rows, List<Rejection> rejections, String summary, Function<EditingDomain, Command> change) {
        this(rows, rejections, rejections.size(), summary, change);
    }

    /**
     * For an importer that lists only the first of many rejected rows.
     *
     * @param rows          the number of data rows read
     * @param rejections    the rejected rows listed, in file order
     * @param rejectedCount the number of rejected rows, at least {@code rejections.size()}
     * @param summary       one line for the user
     * @param change        creates the change for an editing domain, or {@code null} when the data
     *                      changes nothing
     */
    public ImportPlan(int rows, List<Rejection> rejections, int rejectedCount, String summary,
            Function<EditingDomain, Command> change) {
        if (rejectedCount < rejections.size() || summary == null) {
            throw new IllegalArgumentException(String.valueOf(summary));
        }
        this.rows = rows;
        this.rejections = List.copyOf(rejections);
        this.rejectedCount = rejectedCount;
        this.summary = summary;
        this.change = change;
    }

    /** @return the number of data rows read */
    public int rows() {
        return rows;
    }

    /** @return the rejected rows listed, in file order */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** @return the number of rejected rows (may be more than are listed) */
    public int rejectedCount() {
        return rejectedCount;
    }

    /** @return one line for the user saying what the import does or would do */
    public String summary() {
        return summary;
    }

    /** @return whether no row was rejected, so that the plan can be applied */
    public boolean accepted() {
        return rejectedCount == 0;
    }

    /** @return whether the data changes the model (when accepted) */
    public boolean changes() {
        return change != null;
    }

    /** @return whether {@link #apply(Resource)} or {@link Importers#apply} changed the model and saved it */
    public boolean applied() {
        return applied;
    }

    /**
     * Creates the change for an editing domain, for example the workbench editor's, to execute on
     * its command stack. Each call creates a new command.
     *
     * @param domain the editing domain of the model the plan was made for
     * @return the command, not yet executed
     * @throws IllegalStateException when a row was rejected or the data changes nothing
     */
    public Command command(EditingDomain domain) {
        Command command = !accepted() || change == null ? null : change.apply(domain);
        if (command == null) {
            throw new IllegalStateException(Messages.import_nothingToApply);
        }
        return command;
    }

    /**
     * Applies the plan to the model file it was made for, all or nothing: when no row was rejected
     * and the data changes something, executes the change on the command stack of the model's
     * editing domain (a new one when it has none) and saves the file atomically. When a row was
     * rejected or nothing changes, the model and its file are left exactly as they were.
     *
     * @param resource the loaded model file whose model the plan was made for
     * @return whether the model was changed and saved
     * @throws IOException when the change cannot be executed or the file cannot be saved; the
     *                     change is then undone and the file on disk is unchanged
     */
    public boolean apply(Resource resource) throws IOException {
        if (!accepted() || change == null) {
            return false;
        }
        EditingDomain domain = ModelChanges.domain(ModelChanges.model(resource));
        ModelChanges.executeAndSave(resource, domain, command(domain));
        applied = true;
        return true;
    }

    void markApplied() {
        applied = true;
    }
}
