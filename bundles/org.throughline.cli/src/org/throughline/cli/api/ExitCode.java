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

    /** Bad usage or bad input: an unknown command or option, a missing or unreadable file. */
    public static final int USAGE = 2;

    /**
     * Throughline itself failed: a defect, or a plugin that threw. The message names the command
     * and where the details were logged.
     */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
