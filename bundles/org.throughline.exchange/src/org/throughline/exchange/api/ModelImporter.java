// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.throughline.model.Model;

/**
 * Reads a data file into a model: implement it and contribute it to the extension point
 * {@code org.throughline.importers}.
 * <p>
 * An importer never changes the model itself. It reads and checks every row against the model
 * and returns an {@link ImportPlan}: the rows read, the rows rejected (each with its row number
 * and why), a one-line summary, and the change as an EMF command that {@link Importers} (or the
 * workbench, undoably) executes only when no row was rejected. So an import is all or nothing.
 * <p>
 * An instance is created for each import; it may run on a worker thread, and is abandoned when
 * it does not answer within the time limit of {@link Importers}, so it must only read the model.
 *
 * @since 0.1
 */
public interface ModelImporter {

    /**
     * Reads and checks a data file against a model, without changing either.
     *
     * @param model   the model the rows are for; only read
     * @param data    the file to read, with one of the extensions the contribution declares
     * @param monitor progress and cancellation, never {@code null}; an importer of long files
     *                checks {@link IProgressMonitor#isCanceled()} now and then
     * @return the plan: rows, rejected rows, summary and the change
     * @throws ImportException when the file cannot be imported at all (missing, of the wrong
     *                         kind, without the needed columns); one sentence naming the file
     */
    ImportPlan check(Model model, Path data, IProgressMonitor monitor) throws ImportException;
}
