// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.io.IOException;
import java.time.Duration;

import org.throughline.exchange.api.ContributionException;
import org.throughline.model.api.Isolation;

/**
 * Runs a contributed importer or exporter through {@link Isolation}, the one runner of
 * contributions, and turns a failed run into the exchange API's exceptions.
 */
public final class ContributionCalls {

    /** The work a contribution does. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @return the result
         * @throws IOException when the data or the file is at fault (passed on as it is)
         */
        T call() throws IOException;
    }

    private ContributionCalls() {
    }

    /**
     * @param work      what the contribution does
     * @param limit     how long to wait for it
     * @param who       the contribution for the user, such as "the importer "Observations"
     *                  (observations) from org.throughline.exchange"
     * @param unchanged what the user may rely on after a failure, such as "the model and its
     *                  file are unchanged"
     * @return what the work returned
     * @throws IOException           what the work threw as an {@link IOException}
     * @throws ContributionException when the work threw anything else, or did not answer in time
     */
    public static <T> T call(Work<T> work, Duration limit, String who, String unchanged) throws IOException {
        Isolation.Outcome<T> outcome = Isolation.run(work::call, limit, who, unchanged, IOException.class).rethrow(IOException.class);
        if (outcome.failed()) {
            throw new ContributionException(outcome.failure(), outcome.cause());
        }
        return outcome.value();
    }

    /**
     * @param who       the contribution for the user
     * @param unchanged what the user may rely on
     * @param failure   what went wrong after the contribution answered (applying its change)
     * @return the exception that says so in one sentence
     */
    public static ContributionException failed(String who, String unchanged, Throwable failure) {
        return new ContributionException(Messages.bind(Messages.contribution_failed, new Object[] {who, Isolation.reason(failure),
                unchanged}), failure);
    }
}
