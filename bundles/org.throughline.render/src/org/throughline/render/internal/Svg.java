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
        StringBuilder result = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
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

    /**
     * @param value a number
     * @return it with at most one decimal, the same on every machine
     */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", Double.valueOf(rounded)); //$NON-NLS-1$
    }

    /**
     * @param value a number between 0 and 1, such as an opacity
     * @return it with at most two decimals, the same on every machine
     */
    public static String decimal(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.2f", Double.valueOf(rounded)) //$NON-NLS-1$
                .replaceAll("0$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param colour a colour as written in a viewpoint
     * @return it if it is a {@code #rgb} or {@code #rrggbb} colour, else a neutral grey
     */
    public static String colour(String colour) {
        return colour != null && colour.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?") ? colour.toLowerCase(Locale.ROOT) : "#888888"; //$NON-NLS-1$ //$NON-NLS-2$
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
