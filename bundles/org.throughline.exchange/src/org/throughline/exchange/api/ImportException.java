// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.io.IOException;

/**
 * A data file that cannot be imported at all: missing, of the wrong kind, without the columns the
 * importer needs, too big. Rows that are merely wrong are not exceptions: they are the rejected
 * rows of an {@link ImportPlan}. The message is one sentence that names the file and says what is
 * wrong and, where it helps, what to do.
 *
 * @since 0.1
 */
public class ImportException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the file
     */
    public ImportException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the file
     * @param cause   the underlying failure
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
