// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.api;

/**
 * A viewpoint file that cannot be used: unreadable, not a viewpoint, or with a mapping or an
 * expression at fault. The message is one sentence that names the file and, where it applies,
 * the mapping and the expression.
 */
public class ViewpointLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence for the user
     * @param cause   the underlying failure, or {@code null}
     */
    public ViewpointLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
