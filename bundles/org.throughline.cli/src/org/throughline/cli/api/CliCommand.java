// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

import java.util.List;

/**
 * A sub-command of the headless command line, such as {@code validate} or {@code report}.
 * <p>
 * Contributed through the extension point {@code org.throughline.cli.commands}; the class is
 * created only when the user runs the command. Implementations print results on
 * {@link CliContext#out()} and return an {@link ExitCode}; to stop with a one-line message they
 * throw {@link CliException}. They never call {@link System#exit(int)}.
 */
public interface CliCommand {

    /**
     * Runs the command.
     *
     * @param context   where to write and where relative paths start
     * @param arguments the arguments after the command's name, as the user typed them
     * @return an exit code, one of the constants of {@link ExitCode}
     * @throws CliException to stop with a one-line message and the exception's exit code
     */
    int run(CliContext context, List<String> arguments) throws CliException;

    /**
     * Returns how to use the command, shown by {@code throughline help NAME}: a synopsis line,
     * then the options, one per line.
     *
     * @return the usage text, never {@code null}
     */
    String usage();
}
