// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

/**
 * The exit codes of the command line, the same for every command so that CI pipelines can rely
 * on them.
 */
public final class ExitCode {

    /** The command did what was asked and found nothing wrong. */
    public static final int OK = 0;

    /** The command ran, and the model has problems (for example validation errors). */
    public static final int PROBLEMS = 1;

    /**
     * Bad usage or bad input: an unknown command or option, a missing or unreadable file. Also
     * the code of a command that read a model kept in fragments without a fragment it could not
     * read: its results, printed for the rest of the model, are partial.
     */
    public static final int USAGE = 2;

    /**
     * A contribution failed: a validation rule, analysis, report section, importer, exporter or
     * command (ours or a plugin's) threw, passed its time limit, could not be created or was
     * skipped as malformed. Whatever the others produced is still written, and each failure is
     * said in one sentence (on standard error, and in the JSON and SARIF output where there is
     * one). Also the code of a defect in Throughline itself.
     */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
