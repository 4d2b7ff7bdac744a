// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.throughline.cli.internal.Messages;

/**
 * The options a command takes, and the one parser of them that every command uses, ours and
 * plugins': flags ({@code --list}), options with a value ({@code --out PATH}, given once or, when
 * repeatable, several times) and options with a value from a fixed list ({@code --format
 * text|json}); everything else is an operand (a file). An unknown option, an option without its
 * value and a value not in the list stop the command with exit code 2 and the same one sentence
 * in every command, which names the command and its help.
 *
 * <pre>
 * Options.Parsed parsed = Options.of("summary").flag("--list").choice("--format", "text", "json").value("--out")
 *         .parse(arguments);
 * String format = parsed.value("--format", "text");
 * </pre>
 */
public final class Options {

    private final String command;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, List<String>> allowed = new LinkedHashMap<>();

    private enum Kind { FLAG, VALUE, REPEATED }

    private Options(String command) {
        this.command = command;
    }

    /**
     * @param command the command's name, as the user types it (for the messages)
     * @return no options yet
     */
    public static Options of(String command) {
        return new Options(command);
    }

    /**
     * @param name an option without a value, such as {@code --list}
     * @return these options
     */
    public Options flag(String name) {
        kinds.put(name, Kind.FLAG);
        return this;
    }

    /**
     * @param name an option with a value, such as {@code --out}; given twice, the last counts
     * @return these options
     */
    public Options value(String name) {
        kinds.put(name, Kind.VALUE);
        return this;
    }

    /**
     * @param name an option with a value that may be given several times, such as {@code --layer}
     * @return these options
     */
    public Options repeatable(String name) {
        kinds.put(name, Kind.REPEATED);
        return this;
    }

    /**
     * @param name   an option whose value is one of a list, such as {@code --format}
     * @param values the values it takes
     * @return these options
     */
    public Options choice(String name, String... values) {
        kinds.put(name, Kind.VALUE);
        allowed.put(name, List.of(values));
        return this;
    }

    /** @return the options as a synopsis, such as {@code [--list] [--format text|json] [--out VALUE]} */
    public String synopsis() {
        List<String> parts = new ArrayList<>();
        kinds.forEach((name, kind) -> {
            if (kind == Kind.FLAG) {
                parts.add('[' + name + ']');
            } else {
                String value = allowed.containsKey(name) ? String.join("|", allowed.get(name)) : "VALUE"; //$NON-NLS-1$ //$NON-NLS-2$
                parts.add('[' + name + ' ' + value + (kind == Kind.REPEATED ? "]..." : "]")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        return String.join(" ", parts); //$NON-NLS-1$
    }

    /**
     * @param arguments the command's arguments
     * @return the options given and the operands, in order
     * @throws CliException with exit code {@link ExitCode#USAGE} for an unknown option, an option
     *                      without its value, or a value not in its list
     */
    public Parsed parse(List<String> arguments) throws CliException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            Kind kind = kinds.get(argument);
            if (kind == null) {
                if (argument.startsWith("-") && argument.length() > 1) { //$NON-NLS-1$
                    throw CliException.usage(Messages.bind(Messages.options_unknown, new Object[] { command, argument,
                            kinds.isEmpty() ? Messages.options_none : synopsis() }));
                }
                operands.add(argument);
            } else if (kind == Kind.FLAG) {
                flags.add(argument);
            } else {
                if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) { //$NON-NLS-1$
                    throw CliException.usage(Messages.bind(Messages.options_missingValue, argument, command));
                }
                String value = arguments.get(++i);
                List<String> choices = allowed.get(argument);
                if (choices != null && !choices.contains(value)) {
                    throw CliException.usage(Messages.bind(Messages.options_badValue, argument, String.join(", ", choices))); //$NON-NLS-1$
                }
                List<String> given = values.computeIfAbsent(argument, k -> new ArrayList<>());
                if (kind == Kind.VALUE) {
                    given.clear();
                }
                given.add(value);
            }
        }
        return new Parsed(values, flags, operands);
    }

    /**
     * The options given and the operands.
     *
     * @param values   the values of each option given, in order
     * @param flags    the flags given
     * @param operands what is not an option (files), in order
     */
    public record Parsed(Map<String, List<String>> values, Set<String> flags, List<String> operands) {

        /**
         * @param flag a flag
         * @return whether it was given
         */
        public boolean has(String flag) {
            return flags.contains(flag);
        }

        /**
         * @param option an option with a value
         * @return its value, or {@code null} when it was not given
         */
        public String value(String option) {
            List<String> given = values.get(option);
            return given == null || given.isEmpty() ? null : given.get(given.size() - 1);
        }

        /**
         * @param option   an option with a value
         * @param fallback what it is when not given
         * @return its value, or the fallback
         */
        public String value(String option, String fallback) {
            String value = value(option);
            return value == null ? fallback : value;
        }

        /**
         * @param option a repeatable option
         * @return every value given, in order
         */
        public List<String> all(String option) {
            return values.getOrDefault(option, List.of());
        }
    }
}
