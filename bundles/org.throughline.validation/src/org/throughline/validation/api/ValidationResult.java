// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.api;

import java.util.List;

/**
 * The outcome of validating one model.
 *
 * @param findings    the findings that count, most serious first, then in model order
 * @param suppressed  findings a user suppressed, with the recorded reasons
 * @param failedRules one sentence for each rule that threw or ran too long (the others ran)
 * @param rulesRun    how many rules ran
 */
public record ValidationResult(List<Finding> findings, List<Finding> suppressed, List<String> failedRules, int rulesRun) {

    /**
     * @param severity a severity
     * @return how many findings are at least that serious
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * @param threshold a severity
     * @return whether any finding is at least that serious
     */
    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
