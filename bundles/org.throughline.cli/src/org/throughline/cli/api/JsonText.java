// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON for the command line's output, the one writer every command uses: maps keep their
 * order, lists and nested values are indented by two spaces, strings are escaped where JSON needs
 * it (quotes, backslashes, control characters, U+2028 and U+2029) and other characters are kept as
 * they are (the command line writes UTF-8), numbers and booleans as they are, anything else as its
 * {@code toString()}.
 *
 * <pre>
 * context.out().print(JsonText.write(Map.of("file", name, "count", Integer.valueOf(3))));
 * </pre>
 */
public final class JsonText {

    private JsonText() {
    }

    /**
     * @param value a map, list, string, number, boolean or {@code null}, nested as deep as needed
     * @return the JSON text, ending with a line break
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null"); //$NON-NLS-1$
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = ""; //$NON-NLS-1$
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append('\n').append("  ".repeat(depth + 1)); //$NON-NLS-1$
                string(String.valueOf(entry.getKey()), out);
                out.append(": "); //$NON-NLS-1$
                write(entry.getValue(), out, depth + 1);
                separator = ","; //$NON-NLS-1$
            }
            out.append(map.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append('}'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = ""; //$NON-NLS-1$
            for (Object item : list) {
                out.append(separator).append('\n').append("  ".repeat(depth + 1)); //$NON-NLS-1$
                write(item, out, depth + 1);
                separator = ","; //$NON-NLS-1$
            }
            out.append(list.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append(']'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '"' -> out.append("\\\""); //$NON-NLS-1$
            case '\\' -> out.append("\\\\"); //$NON-NLS-1$
            case '\n' -> out.append("\\n"); //$NON-NLS-1$
            case '\r' -> out.append("\\r"); //$NON-NLS-1$
            case '\t' -> out.append("\\t"); //$NON-NLS-1$
            default -> {
                if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                    out.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
                } else {
                    out.append(c);
                }
            }
            }
        }
        out.append('"');
    }
}
