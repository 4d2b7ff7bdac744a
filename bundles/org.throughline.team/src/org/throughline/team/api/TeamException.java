// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.api;

/** A Git operation on a model repository that could not be done; the message says why, in one sentence. */
public final class TeamException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and where
     */
    public TeamException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and where
     * @param cause   the underlying failure
     */
    public TeamException(String message, Throwable cause) {
        super(message, cause);
    }
}
