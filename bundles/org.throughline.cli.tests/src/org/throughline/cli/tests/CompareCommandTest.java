// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CompareCommand;
import org.throughline.testing.Examples;

/** {@code throughline compare}: what changed between two stocktakes, for two files and for one file at two dates. */
class CompareCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int compare(String... arguments) throws CliException {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            return new CompareCommand().run(new CliContext(o, e, folder, false), List.of(arguments));
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path example() throws Exception {
        return Files.copy(Examples.file("emergency-care.throughline"), folder.resolve("ec.throughline"));
    }

    @Test
    void oneModelAtTwoStocktakes() throws Exception {
        example();
        assertEquals(ExitCode.OK, compare("ec.throughline", "--as-at", "2024-10-31", "--as-at", "2025-04-30"));
        String text = out();
        // October 2024 judged AMBER_RED, April 2025 RED: worse.
        assertTrue(text.contains("Patients seen within four hours in A&E: amber red (2024-10-15) \u2192 red (2025-04-10) (worse)"), text);
        // The discharge outcome was first judged in April.
        assertTrue(text.contains("Patients leave hospital as soon as they are fit to: red (2025-04-10)"), text);
        // The four actions agreed at the April stocktake were not known in October.
        for (String action : List.of("ECIST diagnostic of flow at Northshire General", "Recover the SDEC seven-day milestone",
                "Escalate every 12-hour stay to the executive on call",
                "Agree a four-hour recovery trajectory and corridor-care plan with Eastvale")) {
            assertTrue(text.contains(action), action + " agreed: " + text);
        }
        // Category 2 response: 42.1 minutes in October against about 32.7 planned (tolerance 3), 28.6 against 30 in March.
        assertTrue(text.contains("Category 2 ambulance mean response time: off track \u2192 on track (better)"), text);
        assertTrue(!text.contains("Actors added"), "the model records no history of its actors: " + text);
    }

    @Test
    void twoFilesAsJsonAndHtml() throws Exception {
        Path before = example();
        String weak = "strength=\"WEAK\" evidence=\"Framework hourly rate";
        String after = Files.readString(before).replace(weak, "strength=\"ADEQUATE\" evidence=\"Framework hourly rate");
        assertTrue(!after.equals(Files.readString(before)), "the council's commissioning link is judged adequate in the newer file");
        Files.writeString(folder.resolve("ec-later.throughline"), after);

        assertEquals(ExitCode.OK, compare("ec.throughline", "ec-later.throughline"));
        assertTrue(out().contains("Link strength\n  Council commissions home care: weak \u2192 adequate (better)"), out());
        assertTrue(out().startsWith("From ec.throughline as at 2025-04-30 to ec-later.throughline as at 2025-04-30: 1 change."), out());

        out.reset();
        assertEquals(ExitCode.OK, compare("ec.throughline", "ec-later.throughline", "--format", "json"));
        assertTrue(out().contains("\"kind\": \"link-strength\"") && out().contains("\"id\": \"ec-link-council-care-comm\"")
                && out().contains("\"worse\": false"), out());

        out.reset();
        assertEquals(ExitCode.OK, compare("ec.throughline", "ec-later.throughline", "--format", "html"));
        assertTrue(out().contains("<h2>Link strength</h2>") && out().contains("<li>Council commissions home care: weak"), out());
    }

    @Test
    void badUsageIsOneSentenceAndExitCodeTwo() throws Exception {
        example();
        CliException oneDate = assertThrows(CliException.class, () -> compare("ec.throughline", "--as-at", "2025-01-01"));
        assertEquals(ExitCode.USAGE, oneDate.exitCode());
        assertTrue(oneDate.getMessage().contains("--as-at twice"), oneDate.getMessage());
        CliException badDate = assertThrows(CliException.class,
                () -> compare("ec.throughline", "--as-at", "April", "--as-at", "2025-01-01"));
        assertEquals("--as-at needs a date written yyyy-MM-dd (for example 2024-10-31), not 'April'", badDate.getMessage());
        CliException missing = assertThrows(CliException.class, () -> compare("ec.throughline", "nowhere.throughline"));
        assertEquals(ExitCode.USAGE, missing.exitCode());
    }
}
