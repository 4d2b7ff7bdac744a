// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.util.List;
import java.util.Map;

/** Writes JSON values in ASCII: maps keep their order, strings are escaped, numbers and booleans as they are. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null"); //$NON-NLS-1$
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}"); //$NON-NLS-1$
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",").append('\n').append("  ".repeat(depth + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                string(String.valueOf(entry.getKey()), out);
                out.append(": "); //$NON-NLS-1$
                write(entry.getValue(), out, depth + 1);
                first = false;
            }
            out.append('\n').append("  ".repeat(depth)).append('}'); //$NON-NLS-1$
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]"); //$NON-NLS-1$
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ",").append('\n').append("  ".repeat(depth + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                write(item, out, depth + 1);
                first = false;
            }
            out.append('\n').append("  ".repeat(depth)).append(']'); //$NON-NLS-1$
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
                    // Non-ASCII escaped too: the output is then the same bytes whatever the terminal's encoding.
                    if (c < 0x20 || c > 0x7e) {
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
