// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.internal;

import java.util.Locale;

/** Writes SVG markup: escaped text, deterministic numbers. */
public final class Svg {

    private final StringBuilder out = new StringBuilder(64 * 1024);

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
        long tenths = Math.round(value * 10);
        if (tenths > -EXACT && tenths < EXACT) {
            // The digits that the format below writes, without a formatter (charts and diagrams write thousands).
            return tenths % 10 == 0 ? Long.toString(tenths / 10) : decimals(tenths, 1);
        }
        double rounded = tenths / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", Double.valueOf(rounded)); //$NON-NLS-1$
    }

    /** Below this many tenths or hundredths, a number and its digits are exactly what a double holds. */
    private static final long EXACT = 1_000_000_000_000_000L;

    /** @return the whole number of tenths or hundredths written with that many decimals, as %.1f or %.2f writes it */
    private static String decimals(long parts, int places) {
        long unit = places == 1 ? 10 : 100;
        long magnitude = Math.abs(parts);
        StringBuilder text = new StringBuilder(24);
        if (parts < 0) {
            text.append('-');
        }
        text.append(magnitude / unit).append('.');
        long fraction = magnitude % unit;
        if (places == 2 && fraction < 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }

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
            String text = decimals(hundredths, 2);
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
        out.append(number(value));
        return this;
    }

    /**
     * @param value a number to append
     * @return this
     */
    public Svg num(Object value) {
        out.append(value instanceof Number n ? number(n.doubleValue()) : escape(String.valueOf(value)));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
