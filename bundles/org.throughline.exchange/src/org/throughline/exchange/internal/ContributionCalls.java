// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;
import org.throughline.exchange.api.ContributionException;

/**
 * Runs a contributed importer or exporter on a thread of its own with a time limit, so that one
 * that throws or never answers is reported in one sentence and never stops the caller.
 */
public final class Isolation {

    /** The work a contribution does. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @return the result
         * @throws IOException when the data or the file is at fault (passed on as it is)
         */
        T call() throws IOException;
    }

    private Isolation() {
    }

    /**
     * @param work       what the contribution does
     * @param limit      how long to wait for it
     * @param who        the contribution for the user, such as "the importer "Observations"
     *                   (observations) from org.throughline.exchange"
     * @param unchanged  what the user may rely on after a failure, such as "the model and its
     *                   file are unchanged"
     * @return what the work returned
     * @throws IOException           what the work threw as an {@link IOException}
     * @throws ContributionException when the work threw anything else, or did not answer in time
     */
    public static <T> T call(Work<T> work, Duration limit, String who, String unchanged) throws IOException {
        FutureTask<T> task = new FutureTask<>(work::call);
        // A daemon thread of its own, so that one that never answers can be abandoned.
        Thread worker = new Thread(task, "Throughline " + who); //$NON-NLS-1$
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            long seconds = Math.max(1, (limit.toMillis() + 999) / 1000);
            throw new ContributionException(Messages.bind(Messages.contribution_tooSlow, new Object[] {who, Long.valueOf(seconds),
                    unchanged}), null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ContributionException(Messages.bind(Messages.contribution_interrupted, who, unchanged), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof Error error && !(cause instanceof LinkageError) && !(cause instanceof StackOverflowError)) {
                throw error;
            }
            throw failed(who, unchanged, cause);
        }
    }

    /**
     * @param who       the contribution for the user
     * @param unchanged what the user may rely on
     * @param failure   what it threw
     * @return the exception that says so in one sentence, the failure logged
     */
    public static ContributionException failed(String who, String unchanged, Throwable failure) {
        try {
            ILog.of(Isolation.class).error(Messages.bind(Messages.contribution_logEntry, who), failure);
        } catch (RuntimeException | LinkageError noPlatform) {
            // Outside a running platform there is no log; the failure is still in the exception.
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage(); //$NON-NLS-1$
        return new ContributionException(Messages.bind(Messages.contribution_failed, new Object[] {who, reason, unchanged}), failure);
    }
}
