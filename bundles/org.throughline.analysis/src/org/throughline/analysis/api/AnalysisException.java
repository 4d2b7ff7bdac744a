// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

/** An analysis cannot answer for this input; the message is one sentence for the user. */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message one sentence for the user */
    public AnalysisException(String message) {
        super(message);
    }
}
