// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.internal;

import java.util.Locale;

/** Writes SVG markup: escaped text, deterministic numbers. */
public final class Svg {

    private final StringBuilder out;

    /** A writer for a diagram: room for a large drawing from the start. */
    public Svg() {
        this(64 * 1024);
    }

    /** @param capacity the characters to make room for at first (more as needed) */
    public Svg(int capacity) {
        out = new StringBuilder(capacity);
    }

    /**
     * @param text any text
     * @return it escaped for XML text and attribute values, without characters XML forbids
     */
    public static String escape(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        int first = 0;
        // Most text needs nothing: it is returned as it is.
        while (first < text.length() && isPlain(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length() + 16);
        result.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> result.append("&amp;"); //$NON-NLS-1$
                case '<' -> result.append("&lt;"); //$NON-NLS-1$
                case '>' -> result.append("&gt;"); //$NON-NLS-1$
                case '"' -> result.append("&quot;"); //$NON-NLS-1$
                case '\'' -> result.append("&#39;"); //$NON-NLS-1$
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        result.append(c);
                    }
                }
            }
        }
        return result.toString();
    }

    /** @return whether {@link #escape(String)} keeps the character as it is */
    private static boolean isPlain(char c) {
        return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' : c == '\t';
    }

    /**
     * @param value a number
     * @return it with at most one decimal, the same on every machine
     */
    public static String number(double value) {
        StringBuilder text = new StringBuilder(12);
        number(text, value);
        return text.toString();
    }

    /** Appends the number as {@link #number(double)} writes it, straight into the text (charts and diagrams write thousands). */
    private static void number(StringBuilder text, double value) {
        long tenths = Math.round(value * 10);
        if (tenths > -EXACT && tenths < EXACT) {
            if (tenths % 10 == 0) {
                text.append(tenths / 10);
            } else {
                // As %.1f writes it.
                text.append(tenths < 0 ? "-" : "").append(Math.abs(tenths) / 10).append('.').append(Math.abs(tenths) % 10); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return;
        }
        double rounded = tenths / 10.0;
        if (rounded == Math.rint(rounded)) {
            text.append((long) rounded);
        } else {
            text.append(String.format(Locale.ROOT, "%.1f", Double.valueOf(rounded))); //$NON-NLS-1$
        }
    }

    /** Below this many tenths or hundredths, a number and its digits are exactly what a double holds. */
    private static final long EXACT = 1_000_000_000_000_000L;

    /**
     * @param value a number between 0 and 1, such as an opacity
     * @return it with at most two decimals, the same on every machine
     */
    public static String decimal(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths > -EXACT && hundredths < EXACT) {
            if (hundredths % 100 == 0) {
                return Long.toString(hundredths / 100);
            }
            // As %.2f writes it, without its last zero.
            long magnitude = Math.abs(hundredths);
            String text = (hundredths < 0 ? "-" : "") + magnitude / 100 + (magnitude % 100 < 10 ? ".0" : ".") + magnitude % 100; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return text.endsWith("0") ? text.substring(0, text.length() - 1) : text; //$NON-NLS-1$
        }
        double rounded = hundredths / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.2f", Double.valueOf(rounded)) //$NON-NLS-1$
                .replaceAll("0$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param colour a colour as written in a viewpoint
     * @return it if it is a {@code #rgb} or {@code #rrggbb} colour, else a neutral grey
     */
    public static String colour(String colour) {
        if (colour == null || colour.length() != 4 && colour.length() != 7 || colour.charAt(0) != '#') {
            return "#888888"; //$NON-NLS-1$
        }
        for (int i = 1; i < colour.length(); i++) {
            char c = colour.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return "#888888"; //$NON-NLS-1$
            }
        }
        return colour.toLowerCase(Locale.ROOT);
    }

    /**
     * @param markup markup to append as is
     * @return this
     */
    public Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * @param text text to append escaped
     * @return this
     */
    public Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    /**
     * @param value a number to append, as {@link #number(double)} writes it
     * @return this
     */
    public Svg num(double value) {
        number(out, value);
        return this;
    }

    /**
     * @param value a number to append
     * @return this
     */
    public Svg num(Object value) {
        if (value instanceof Number n) {
            number(out, n.doubleValue());
        } else {
            out.append(escape(String.valueOf(value)));
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
