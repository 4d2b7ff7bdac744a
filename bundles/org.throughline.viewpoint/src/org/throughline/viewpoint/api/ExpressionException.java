// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.api;

/** A viewpoint expression that cannot be parsed or failed to evaluate. */
public class ExpressionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String expression;
    private final String reason;

    /**
     * @param expression the expression text
     * @param reason     what is wrong, in a few words (no location prefix)
     * @param cause      the underlying failure, or {@code null}
     */
    public ExpressionException(String expression, String reason, Throwable cause) {
        super(reason, cause);
        this.expression = expression;
        this.reason = reason;
    }

    /** @return the expression text */
    public String expression() {
        return expression;
    }

    /** @return what is wrong, in a few words */
    public String reason() {
        return reason;
    }
}
