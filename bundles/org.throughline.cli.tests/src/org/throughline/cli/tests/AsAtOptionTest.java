// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandDescriptor;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.testing.Examples;

/**
 * {@code --as-at DATE}: one option with one meaning on every command that reads a model. Each
 * such command takes it, refuses a bad date with the same sentence, and reads the model as known
 * on the date; a command added later must say here whether it reads a model.
 */
class AsAtOptionTest {

    private static final String BAD_DATE = "throughline: --as-at needs a date written yyyy-MM-dd (for example 2024-10-31), not 'Oct 2024'";

    /** Each command that reads a model, with the other arguments it needs ({@code M} is the model). */
    private static final Map<String, List<String>> READS_A_MODEL = new LinkedHashMap<>();

    static {
        READS_A_MODEL.put("info", List.of("M"));
        READS_A_MODEL.put("validate", List.of("M"));
        READS_A_MODEL.put("diagram", List.of("M", "--viewpoint", "delivery-chain", "--out", "chain.svg"));
        READS_A_MODEL.put("analyse", List.of("M", "--analysis", "trajectories"));
        READS_A_MODEL.put("compare", List.of("M", "--as-at", "2025-04-30"));
        READS_A_MODEL.put("report", List.of("M", "--format", "html", "--out", "report"));
        READS_A_MODEL.put("export", List.of("M", "--exporter", "workbook", "--out", "model.xlsx"));
        // Contributed by org.throughline.team (tested there): the file as known on the date.
        READS_A_MODEL.put("diff", List.of("M", "M"));
        READS_A_MODEL.put("outline", List.of("M"));
    }

    /** Commands that read no model, or write one (an as-at view is for reading only). */
    private static final Set<String> READ_NO_MODEL = Set.of("help", "version", "import", "import-observations", "merge", "git-setup",
            "plugins", "install-plugin", "uninstall-plugin", "import-inspections");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<String> arguments) {
        out.reset();
        err.reset();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new Dispatcher(CommandRegistry.fromExtensions()).run(arguments, o, e, folder);
        }
    }

    private List<String> command(String name, String date) throws IOException {
        Path model = folder.resolve("ec.throughline");
        if (!Files.exists(model)) {
            Files.copy(Examples.file("emergency-care.throughline"), model);
        }
        List<String> arguments = new ArrayList<>(List.of(name));
        READS_A_MODEL.get(name).forEach(a -> arguments.add("M".equals(a) ? model.getFileName().toString() : a));
        arguments.add("--as-at");
        arguments.add(date);
        return arguments;
    }

    @Test
    void everyCommandIsKnownToReadAModelOrNot() {
        for (CommandDescriptor command : CommandRegistry.fromExtensions().commands()) {
            assertTrue(READS_A_MODEL.containsKey(command.name()) || READ_NO_MODEL.contains(command.name()),
                    "say whether '" + command.name() + "' reads a model, and if it does give it --as-at");
        }
    }

    @Test
    void everyCommandThatReadsAModelTakesAsAtAndRefusesABadDateAlike() throws IOException {
        for (CommandDescriptor command : CommandRegistry.fromExtensions().commands()) {
            if (!READS_A_MODEL.containsKey(command.name())) {
                continue;
            }
            assertEquals(ExitCode.USAGE, run(command(command.name(), "Oct 2024")), command.name());
            assertEquals(BAD_DATE + "\n", err.toString(StandardCharsets.UTF_8), command.name());
            assertEquals("", out.toString(StandardCharsets.UTF_8), command.name());
            int exit = run(command(command.name(), "2024-10-31"));
            assertNotEquals(ExitCode.USAGE, exit, command.name() + ": " + err.toString(StandardCharsets.UTF_8));
            assertNotEquals(ExitCode.INTERNAL, exit, command.name() + ": " + err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void infoCountsWhatWasKnownOnTheDate() throws IOException {
        assertEquals(ExitCode.OK, run(List.of("info", Examples.file("emergency-care.throughline").toString())));
        String now = out.toString(StandardCharsets.UTF_8);
        assertTrue(now.contains("\n  as at 2025-04-30\n"), now);
        assertEquals(ExitCode.OK, run(command("info", "2024-10-31")));
        String then = out.toString(StandardCharsets.UTF_8);
        assertTrue(then.contains("\n  as at 2024-10-31\n"), then);
        // November 2024 to March 2025 of each monthly series were published after 31 October 2024,
        // and the April 2025 stocktake and its judgements were not yet held.
        assertTrue(count(then, "Observation") < count(now, "Observation"), then);
        assertEquals(count(now, "Stocktake") - 1, count(then, "Stocktake"), then);
        assertEquals(count(now, "Link"), count(then, "Link"), "the model keeps no history of links");
    }

    private static int count(String info, String type) {
        Matcher matcher = Pattern.compile("\\n\\s+" + type + "\\s+(\\d+)\\n").matcher(info);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
