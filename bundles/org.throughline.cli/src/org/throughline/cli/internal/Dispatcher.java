// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.model.api.Isolation;
import org.throughline.model.api.ModelFragments;

/**
 * Turns the arguments of {@code throughline ...} into a run of one sub-command: finds the
 * command, runs it, and turns every failure into one line on standard error and an exit code.
 * Stack traces go to the platform log, or to standard error with {@code --debug}.
 */
public final class Dispatcher {

    static final String DEBUG_OPTION = "--debug"; //$NON-NLS-1$

    private final CommandRegistry registry;

    /** @param registry the commands to dispatch to */
    public Dispatcher(CommandRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs the command the arguments name.
     *
     * @param arguments        the command line after {@code throughline}
     * @param out              standard output
     * @param err              standard error
     * @param workingDirectory where relative paths start
     * @return the exit code
     */
    public int run(List<String> arguments, PrintStream out, PrintStream err, Path workingDirectory) {
        List<String> rest = new ArrayList<>(arguments);
        boolean debug = rest.remove(DEBUG_OPTION);
        CliContext context = new CliContext(out, err, workingDirectory, debug);
        if (debug) {
            registry.problems().forEach(problem -> err.println(Messages.bind(Messages.dispatcher_prefix, problem)));
        }
        if (rest.isEmpty()) {
            rest.add(HelpCommand.NAME);
        } else if ("--help".equals(rest.get(0)) || "-h".equals(rest.get(0))) { //$NON-NLS-1$ //$NON-NLS-2$
            rest.set(0, HelpCommand.NAME);
        } else if ("--version".equals(rest.get(0))) { //$NON-NLS-1$
            rest.set(0, VersionCommand.NAME);
        }
        String name = rest.remove(0);
        Optional<CommandDescriptor> descriptor = registry.find(name);
        if (descriptor.isEmpty()) {
            err.println(Messages.bind(Messages.dispatcher_prefix, Messages.bind(Messages.dispatcher_unknownCommand, name)));
            return ExitCode.USAGE;
        }
        // A command runs as long as it takes (the user can stop it); a plugin's command that throws
        // or cannot be created is a failed run, said in one sentence, like any other contribution.
        // A model whose fragment could not be read is still read, without that fragment's elements:
        // whichever command read it says so, and its results count as partial (exit code 2 at least).
        List<String> partial = java.util.Collections.synchronizedList(new ArrayList<>());
        Isolation.Outcome<Integer> outcome;
        try (AutoCloseable watching = ModelFragments.watch(problem -> {
            partial.add(problem);
            err.println(Messages.bind(Messages.dispatcher_prefix, Messages.bind(Messages.dispatcher_warning, problem)));
        })) {
            outcome = Isolation.run(() -> Integer.valueOf(descriptor.get().factory().get().run(context, List.copyOf(rest))),
                    Isolation.NO_LIMIT, Messages.bind(Messages.dispatcher_who, name), detailsWhere(), CliException.class);
        } catch (Exception notClosed) {
            throw new IllegalStateException(notClosed);
        }
        int code;
        if (outcome.cause() instanceof CliException e) {
            err.println(Messages.bind(Messages.dispatcher_prefix, e.getMessage()));
            if (debug && e.getCause() != null) {
                e.printStackTrace(err);
            }
            code = e.exitCode();
        } else if (outcome.failed()) {
            err.println(Messages.bind(Messages.dispatcher_prefix, outcome.failure()));
            if (debug && outcome.cause() != null) {
                outcome.cause().printStackTrace(err);
            }
            code = ExitCode.INTERNAL;
        } else {
            code = outcome.value().intValue();
        }
        if (!partial.isEmpty()) {
            err.println(Messages.bind(Messages.dispatcher_prefix,
                    Messages.bind(Messages.dispatcher_partial, Integer.valueOf(partial.size()))));
            return code == ExitCode.INTERNAL ? code : ExitCode.USAGE;
        }
        return code;
    }

    private static String detailsWhere() {
        try {
            IPath log = Platform.getLogFileLocation();
            return log == null ? Messages.dispatcher_rerunWithDebug : Messages.bind(Messages.dispatcher_seeLog, log.toOSString());
        } catch (RuntimeException | LinkageError noPlatform) {
            return Messages.dispatcher_rerunWithDebug;
        }
    }
}
