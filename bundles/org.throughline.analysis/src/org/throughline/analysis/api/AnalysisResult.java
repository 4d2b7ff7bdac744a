// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

/**
 * An analysis's answer: a headline, and a table whose rows each concern one element so that the
 * workbench can navigate to it and reports can link to it.
 *
 * @param headline one or two sentences that answer the question
 * @param columns  the column titles
 * @param rows     the rows, most important first
 */
public record AnalysisResult(String headline, List<String> columns, List<Row> rows) {

    /**
     * One row.
     *
     * @param element the element the row is about (may be {@code null})
     * @param cells   one value per column: text, a number, or {@code null} for a blank cell
     */
    public record Row(EObject element, List<Object> cells) {
    }

    /**
     * A cell as people read it, the same in the command line's tables and the workbench: whole
     * numbers without decimals (grouped from a thousand), other numbers without trailing zeros,
     * nothing for a blank cell.
     *
     * @param cell a value of {@link Row#cells()}
     * @return its text, never {@code null}
     */
    public static String text(Object cell) {
        if (cell == null) {
            return ""; //$NON-NLS-1$
        }
        if (cell instanceof Double || cell instanceof Float) {
            double number = ((Number) cell).doubleValue();
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return whole((long) number);
            }
            return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : ""; //$NON-NLS-1$
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return whole(((Number) cell).longValue());
        }
        return String.valueOf(cell);
    }

    private static String whole(long number) {
        return Math.abs(number) >= 1_000 ? String.format(Locale.ROOT, "%,d", Long.valueOf(number)) : Long.toString(number); //$NON-NLS-1$
    }
}
