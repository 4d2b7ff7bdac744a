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
     * @param cells   one value per column: text, a number (a {@link Quantity} when it has a
     *                unit), or {@code null} for a blank cell
     */
    public record Row(EObject element, List<Object> cells) {
    }

    /**
     * A number with its unit, such as an indicator's value: a number to machines (JSON, CSV, a
     * workbook) and to sorting, shown to people with its unit ("75%", "42.1 minutes").
     *
     * @since 0.2
     */
    public static final class Quantity extends Number {

        private static final long serialVersionUID = 1L;

        private final double value;

        private final String unit;

        /**
         * @param value the number
         * @param unit  its unit, or {@code null} or blank for none
         */
        public Quantity(double value, String unit) {
            this.value = value;
            this.unit = unit == null ? "" : unit.strip(); //$NON-NLS-1$
        }

        /**
         * @param value a number, or {@code null}
         * @param unit  its unit
         * @return the quantity, or {@code null} for no number
         */
        public static Quantity of(Number value, String unit) {
            return value == null ? null : new Quantity(value.doubleValue(), unit);
        }

        /** @return the unit, empty when there is none */
        public String unit() {
            return unit;
        }

        /**
         * @param unit a unit, or {@code null}
         * @return what follows a number in that unit: "%" directly, any other unit after a space,
         *         nothing for none
         */
        public static String suffix(String unit) {
            String stripped = unit == null ? "" : unit.strip(); //$NON-NLS-1$
            return stripped.isEmpty() ? "" : "%".equals(stripped) ? stripped : ' ' + stripped; //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public double doubleValue() {
            return value;
        }

        @Override
        public float floatValue() {
            return (float) value;
        }

        @Override
        public int intValue() {
            return (int) value;
        }

        @Override
        public long longValue() {
            return (long) value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Quantity quantity && Double.compare(value, quantity.value) == 0 && unit.equals(quantity.unit);
        }

        @Override
        public int hashCode() {
            return Double.hashCode(value) * 31 + unit.hashCode();
        }

        /** @return the number as {@link AnalysisResult#text(Object)} shows numbers, with its unit */
        @Override
        public String toString() {
            return text(Double.valueOf(value)) + suffix(unit);
        }
    }

    /**
     * A cell as people read it, the same in the command line's tables and the workbench: whole
     * numbers without decimals (grouped from a thousand), other numbers without trailing zeros,
     * a quantity with its unit, nothing for a blank cell.
     *
     * @param cell a value of {@link Row#cells()}
     * @return its text, never {@code null}
     */
    public static String text(Object cell) {
        if (cell == null) {
            return ""; //$NON-NLS-1$
        }
        if (cell instanceof Quantity quantity) {
            return quantity.toString();
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
