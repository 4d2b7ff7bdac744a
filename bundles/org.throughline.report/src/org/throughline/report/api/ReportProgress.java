// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.api;

/**
 * Hears how far a report has got, for the command line's progress on standard error and the
 * workbench's progress monitor.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ReportProgress {

    /** Hears nothing. */
    ReportProgress NONE = (done, total, step) -> {
        // nothing to report to
    };

    /**
     * @param done  how many steps are done
     * @param total how many steps there are
     * @param step  what is being done now, for the user
     */
    void worked(int done, int total, String step);
}
