// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.util.List;
import java.util.Optional;

import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;

/** {@code throughline help [COMMAND]}: lists the commands, or shows how to use one. */
public final class HelpCommand implements CliCommand {

    static final String NAME = "help"; //$NON-NLS-1$

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        CommandRegistry registry = CommandRegistry.fromExtensions();
        if (arguments.size() > 1) {
            throw CliException.usage(Messages.help_tooManyArguments);
        }
        if (arguments.size() == 1) {
            String name = arguments.get(0);
            Optional<CommandDescriptor> descriptor = registry.find(name);
            if (descriptor.isEmpty()) {
                throw CliException.usage(Messages.bind(Messages.dispatcher_unknownCommand, name));
            }
            context.out().println(descriptor.get().summary());
            context.out().println();
            context.out().println(descriptor.get().factory().get().usage());
            return ExitCode.OK;
        }
        context.out().println(Messages.help_header);
        context.out().println();
        int width = registry.commands().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (CommandDescriptor command : registry.commands()) {
            context.out().printf("  %-" + width + "s  %s%n", command.name(), command.summary()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        context.out().println();
        context.out().println(Messages.help_footer);
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return Messages.help_usage;
    }
}
