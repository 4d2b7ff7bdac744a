// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.api;

/** How much a finding matters, most serious first. */
public enum Severity {
    /** The model is wrong, or delivery is at clear risk: fix before relying on it. */
    ERROR,
    /** Probably wrong, or a risk to delivery worth a look. */
    WARNING,
    /** Worth knowing; not necessarily wrong. */
    INFO;

    /**
     * @param other another severity
     * @return whether this is at least as serious as the other
     */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
