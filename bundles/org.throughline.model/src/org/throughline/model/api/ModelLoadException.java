// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be loaded, with what a user needs to mend it: which file, where in
 * it, what is wrong and what to do. {@link #getMessage()} is one sentence for the user, for
 * example {@code "delivery.throughline:12:40: the element refers to 'L-7', which is not in the
 * file; remove the reference or restore the missing element."}
 */
public class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;
    private final String advice;

    /**
     * @param file    the file that failed to load
     * @param line    the line of the fault, or 0 when not known
     * @param column  the column of the fault, or 0 when not known
     * @param problem what is wrong, without a trailing full stop
     * @param advice  what the user can do, without a trailing full stop; may be empty
     * @param cause   the underlying exception, or {@code null}
     */
    public ModelLoadException(Path file, int line, int column, String problem, String advice, Throwable cause) {
        super(format(file, line, column, printable(problem), advice), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = printable(problem);
        this.advice = advice;
    }

    /** The longest problem text kept: a parser may quote a whole hostile attribute. */
    private static final int MAX_PROBLEM_LENGTH = 400;

    /**
     * Makes text quoted from a damaged file safe to show on one line: control and bidirectional
     * formatting characters become visible escapes ({@code \u0009}), and very long text is cut.
     */
    private static String printable(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_PROBLEM_LENGTH + 8));
        for (int i = 0; i < text.length() && out.length() < MAX_PROBLEM_LENGTH; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX_PROBLEM_LENGTH && text.length() > MAX_PROBLEM_LENGTH) {
            out.append('\u2026');
        }
        return out.toString();
    }

    private static String format(Path file, int line, int column, String problem, String advice) {
        StringBuilder message = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        message.append(": ").append(problem);
        if (advice != null && !advice.isEmpty()) {
            message.append("; ").append(advice);
        }
        return message.append('.').toString();
    }

    /** @return the file that failed to load */
    public Path file() {
        return file;
    }

    /** @return the line of the fault (1-based), or 0 when not known */
    public int line() {
        return line;
    }

    /** @return the column of the fault (1-based), or 0 when not known */
    public int column() {
        return column;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }

    /** @return what the user can do about it; may be empty */
    public String advice() {
        return advice;
    }
}
