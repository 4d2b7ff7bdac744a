// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.CliException;
import org.throughline.model.Link;
import org.throughline.model.Organisation;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.team.api.ModelChange;
import org.throughline.team.api.ModelDiff;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.internal.DiffCommand;
import org.throughline.team.internal.JoinCommand;
import org.throughline.team.internal.SplitCommand;
import org.throughline.testing.Examples;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.Validator;

/**
 * {@code split} writes a model as a main file and fragments, {@code join} writes it back as one
 * file, and on every example the joined model is the original, element for element.
 */
class FragmentsCommandTest {

    @TempDir
    Path dir;

    private static List<Path> examples() throws java.io.IOException {
        List<Path> examples = new ArrayList<>();
        for (Path example : Examples.all()) {
            if (example.getFileName().toString().endsWith(".throughline")) { //$NON-NLS-1$
                examples.add(example);
            }
        }
        assertTrue(examples.size() >= 4, examples.toString());
        return examples;
    }

    private static List<ModelChange> diff(Resource before, Resource after) {
        return ModelDiff.compare(ModelIndex.of(before), ModelIndex.of(after));
    }

    /** Every finding as rule, severity, element and message. */
    private static List<String> findings(Resource resource) {
        List<String> findings = new ArrayList<>();
        for (Finding finding : Validator.standard().validate(TeamModels.model(resource)).findings()) {
            findings.add(finding.rule().id() + ' ' + finding.severity() + ' ' + finding.elementId() + ' ' + finding.message());
        }
        findings.sort(null);
        return findings;
    }

    @Test
    void splitAndJoinGiveBackEveryExampleByBothRules() throws Exception {
        for (Path example : examples()) {
            Resource original = ModelFiles.load(example);
            String name = example.getFileName().toString().replace(".throughline", ""); //$NON-NLS-1$ //$NON-NLS-2$
            for (String rule : List.of("organisation", "folder")) { //$NON-NLS-1$ //$NON-NLS-2$
                Path out = dir.resolve(name + '-' + rule);
                TeamModels.Run split = TeamModels.run(new SplitCommand(), dir, example.toString(), "--by", rule, "--out", out.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(0, split.exitCode(), split.err());
                Path main = out.resolve(name + ".throughline"); //$NON-NLS-1$
                try (Stream<Path> fragments = Files.list(out.resolve(name + "-fragments"))) { //$NON-NLS-1$
                    assertTrue(fragments.count() >= 2, example + " by " + rule + ": " + split.out()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                Resource loaded = ModelFiles.load(main);
                assertEquals(List.of(), ModelFragments.problems(loaded.getResourceSet()));
                assertTrue(ModelFragments.files(loaded).size() >= 3, "the model is read from its fragments too");
                assertEquals(List.of(), diff(original, loaded), example + " split by " + rule + " loads as the same model"); //$NON-NLS-1$
                assertEquals(findings(original), findings(loaded), "validation sees every element of " + example); //$NON-NLS-1$
                Path joined = dir.resolve(name + '-' + rule + "-joined.throughline"); //$NON-NLS-1$
                TeamModels.Run join = TeamModels.run(new JoinCommand(), dir, main.toString(), "--out", joined.toString()); //$NON-NLS-1$
                assertEquals(0, join.exitCode(), join.err());
                assertFalse(Files.readString(joined, StandardCharsets.UTF_8).contains("href="), "one file again"); //$NON-NLS-1$
                assertEquals(List.of(), diff(original, ModelFiles.load(joined)), example + " joined after a split by " + rule); //$NON-NLS-1$
                TeamModels.Run same = TeamModels.run(new DiffCommand(), dir, example.toString(), main.toString());
                assertEquals(0, same.exitCode(), "diff reads the fragmented model whole: " + same.out()); //$NON-NLS-1$
            }
        }
    }

    @Test
    void byOrganisationEachDepartmentKeepsWhatItCarries() throws Exception {
        Path out = dir.resolve("split"); //$NON-NLS-1$
        TeamModels.Run split = TeamModels.run(new SplitCommand(), dir, Examples.file("benefit-claims.throughline").toString(), //$NON-NLS-1$
                "--by", "organisation", "--out", out.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(0, split.exitCode(), split.err());
        Resource model = ModelFiles.load(out.resolve("benefit-claims.throughline")); //$NON-NLS-1$
        Organisation dwp = TeamModels.element(model, "bc-org-dwp"); //$NON-NLS-1$
        Path dwpFile = Path.of(dwp.eResource().getURI().toFileString());
        assertEquals(out.resolve("benefit-claims-fragments"), dwpFile.getParent()); //$NON-NLS-1$
        assertTrue(split.out().contains(out.relativize(dwpFile).toString()) && split.out().contains(dwp.getName()), split.out());
        for (Link link : TeamModels.model(model).eResource().getResourceSet().getResources().stream()
                .flatMap(r -> r.getContents().stream()).filter(Link.class::isInstance).map(Link.class::cast).toList()) {
            EObjectInFile.assertCarriedBySource(link);
        }
        assertEquals(model, TeamModels.element(model, "bc-priority").eResource(), "a priority is the centre's: in the main file"); //$NON-NLS-1$
        assertEquals(model, TeamModels.element(model, "bc-f-purpose").eResource(), "folders stay in the main file"); //$NON-NLS-1$
    }

    /** Checks of where an element was put. */
    private static final class EObjectInFile {
        private EObjectInFile() {
        }

        /** A link is in the fragment of its source's organisation. */
        static void assertCarriedBySource(Link link) {
            Organisation source = link.getSource() instanceof Organisation organisation ? organisation
                    : link.getSource() instanceof org.throughline.model.Role role ? role.getOrganisation() : null;
            if (source == null) {
                return;
            }
            while (source.getParent() != null) {
                source = source.getParent();
            }
            assertEquals(source.eResource(), link.eResource(), link.getName());
        }
    }

    @Test
    void aMissingFragmentStopsJoinWithOneSentenceAndWritesNothing() throws Exception {
        Path out = dir.resolve("split"); //$NON-NLS-1$
        TeamModels.run(new SplitCommand(), dir, Examples.file("benefit-claims.throughline").toString(), "--by", "folder", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                out.toString());
        Path fragment = out.resolve("benefit-claims-fragments/delivery-chain.throughline"); //$NON-NLS-1$
        assertTrue(Files.exists(fragment));
        Files.delete(fragment);
        Path joined = dir.resolve("joined.throughline"); //$NON-NLS-1$
        CliException e = assertThrows(CliException.class, () -> TeamModels.run(new JoinCommand(), dir,
                out.resolve("benefit-claims.throughline").toString(), "--out", joined.toString())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains(fragment.toString()) && e.getMessage().contains("benefit-claims.throughline"), e.getMessage()); //$NON-NLS-1$
        assertFalse(Files.exists(joined));
    }

    @Test
    void badUsageIsOneSentence() throws Exception {
        CliException rule = assertThrows(CliException.class, () -> TeamModels.run(new SplitCommand(), dir,
                Examples.file("portfolio.throughline").toString(), "--by", "colour", "--out", dir.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(2, rule.exitCode());
        assertTrue(rule.getMessage().contains("organisation, folder"), rule.getMessage()); //$NON-NLS-1$
        CliException missing = assertThrows(CliException.class, () -> TeamModels.run(new SplitCommand(), dir,
                Examples.file("portfolio.throughline").toString(), "--by", "folder")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(2, missing.exitCode());
    }
}
