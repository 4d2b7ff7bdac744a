// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

/**
 * Stops a command with a one-line message for the user and an exit code. The message says what
 * is wrong and, where it helps, what to do; it is printed on standard error without a stack
 * trace (unless the user asked for {@code --debug}).
 */
public class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode the exit code, usually {@link ExitCode#USAGE}
     * @param message  one sentence for the user
     * @param cause    the underlying failure, or {@code null}
     */
    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /**
     * Bad usage or input, exit code {@link ExitCode#USAGE}.
     *
     * @param message one sentence for the user
     * @return the exception to throw
     */
    public static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message, null);
    }

    /** @return the exit code the command line ends with */
    public int exitCode() {
        return exitCode;
    }
}
