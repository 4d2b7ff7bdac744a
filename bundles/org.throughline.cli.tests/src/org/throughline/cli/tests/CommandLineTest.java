// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandDescriptor;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;

/** The headless command line as a user meets it: what it prints and the exit code. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CommandRegistry registry, String... arguments) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new Dispatcher(registry).run(List.of(arguments), o, e, Path.of("."));
        }
    }

    private int run(String... arguments) {
        return run(CommandRegistry.fromExtensions(), arguments);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheRegisteredCommandsWithTheirSummaries() {
        assertEquals(ExitCode.OK, run("help"));
        assertTrue(out().contains("help "), out());
        assertTrue(out().contains("version "), out());
        assertTrue(out().contains("Print the Throughline version"), "summary comes from plugin.properties: " + out());
        assertTrue(out().contains("Exit codes: 0"), out());
        assertEquals("", err());
    }

    @Test
    void helpForOneCommandShowsItsUsage() {
        assertEquals(ExitCode.OK, run("help", "version"));
        assertTrue(out().contains("Usage: throughline version"), out());
    }

    @Test
    void versionPrintsTheReleaseAndTheBuildId() {
        assertEquals(ExitCode.OK, run("version"));
        String first = out().lines().findFirst().orElse("");
        assertTrue(first.matches("Throughline 0\\.1\\.0 \\(build [0-9A-Za-z_-]+\\)"), first);
        assertTrue(out().contains("Java " + Runtime.version().feature()), out());
    }

    @Test
    void unknownCommandIsOneLineOnStandardErrorAndExitCodeTwo() {
        assertEquals(ExitCode.USAGE, run("frobnicate", "model.throughline"));
        assertEquals("", out());
        List<String> lines = err().lines().toList();
        assertEquals(1, lines.size(), err());
        assertTrue(lines.get(0).startsWith("throughline: unknown command 'frobnicate'"), lines.get(0));
        assertTrue(lines.get(0).contains("throughline help"), "tells the user what to do: " + lines.get(0));
    }

    @Test
    void badArgumentsToACommandAreReportedAsUsageErrors() {
        assertEquals(ExitCode.USAGE, run("version", "--frob"));
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void aCommandThatThrowsIsReportedInOneLineWithoutAStackTrace() {
        CommandRegistry registry = new CommandRegistry(List.of(descriptor("boom", new Failing())));
        assertEquals(ExitCode.INTERNAL, run(registry, "boom"));
        List<String> lines = err().lines().toList();
        assertEquals(1, lines.size(), err());
        assertTrue(lines.get(0).contains("the command 'boom' failed (IllegalStateException: disk on fire)"), lines.get(0));
        assertFalse(err().contains("at org.throughline"), "no stack trace without --debug");
    }

    @Test
    void debugShowsTheStackTrace() {
        CommandRegistry registry = new CommandRegistry(List.of(descriptor("boom", new Failing())));
        assertEquals(ExitCode.INTERNAL, run(registry, "boom", "--debug"));
        assertTrue(err().contains("IllegalStateException: disk on fire"), err());
        assertTrue(err().contains("\tat "), "stack trace with --debug: " + err());
    }

    @Test
    void aContributionThatCannotBeCreatedDoesNotHideTheOthers() {
        CommandDescriptor broken = new CommandDescriptor("broken", "a broken plugin", 1, () -> {
            throw new IllegalStateException("class not found");
        });
        CommandRegistry registry = new CommandRegistry(List.of(broken, descriptor("ok", (c, a) -> ExitCode.OK)));
        assertEquals(ExitCode.INTERNAL, run(registry, "broken"));
        assertEquals(ExitCode.OK, run(registry, "ok"));
    }

    @Test
    void aDuplicateNameKeepsTheFirstAndReportsTheSecond() {
        CommandRegistry registry = new CommandRegistry(
                List.of(descriptor("twin", (c, a) -> ExitCode.OK), descriptor("twin", (c, a) -> ExitCode.PROBLEMS)));
        assertEquals(1, registry.commands().size());
        assertEquals(1, registry.problems().size());
        assertTrue(registry.problems().get(0).contains("'twin'"), registry.problems().get(0));
        assertEquals(ExitCode.OK, run(registry, "twin"));
    }

    private static CommandDescriptor descriptor(String name, Body body) {
        CliCommand command = new CliCommand() {
            @Override
            public int run(CliContext context, List<String> arguments) throws CliException {
                return body.run(context, arguments);
            }

            @Override
            public String usage() {
                return "Usage: throughline " + name;
            }
        };
        return new CommandDescriptor(name, name, 100, () -> command);
    }

    @FunctionalInterface
    private interface Body {
        int run(CliContext context, List<String> arguments) throws CliException;
    }

    private static final class Failing implements Body {
        @Override
        public int run(CliContext context, List<String> arguments) {
            throw new IllegalStateException("disk on fire");
        }
    }
}
