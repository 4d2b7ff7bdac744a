// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.util.List;
import java.util.Map;

/** JSON for diff and merge output: maps keep their order, strings are escaped. */
final class JsonText {

    private JsonText() {
    }

    static String write(Object value) {
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
