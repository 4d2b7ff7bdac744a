// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

/**
 * A data file that cannot be read as observations at all: missing, binary, not UTF-8, not a
 * workbook, without the needed columns, too big. The message is one sentence that names the
 * file and says what is wrong.
 */
public class ObservationImportException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the file
     */
    public ObservationImportException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the file
     * @param cause   the underlying failure
     */
    public ObservationImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
