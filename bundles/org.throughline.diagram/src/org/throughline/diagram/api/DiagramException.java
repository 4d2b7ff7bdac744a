// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

/** A diagram that cannot be made; the message is one sentence naming the mapping and expression at fault. */
public class DiagramException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence for the user
     * @param cause   the underlying failure, or {@code null}
     */
    public DiagramException(String message, Throwable cause) {
        super(message, cause);
    }
}
