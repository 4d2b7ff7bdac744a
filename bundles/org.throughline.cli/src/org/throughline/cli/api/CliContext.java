// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a {@link CliCommand} needs from the process it runs in.
 *
 * @param out              where results go (standard output)
 * @param err              where one-line errors and warnings go (standard error)
 * @param workingDirectory where the user ran the command; relative paths resolve against it
 * @param debug            {@code true} when the user asked for {@code --debug}: commands may
 *                         then print stack traces and extra detail on {@link #err()}
 */
public record CliContext(PrintStream out, PrintStream err, Path workingDirectory, boolean debug) {

    /**
     * Resolves a path the user typed against the working directory.
     *
     * @param userPath a path as typed, absolute or relative
     * @return the absolute, normalised path
     */
    public Path resolve(String userPath) {
        return workingDirectory.resolve(userPath).toAbsolutePath().normalize();
    }
}
