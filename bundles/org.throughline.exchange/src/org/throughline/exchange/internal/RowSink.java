// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.util.List;

import org.throughline.exchange.api.ObservationImportException;

/** Receives the rows of a data file, sheet by sheet. */
public interface RowSink {

    /**
     * A new sheet starts; its first non-blank row is its header.
     *
     * @param name the sheet's name, or {@code null} for a CSV file
     */
    void sheet(String name);

    /**
     * @param number the row number as a spreadsheet shows it
     * @param cells  the row's cells, by column
     * @throws ObservationImportException to stop reading (the file is unusable as a whole)
     */
    void row(int number, List<Cell> cells) throws ObservationImportException;
}
