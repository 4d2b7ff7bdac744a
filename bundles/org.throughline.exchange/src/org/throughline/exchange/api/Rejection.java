// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

/**
 * A row of imported data that was rejected, and why.
 *
 * @param sheet  the workbook sheet the row is on, or {@code null} for a CSV file
 * @param row    the row number as a spreadsheet shows it (the header row is row 1 of a CSV file)
 * @param reason every problem found in the row, as one or more sentences for the user
 */
public record Rejection(String sheet, int row, String reason) {

    @Override
    public String toString() {
        return (sheet == null ? "row " : sheet + " row ") + row + ": " + reason; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
