// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;
import org.throughline.model.internal.extensions.Messages;

/**
 * Runs one contribution of a plugin (a validation rule, an analysis, a report section, an
 * importer or exporter, a command) so that whatever it does, the caller goes on: on a daemon
 * thread of its own with a time limit, and a contribution that throws, never answers, cannot be
 * created or gives no answer is a failed run with one sentence that names it. The one way every
 * Throughline registry runs what plugins contribute.
 *
 * <pre>
 * Isolation.Outcome&lt;Result&gt; outcome = Isolation.run(() -&gt; analysis.run(input), Duration.ofSeconds(30),
 *         "the analysis \"Weak links\" (from org.example)", "the other analyses ran");
 * if (outcome.failed()) {
 *     System.err.println(outcome.failure());
 * }
 * </pre>
 */
public final class Isolation {

    /** What a contribution does; anything it throws makes a failed run. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @return the contribution's answer; {@code null} is a failed run ("gave no answer")
         * @throws Exception anything: a failed run
         */
        T call() throws Exception;
    }

    /**
     * How a run ended: an answer, or one sentence that says which contribution failed and how.
     *
     * @param value   the answer, or {@code null} when the run failed
     * @param failure the sentence, or {@code null} when the run answered
     * @param cause   what the contribution threw, or {@code null}
     * @param <T>     the answer's type
     */
    public record Outcome<T>(T value, String failure, Throwable cause) {

        /** @return whether the run failed */
        public boolean failed() {
            return failure != null;
        }

        /**
         * Passes on a failure of a kind the caller handles itself (such as an importer's
         * {@link java.io.IOException} for bad data).
         *
         * @param type the kind of exception
         * @param <X>  its type
         * @return this outcome, when its cause is not of that kind
         * @throws X the cause, when it is of that kind
         */
        public <X extends Exception> Outcome<T> rethrow(Class<X> type) throws X {
            if (type.isInstance(cause)) {
                throw type.cast(cause);
            }
            return this;
        }
    }

    /** No time limit: for work the user waits on and can stop (a command). */
    public static final Duration NO_LIMIT = Duration.ZERO;

    private Isolation() {
    }

    /**
     * Runs a contribution's work and waits for it at most the time limit.
     *
     * @param work       what the contribution does, including creating it
     * @param limit      how long to wait ({@link #NO_LIMIT}: as long as it takes)
     * @param who        the contribution for the user, such as {@code the rule chain.no-owner
     *                   (from org.example)}
     * @param afterwards what the user may rely on after a failure, such as {@code the other
     *                   rules ran} or {@code the model is unchanged}
     * @param expected   kinds of exception that are the contribution's way to refuse input: they
     *                   make a failed run that is not logged, for the caller to
     *                   {@link Outcome#rethrow(Class) pass on}
     * @param <T>        the answer's type
     * @return the outcome; never throws for what the contribution did (but for the JVM's own
     *         failures such as running out of memory)
     */
    @SafeVarargs
    public static <T> Outcome<T> run(Work<T> work, Duration limit, String who, String afterwards,
            Class<? extends Exception>... expected) {
        FutureTask<T> task = new FutureTask<>(work::call);
        Thread worker = new Thread(task, "Throughline " + who); //$NON-NLS-1$
        // A daemon, so that one that never answers can be abandoned.
        worker.setDaemon(true);
        worker.start();
        try {
            T value = limit.isZero() ? task.get() : task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (value == null) {
                return new Outcome<>(null, Messages.bind(Messages.isolation_noAnswer, who, afterwards), null);
            }
            return new Outcome<>(value, null, null);
        } catch (TimeoutException e) {
            task.cancel(true);
            long seconds = Math.max(1, (limit.toMillis() + 999) / 1000);
            return new Outcome<>(null, Messages.bind(Messages.isolation_tooSlow, new Object[] { who, Long.valueOf(seconds), afterwards }),
                    null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome<>(null, Messages.bind(Messages.isolation_interrupted, who, afterwards), e);
        } catch (ExecutionException e) {
            return failed(e.getCause(), who, afterwards, expected);
        }
    }

    @SafeVarargs
    private static <T> Outcome<T> failed(Throwable cause, String who, String afterwards, Class<? extends Exception>... expected) {
        if (cause instanceof VirtualMachineError fatal && !(cause instanceof StackOverflowError)) {
            throw fatal;
        }
        for (Class<? extends Exception> type : expected) {
            if (type.isInstance(cause)) {
                return new Outcome<>(null, cause.getMessage() == null ? reason(cause) : cause.getMessage(), cause);
            }
        }
        try {
            ILog.of(Isolation.class).error(Messages.bind(Messages.isolation_logEntry, who), cause);
        } catch (RuntimeException | LinkageError noPlatform) {
            // Outside a running platform there is no log; the failure is still in the outcome.
        }
        return new Outcome<>(null, Messages.bind(Messages.isolation_failed, new Object[] { who, reason(cause), afterwards }), cause);
    }

    /**
     * @param failure what a contribution threw
     * @return its kind and message, such as {@code IllegalStateException: no owner}
     */
    public static String reason(Throwable failure) {
        Throwable shown = failure;
        // Creating a contribution wraps what its constructor threw; the user wants the latter.
        while ((shown instanceof java.lang.reflect.InvocationTargetException || shown instanceof org.eclipse.core.runtime.CoreException)
                && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        return message == null || message.isBlank() ? shown.getClass().getSimpleName()
                : shown.getClass().getSimpleName() + ": " + message; //$NON-NLS-1$
    }
}
