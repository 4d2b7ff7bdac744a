// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.io.IOException;
import java.nio.file.Path;

import org.throughline.model.api.AtomicFiles;
import org.throughline.exchange.internal.WorkbookExporter;
import org.throughline.model.Model;

/**
 * Writes a model as an XLSX workbook that a delivery unit can take into a stocktake and open
 * in any spreadsheet program.
 * <p>
 * The workbook holds, in this order:
 * <ul>
 * <li>{@value #ABOUT_SHEET}: the model's name, id and version, when the workbook was written,
 * and how to bring edited observations back;</li>
 * <li>{@value #OBSERVATIONS_SHEET}: one row per observation, with the columns
 * {@link ObservationImport#COLUMNS} (indicator id, indicator name, date, value, source, note).
 * Add or correct rows there, save, and run {@code throughline import-observations} (or
 * {@link ObservationImport}) to bring them into the model;</li>
 * <li>a sheet per element type (named after the type, such as {@code Indicator} or
 * {@code Link}): one row per element with its id, name, description, every attribute, each
 * reference as ids and as names, the element it is part of, and its user properties as
 * {@code property: KEY} columns;</li>
 * <li>a sheet per kind of part that has no identity of its own (trajectory points, assessment
 * criteria), each row naming the element it belongs to.</li>
 * </ul>
 * Text from the model is always written as text, never as a formula, whatever it starts with.
 * A cell holds at most {@value #MAX_CELL_TEXT} characters (the spreadsheet limit); longer text
 * is cut and ends with an ellipsis. The workbook is written row by row (memory does not grow
 * with the number of rows) and replaces the target file atomically: a failure leaves any
 * previous file untouched.
 */
public final class Workbooks {

    /**
     * The id of the workbook exporter in {@link Exporters}, which writes this workbook.
     *
     * @since 0.1
     */
    public static final String EXPORTER_ID = "workbook"; //$NON-NLS-1$

    /** The name of the sheet that describes the workbook. */
    public static final String ABOUT_SHEET = "About"; //$NON-NLS-1$

    /** The name of the sheet of observations, which {@link ObservationImport} reads back. */
    public static final String OBSERVATIONS_SHEET = "Observations"; //$NON-NLS-1$

    /** The most characters a cell holds (the limit of Excel and LibreOffice). */
    public static final int MAX_CELL_TEXT = 32_767;

    private Workbooks() {
    }

    /**
     * Writes the workbook of a model.
     *
     * @param model the model, not modified
     * @param out   the {@code .xlsx} file to write; replaced if it exists
     * @throws IOException when the file cannot be written; a previous file is then unchanged
     *                     and no partial file is left behind
     */
    public static void write(Model model, Path out) throws IOException {
        AtomicFiles.writeFile(out, temporary -> new WorkbookExporter().write(model, temporary, null));
    }
}
