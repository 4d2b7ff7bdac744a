// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Service;
import org.throughline.model.api.ModelFiles;
import org.throughline.team.internal.DiffCommand;
import org.throughline.team.internal.MergeCommand;
import org.throughline.team.internal.OutlineCommand;

/** diff, merge and outline as a user runs them: output, exit codes, files written or not. */
class CommandsTest {

    @TempDir
    Path folder;

    private Path edited(String name, String linkStrength, String serviceName) throws IOException {
        Path file = TeamModels.benefitClaims(folder, name);
        Resource resource = TeamModels.load(file);
        if (linkStrength != null) {
            TeamModels.<Link>element(resource, "bc-link-dwp-providers-guidance").setStrength(LinkStrength.valueOf(linkStrength)); //$NON-NLS-1$
        }
        if (serviceName != null) {
            TeamModels.<Service>element(resource, "bc-svc-pip").setName(serviceName); //$NON-NLS-1$
        }
        ModelFiles.save(resource);
        Files.deleteIfExists(folder.resolve(name + ".bak")); //$NON-NLS-1$
        return file;
    }

    @Test
    void diffListsEachChangeByElementAndExitsOneWhenModelsDiffer() throws Exception {
        edited("old.throughline", null, null); //$NON-NLS-1$
        edited("new.throughline", "WEAK", "Claim PIP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        TeamModels.Run run = TeamModels.run(new DiffCommand(), folder, "old.throughline", "new.throughline"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.PROBLEMS, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("changed   Link \"DWP guides assessors\" (bc-link-dwp-providers-guidance) strength: ADEQUATE -> WEAK"), //$NON-NLS-1$
                run.out());
        assertTrue(lines.contains("changed   Service \"Claim PIP\" (bc-svc-pip) name: Apply for Personal Independence Payment -> Claim PIP"), //$NON-NLS-1$
                run.out());
        assertEquals("2 changes: 0 added, 0 removed, 0 moved, 0 reordered, 2 changed", lines.get(lines.size() - 1)); //$NON-NLS-1$

        TeamModels.Run same = TeamModels.run(new DiffCommand(), folder, "old.throughline", "old.throughline"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.OK, same.exitCode());

        TeamModels.Run json = TeamModels.run(new DiffCommand(), folder, "old.throughline", "new.throughline", "--format", "json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(json.out().contains("\"feature\": \"strength\",\n      \"before\": \"ADEQUATE\",\n      \"after\": \"WEAK\""), json.out()); //$NON-NLS-1$
        assertTrue(json.out().contains("\"equal\": false"), json.out()); //$NON-NLS-1$

        TeamModels.Run html = TeamModels.run(new DiffCommand(), folder, "old.throughline", "new.throughline", "--format", "html"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out()); //$NON-NLS-1$
        assertTrue(html.out().contains("<td>Link &quot;DWP guides assessors&quot; <code>bc-link-dwp-providers-guidance</code></td>"), html.out()); //$NON-NLS-1$
    }

    @Test
    void diffAndOutlineTakeAsAtAndSeeTheModelAsKnownThen() throws Exception {
        edited("old.throughline", null, null); //$NON-NLS-1$
        TeamModels.Run all = TeamModels.run(new OutlineCommand(), folder, "old.throughline"); //$NON-NLS-1$
        assertTrue(all.out().contains("(bc-st-2025-07)"), "without --as-at, the file as it is: " + all.out()); //$NON-NLS-1$
        // The July 2025 stocktake was held on 16 July: on 1 March it was not yet known, January's was.
        TeamModels.Run march = TeamModels.run(new OutlineCommand(), folder, "old.throughline", "--as-at", "2025-03-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(march.out().contains("(bc-st-2025-07)"), march.out()); //$NON-NLS-1$
        assertTrue(march.out().contains("(bc-st-2025-01)"), march.out()); //$NON-NLS-1$
        // Both sides as known on the same date: an edit of a link still shows, later stocktakes on neither side.
        edited("new.throughline", "WEAK", null); //$NON-NLS-1$ //$NON-NLS-2$
        TeamModels.Run diff = TeamModels.run(new DiffCommand(), folder, "old.throughline", "new.throughline", "--as-at", "2025-03-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(ExitCode.PROBLEMS, diff.exitCode());
        assertTrue(diff.out().contains("strength: ADEQUATE -> WEAK"), diff.out()); //$NON-NLS-1$
        CliException bad = assertThrows(CliException.class,
                () -> TeamModels.run(new OutlineCommand(), folder, "old.throughline", "--as-at", "spring")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(ExitCode.USAGE, bad.exitCode());
        assertEquals("--as-at needs a date written yyyy-MM-dd (for example 2024-10-31), not 'spring'", bad.getMessage()); //$NON-NLS-1$
    }

    @Test
    void diffRefusesBadInputWithExitTwo() throws Exception {
        edited("old.throughline", null, null); //$NON-NLS-1$
        Files.writeString(folder.resolve("notes.txt"), "not a model"); //$NON-NLS-1$ //$NON-NLS-2$
        CliException e = assertThrows(CliException.class, () -> TeamModels.run(new DiffCommand(), folder, "old.throughline", "notes.txt")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("NEW: "), e.getMessage()); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, assertThrows(CliException.class,
                () -> TeamModels.run(new DiffCommand(), folder, "old.throughline", "old.throughline", "--format", "pdf")).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void mergeWritesOverOursCanonicallyAndListsConflictsAsJson() throws Exception {
        Path base = edited("base.throughline", null, null); //$NON-NLS-1$
        Path ours = edited("ours.throughline", "WEAK", null); //$NON-NLS-1$ //$NON-NLS-2$
        Path theirs = edited("theirs.throughline", "BROKEN", "Claim PIP"); //$NON-NLS-1$ //$NON-NLS-2$
        TeamModels.Run run = TeamModels.run(new MergeCommand(), folder, base.toString(), ours.toString(), theirs.toString(), "--conflicts", //$NON-NLS-1$
                "conflicts.json"); //$NON-NLS-1$
        assertEquals(ExitCode.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("conflict: Link \"DWP guides assessors\" (bc-link-dwp-providers-guidance) strength: base ADEQUATE, " //$NON-NLS-1$
                + "ours WEAK (kept), theirs BROKEN"), run.err()); //$NON-NLS-1$
        Resource merged = ModelFiles.load(ours);
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(merged, "bc-link-dwp-providers-guidance").getStrength()); //$NON-NLS-1$
        assertEquals("Claim PIP", TeamModels.<Service>element(merged, "bc-svc-pip").getName()); //$NON-NLS-1$ //$NON-NLS-2$
        String text = Files.readString(ours, StandardCharsets.UTF_8);
        assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), "never conflict markers"); //$NON-NLS-1$ //$NON-NLS-2$
        String json = Files.readString(folder.resolve("conflicts.json"), StandardCharsets.UTF_8); //$NON-NLS-1$
        assertTrue(json.contains("\"kind\": \"both-changed\",\n      \"id\": \"bc-link-dwp-providers-guidance\""), json); //$NON-NLS-1$
        assertTrue(json.contains("\"base\": \"ADEQUATE\",\n      \"ours\": \"WEAK\",\n      \"theirs\": \"BROKEN\""), json); //$NON-NLS-1$
        assertFalse(Files.exists(folder.resolve("ours.throughline.bak")), "no backup left in a work tree"); //$NON-NLS-1$
    }

    @Test
    void aCleanMergeExitsZeroAndWritesWhereAsked() throws Exception {
        Path base = edited("base.throughline", null, null); //$NON-NLS-1$
        Path ours = edited("ours.throughline", "WEAK", null); //$NON-NLS-1$ //$NON-NLS-2$
        Path theirs = edited("theirs.throughline", null, "Claim PIP"); //$NON-NLS-1$ //$NON-NLS-2$
        byte[] oursBefore = Files.readAllBytes(ours);
        TeamModels.Run run = TeamModels.run(new MergeCommand(), folder, "base.throughline", "ours.throughline", "theirs.throughline", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "--out", "merged.throughline"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertArrayEquals(oursBefore, Files.readAllBytes(ours), "OURS is left alone when --out is given");
        Resource merged = ModelFiles.load(folder.resolve("merged.throughline")); //$NON-NLS-1$
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(merged, "bc-link-dwp-providers-guidance").getStrength()); //$NON-NLS-1$
        assertEquals("Claim PIP", TeamModels.<Service>element(merged, "bc-svc-pip").getName()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.exists(base));
        assertTrue(Files.exists(theirs));
    }

    @Test
    void hostileInputIsOneSentenceExitTwoAndNothingWritten() throws Exception {
        Path base = edited("base.throughline", null, null); //$NON-NLS-1$
        Path ours = edited("ours.throughline", "WEAK", null); //$NON-NLS-1$ //$NON-NLS-2$
        Path theirs = edited("theirs.throughline", null, "Claim PIP"); //$NON-NLS-1$ //$NON-NLS-2$
        byte[] good = Files.readAllBytes(theirs);
        Path older = folder.resolve("older.throughline"); //$NON-NLS-1$
        Files.writeString(older, new String(good, StandardCharsets.UTF_8).replace("http://throughline.org/model/1", //$NON-NLS-1$
                "http://throughline.org/model/0.9-was-1")); //$NON-NLS-1$
        Path truncated = folder.resolve("truncated.throughline"); //$NON-NLS-1$
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 2));
        Path notModel = folder.resolve("notes.throughline"); //$NON-NLS-1$
        Files.writeString(notModel, "Meeting notes: the supplier plan is late.\n"); //$NON-NLS-1$
        Path otherXml = folder.resolve("other.throughline"); //$NON-NLS-1$
        Files.writeString(otherXml, "<?xml version=\"1.0\"?><project><name>x</name></project>\n"); //$NON-NLS-1$
        byte[] oursBefore = Files.readAllBytes(ours);
        for (Path hostile : List.of(older, truncated, notModel, otherXml)) {
            CliException e = assertThrows(CliException.class, () -> TeamModels.run(new MergeCommand(), folder, base.toString(),
                    ours.toString(), hostile.toString(), "--conflicts", "c.json"), hostile.toString()); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(ExitCode.USAGE, e.exitCode(), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage()); //$NON-NLS-1$
            assertTrue(e.getMessage().contains("THEIRS"), "names the side: " + e.getMessage()); //$NON-NLS-1$
            assertArrayEquals(oursBefore, Files.readAllBytes(ours), "OURS untouched after " + hostile);
            assertFalse(Files.exists(folder.resolve("c.json")), "no conflicts file"); //$NON-NLS-1$
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(7, files.count(), "no stray temporary files");
        }
    }

    @Test
    void outlinePrintsOneBlockPerElementWithNames() throws Exception {
        edited("model.throughline", null, null); //$NON-NLS-1$
        TeamModels.Run run = TeamModels.run(new OutlineCommand(), folder, "model.throughline"); //$NON-NLS-1$
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("Link \"DWP guides assessors\" (bc-link-dwp-providers-guidance) in Folder \"Links\"\n"), run.out()); //$NON-NLS-1$
        assertTrue(run.out().contains("    strength: ADEQUATE\n"), run.out()); //$NON-NLS-1$
    }

    @Test
    void anEmptyBaseMeansBothSidesAddedTheModelAndDifferencesConflict() throws Exception {
        // Git passes an empty BASE when both branches added the file: every element is in both
        // sides, equal values merge, different ones conflict (the link's strength, the name).
        Files.writeString(folder.resolve("empty"), ""); //$NON-NLS-1$ //$NON-NLS-2$
        edited("ours.throughline", "WEAK", null); //$NON-NLS-1$ //$NON-NLS-2$
        edited("theirs.throughline", null, "Claim PIP"); //$NON-NLS-1$ //$NON-NLS-2$
        TeamModels.Run run = TeamModels.run(new MergeCommand(), folder, "empty", "ours.throughline", "theirs.throughline"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.err());
        List<String> conflicts = run.err().lines().filter(line -> line.startsWith("conflict: ")).toList(); //$NON-NLS-1$
        assertEquals(2, conflicts.size(), run.err());
        assertTrue(conflicts.contains("conflict: Link \"DWP guides assessors\" (bc-link-dwp-providers-guidance) strength: base (none), " //$NON-NLS-1$
                + "ours WEAK (kept), theirs ADEQUATE"), run.err()); //$NON-NLS-1$
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(ModelFiles.load(folder.resolve("ours.throughline")), //$NON-NLS-1$
                "bc-link-dwp-providers-guidance").getStrength()); //$NON-NLS-1$
    }

    @Test
    void outlineShowsAnUnreadableVersionAsTextOnlyWhenAsked() throws Exception {
        Files.writeString(folder.resolve("broken.throughline"), "<?xml version=\"1.0\"?>\n<throughline:Model"); //$NON-NLS-1$ //$NON-NLS-2$
        CliException e = assertThrows(CliException.class, () -> TeamModels.run(new OutlineCommand(), folder, "broken.throughline")); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, e.exitCode());
        TeamModels.Run run = TeamModels.run(new OutlineCommand(), folder, "broken.throughline", "--or-text"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.OK, run.exitCode());
        assertEquals("<?xml version=\"1.0\"?>\n<throughline:Model", run.out()); //$NON-NLS-1$
        assertTrue(run.err().endsWith("Shown as text." + System.lineSeparator()), run.err()); //$NON-NLS-1$
    }
}
