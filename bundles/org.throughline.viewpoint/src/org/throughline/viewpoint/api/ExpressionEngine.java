// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.throughline.viewpoint.internal.Memo;
import org.throughline.viewpoint.internal.SandboxPermissions;

/**
 * Parses viewpoint expressions: Apache Commons JEXL in a sandbox. Expressions read the model and
 * compute values; they cannot create objects, change the model, reach classes, files, the network
 * or processes, loop or define functions; a refused call is an error, never a silent {@code null}.
 * Evaluation is strict: an unknown feature is an error, not {@code null}, and so is a
 * {@code null} in the middle of a path unless navigated safely ({@code self.owner?.holder?.name}). The helper
 * functions are those of {@link ExpressionFunctions}, under the prefix {@code tl:}.
 */
public final class ExpressionEngine {

    private static final JexlEngine JEXL = new JexlBuilder()
            .permissions(SandboxPermissions.INSTANCE)
            .features(new JexlFeatures().newInstance(false).loops(false).lambda(false).sideEffect(false).sideEffectGlobal(false)
                    .importPragma(false).pragma(false).namespacePragma(false).annotation(false).script(false).localVar(false))
            .namespaces(Map.of("tl", ExpressionFunctions.INSTANCE)) //$NON-NLS-1$
            .strict(true).safe(false).silent(false).cache(512).create();

    /**
     * Expressions parsed before, by their text: a viewpoint's few expressions are evaluated for
     * every diagram drawn from it, and JEXL's parse (which looks up its caller's stack) costs more
     * than many evaluations. Forgotten whole when it grows past {@link #PARSED_KEPT}.
     */
    private static final Map<String, Expression> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_KEPT = 4096;

    private ExpressionEngine() {
    }

    /**
     * @param text an expression
     * @return the parsed expression
     * @throws ExpressionException when it cannot be parsed or uses a refused feature
     */
    public static Expression parse(String text) throws ExpressionException {
        if (text == null || text.isBlank()) {
            throw new ExpressionException(String.valueOf(text), "the expression is empty", null); //$NON-NLS-1$
        }
        Expression parsed = PARSED.get(text);
        if (parsed != null) {
            return parsed;
        }
        try {
            parsed = new Expression(text, JEXL.createExpression(text));
            if (PARSED.size() >= PARSED_KEPT) {
                PARSED.clear();
            }
            PARSED.put(text, parsed);
            return parsed;
        } catch (JexlException e) {
            throw new ExpressionException(text, reason(e), e);
        }
    }

    /**
     * Work that may fail.
     *
     * @param <T> its result
     * @param <E> its failure
     */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        /**
         * @return the result
         * @throws E when it fails
         */
        T run() throws E;
    }

    /**
     * Runs many evaluations over a model that does not change meanwhile (one interpretation of a
     * diagram, say): the helper functions then remember what they computed, such as every element
     * of a class or who refers to an element, so that the evaluations together cost little more
     * than one walk of the model. Nested calls share the outer one's memory; it is forgotten when
     * the outermost call returns. The model must not change during the work.
     *
     * @param work the evaluations
     * @param <T>  their result
     * @param <E>  their failure
     * @return the work's result
     * @throws E when the work fails
     */
    public static <T, E extends Exception> T unchanging(Work<T, E> work) throws E {
        boolean outermost = Memo.start();
        try {
            return work.run();
        } finally {
            if (outermost) {
                Memo.stop();
            }
        }
    }

    /**
     * What several threads working over one model that does not change remember together (see
     * {@link ExpressionEngine#unchanging(Memory, Work)}).
     *
     * @since 0.4
     */
    public static final class Memory {
        private final Map<Object, Object> remembered = new ConcurrentHashMap<>();
    }

    /**
     * Like {@link #unchanging(Work)}, on one of several threads that share their memory: work
     * split between threads over the same unchanging model (a report drawing its diagrams on every
     * core) then walks the model once for every element of a class, not once per thread.
     *
     * @param memory what the threads remember, the same for each
     * @param work   the evaluations
     * @param <T>    their result
     * @param <E>    their failure
     * @return the work's result
     * @throws E when the work fails
     * @since 0.4
     */
    public static <T, E extends Exception> T unchanging(Memory memory, Work<T, E> work) throws E {
        boolean outermost = Memo.start(memory.remembered);
        try {
            return work.run();
        } finally {
            if (outermost) {
                Memo.stop();
            }
        }
    }

    /** @return the reason of a JEXL failure without its location prefix */
    static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        // JEXL prefixes "class.method:line@line:column " to its messages.
        return message.replaceFirst("^\\S*@\\d+:\\d+\\s*", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
