// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.throughline.cli.api.CliCommand;
import org.throughline.model.internal.extensions.Contributions;

/**
 * The sub-commands known to the command line, read from the extension point
 * {@code org.throughline.cli.commands}. Malformed contributions are skipped and remembered as
 * problems, so one bad plugin never hides the other commands.
 */
public final class CommandRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.throughline.cli.commands"; //$NON-NLS-1$

    private static final int DEFAULT_ORDER = 100;

    private final Map<String, CommandDescriptor> commands = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * Builds a registry from explicit descriptors (used by tests and by embedders).
     *
     * @param descriptors the commands; a repeated name is reported as a problem
     */
    public CommandRegistry(List<CommandDescriptor> descriptors) {
        descriptors.stream().sorted(Comparator.comparingInt(CommandDescriptor::order)
                .thenComparing(CommandDescriptor::name)).forEach(this::add);
    }

    /**
     * Reads the registry from the platform's extension registry.
     *
     * @return the registry; empty when no extension registry is running
     */
    public static CommandRegistry fromExtensions() {
        List<String> broken = new ArrayList<>();
        List<CommandDescriptor> found = Contributions.read(EXTENSION_POINT, "command", CommandRegistry::read, //$NON-NLS-1$
                CommandDescriptor::name, (name, contributor) -> Messages.bind(Messages.registry_duplicate, name),
                (contributor, reason) -> reason, broken);
        CommandRegistry registry = new CommandRegistry(found);
        registry.problems.addAll(0, broken);
        return registry;
    }

    private static CommandDescriptor read(IConfigurationElement element, String contributor) {
        String name = element.getAttribute("name"); //$NON-NLS-1$
        String summary = element.getAttribute("summary"); //$NON-NLS-1$
        if (name == null || !name.matches("[a-z][a-z0-9-]*") || element.getAttribute("class") == null) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException(Messages.bind(Messages.registry_malformed, contributor, name));
        }
        return new CommandDescriptor(name, summary == null ? "" : summary, Contributions.number(element, "order", DEFAULT_ORDER), //$NON-NLS-1$ //$NON-NLS-2$
                () -> create(element));
    }

    private static CliCommand create(IConfigurationElement element) {
        String cannotCreate = Messages.bind(Messages.registry_cannotCreate, element.getAttribute("name"), element.getContributor().getName()); //$NON-NLS-1$
        return Contributions.create(element, CliCommand.class, type -> cannotCreate, reason -> cannotCreate);
    }

    private void add(CommandDescriptor descriptor) {
        if (commands.putIfAbsent(descriptor.name(), descriptor) != null) {
            problems.add(Messages.bind(Messages.registry_duplicate, descriptor.name()));
        }
    }

    /** @return every command, in the order {@code help} lists them */
    public List<CommandDescriptor> commands() {
        return List.copyOf(commands.values());
    }

    /**
     * @param name what the user typed
     * @return the command of that name, if there is one
     */
    public Optional<CommandDescriptor> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** @return one sentence for each contribution that was skipped */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
