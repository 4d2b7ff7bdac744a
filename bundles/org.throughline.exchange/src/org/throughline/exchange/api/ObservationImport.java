// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.exchange.internal.ModelChanges;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;

/**
 * Imports indicators' observations from a CSV file or an XLSX workbook, all or nothing.
 * <p>
 * The data has a header row naming its columns, in any order: {@code indicator id} and/or
 * {@code indicator name}, {@code date}, {@code value}, and optionally {@code source} and
 * {@code note} (the {@value Workbooks#OBSERVATIONS_SHEET} sheet written by {@link Workbooks}
 * has exactly these, see {@link #COLUMNS}). A workbook is read from its sheet named
 * {@value Workbooks#OBSERVATIONS_SHEET} (and its continuations), or from its only sheet. A CSV
 * file is UTF-8, separated by commas (or semicolons or tabs, as its header row shows).
 * <ul>
 * <li>The indicator is given by its id or, when the id is empty, by its exact name, which must
 * be unique; when both are given they must agree.</li>
 * <li>Dates are {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, or date cells in a workbook; values
 * are numbers with a dot for decimals. Sources and notes are plain text (no formulas) of at
 * most {@value #MAX_TEXT} characters.</li>
 * <li>A row identical in indicator, date and value to an observation already in the model (or
 * to an earlier row) is skipped and counted; one with the same indicator and date but a
 * different value is rejected.</li>
 * </ul>
 * Every row is checked before anything changes. If any row is rejected, nothing is applied and
 * the {@link ImportResult} lists every rejected row with its number and the reason. Otherwise
 * the new observations are added by one EMF command (one undoable step in the workbench) and,
 * through {@link #apply(Resource, Path, IProgressMonitor)}, saved with {@link ModelFiles#save}.
 * <p>
 * This is also the importer {@value #IMPORTER_ID} contributed to {@code org.throughline.importers}
 * (see {@link Importers}), which reads the file by {@link #check} and applies the same
 * {@link ImportResult#toPlan() plan}.
 * A file that cannot be read as observations at all (binary, not UTF-8, no header, more than
 * {@value #MAX_ROWS} rows…) raises an {@link ObservationImportException} that says why.
 */
public final class ObservationImport {

    /** The columns of the observations sheet, as {@link Workbooks} writes them and this class reads them. */
    public static final List<String> COLUMNS = List.of("indicator id", "indicator name", "date", "value", "source", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /**
     * The id of the observations importer in {@link Importers}.
     *
     * @since 0.1
     */
    public static final String IMPORTER_ID = "observations"; //$NON-NLS-1$

    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 1_000_000;

    /** The most characters of a source or a note. */
    public static final int MAX_TEXT = 10_000;

    private ObservationImport() {
    }

    /**
     * Reads and checks observations against a model without changing it (a dry run).
     *
     * @param model   the model whose indicators the rows name
     * @param data    a {@code .csv} or {@code .xlsx} file
     * @param monitor progress and cancellation, or {@code null}
     * @return what importing would do: the observations to add, the duplicates skipped, or the
     *         rejected rows
     * @throws ObservationImportException when the file cannot be read as observations at all
     */
    public static ImportResult check(Model model, Path data, IProgressMonitor monitor) throws ObservationImportException {
        return new ObservationChecker(model, data).check(monitor == null ? new NullProgressMonitor() : monitor);
    }

    /**
     * Checks the observations and, when every row is good, adds them to the model through the
     * command stack of its editing domain (a new one when it has none) and saves the model file
     * atomically. When a row is rejected, or nothing is new, the model and its file are left
     * exactly as they were.
     *
     * @param resource the loaded model file, whose root is a {@link Model}
     * @param data     a {@code .csv} or {@code .xlsx} file
     * @param monitor  progress and cancellation, or {@code null}
     * @return the result; {@link ImportResult#applied()} says whether the model was changed and saved
     * @throws ObservationImportException when the data cannot be read as observations at all
     * @throws IOException                when the model cannot be saved; the change is then undone
     *                                    and the file on disk is unchanged
     */
    public static ImportResult apply(Resource resource, Path data, IProgressMonitor monitor) throws IOException {
        ImportResult result = check(ModelChanges.model(resource), data, monitor);
        if (result.toPlan().apply(resource)) {
            result.markApplied();
        }
        return result;
    }
}
