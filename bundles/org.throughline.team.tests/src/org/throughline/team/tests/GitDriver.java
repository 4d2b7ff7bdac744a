// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.team.internal.DiffCommand;
import org.throughline.team.internal.MergeCommand;
import org.throughline.team.internal.OutlineCommand;

/**
 * The commands Git runs (merge driver, diff textconv) in a plain JVM, for tests with the real git
 * binary: the test runtime cannot be started again from git as the product can.
 */
public final class GitDriver {

    private GitDriver() {
    }

    /** @param arguments a command (merge, diff, outline) and its arguments */
    public static void main(String[] arguments) {
        CliCommand command = switch (arguments[0]) {
        case "merge" -> new MergeCommand(); //$NON-NLS-1$
        case "diff" -> new DiffCommand(); //$NON-NLS-1$
        default -> new OutlineCommand();
        };
        CliContext context = new CliContext(System.out, System.err, Path.of("").toAbsolutePath(), false); //$NON-NLS-1$
        int exitCode;
        try {
            exitCode = command.run(context, List.of(Arrays.copyOfRange(arguments, 1, arguments.length)));
        } catch (CliException e) {
            System.err.println("throughline: " + e.getMessage()); //$NON-NLS-1$
            exitCode = e.exitCode();
        }
        System.out.flush();
        System.exit(exitCode);
    }
}
