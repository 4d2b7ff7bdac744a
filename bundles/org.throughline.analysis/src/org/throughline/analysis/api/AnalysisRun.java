// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

/**
 * One analysis as it ran: its answer, or why there is none. A contribution that throws, or
 * cannot be created, gives a failed run with a message for the user; the other analyses still
 * run.
 *
 * @param descriptor the analysis
 * @param result     its answer, or {@code null} when it failed
 * @param failure    one sentence saying why it failed, or {@code null} when it answered
 */
public record AnalysisRun(AnalysisDescriptor descriptor, AnalysisResult result, String failure) {

    /** @return whether the analysis failed instead of answering */
    public boolean failed() {
        return failure != null;
    }
}
