// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of imported data, as read: its text, and for workbook cells the number, date,
 * formula or error it holds.
 *
 * @param text    the text (for numbers and dates, their plain writing); never {@code null}
 * @param number  the number of a numeric cell, or {@code null}
 * @param date    the date of a date-formatted numeric cell, or {@code null}
 * @param formula the formula of a formula cell (without {@code =}), or {@code null}
 * @param error   the error value of an error cell (such as {@code #REF!}), or {@code null}
 */
public record Cell(String text, BigDecimal number, LocalDate date, String formula, String error) {

    /** An empty cell. */
    public static final Cell EMPTY = new Cell("", null, null, null, null); //$NON-NLS-1$

    /**
     * @param text the text
     * @return a text cell
     */
    public static Cell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Cell(text, null, null, null, null);
    }

    /** @return whether the cell holds nothing but blanks */
    public boolean blank() {
        return text.isBlank() && number == null && date == null && formula == null && error == null;
    }
}
