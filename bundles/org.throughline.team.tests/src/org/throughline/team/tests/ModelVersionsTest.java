// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.internal.DiffCommand;
import org.throughline.team.internal.SplitCommand;
import org.throughline.testing.Examples;

/**
 * {@code REVISION:FILE} wherever a command reads a model: a stocktake tagged in Git is the
 * baseline that {@code compare} and {@code diff} set the model against, fragments and all.
 */
class ModelVersionsTest {

    private static final String FILE = "benefit-claims.throughline"; //$NON-NLS-1$
    private static final String WEAK_LINK = "bc-link-dwp-provider-a-comm"; //$NON-NLS-1$
    private static final String TAG = "stocktake-2024-10"; //$NON-NLS-1$

    @TempDir
    Path temp;

    private CliContext context(Path folder) {
        return new CliContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), folder, false);
    }

    /** The example committed and tagged at a stocktake, then a link judged adequate and committed. */
    private Path taggedThenEdited() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("unit")); //$NON-NLS-1$
        TeamModels.benefitClaims(folder, FILE);
        try (ModelRepository repository = ModelRepository.share(folder, "At the October stocktake", null); //$NON-NLS-1$
                Git git = Git.open(folder.toFile())) {
            git.tag().setName(TAG).call();
            Resource resource = ModelFiles.load(folder.resolve(FILE));
            Link link = TeamModels.element(resource, WEAK_LINK);
            link.setStrength(LinkStrength.ADEQUATE);
            ModelFiles.save(resource);
            repository.commit("Supplier A's contract judged adequate", List.of(FILE)); //$NON-NLS-1$
        }
        return folder;
    }

    @Test
    void aTaggedStocktakeIsReadAsItWasThen() throws Exception {
        Path folder = taggedThenEdited();
        Model then = context(folder).loadModel(TAG + ':' + FILE);
        Model now = context(folder).loadModel(FILE);
        assertEquals(LinkStrength.WEAK, ((Link) ModelIndex.of(then.eResource()).get(WEAK_LINK)).getStrength(),
                "at the tag the link was weak");
        assertEquals(LinkStrength.ADEQUATE, ((Link) ModelIndex.of(now.eResource()).get(WEAK_LINK)).getStrength());
        assertEquals(LinkStrength.WEAK, ((Link) ModelIndex.of(context(folder).loadModel("HEAD~1:" + FILE).eResource()) //$NON-NLS-1$
                .get(WEAK_LINK)).getStrength(), "HEAD~1 names the same commit as the tag");
    }

    @Test
    void diffAgainstTheStocktakeListsTheJudgementThatChanged() throws Exception {
        Path folder = taggedThenEdited();
        TeamModels.Run diff = TeamModels.run(new DiffCommand(), folder, TAG + ':' + FILE, FILE);
        assertEquals(ExitCode.PROBLEMS, diff.exitCode(), "the versions differ: " + diff.err());
        String line = diff.out().lines().filter(l -> l.contains(WEAK_LINK)).findFirst().orElse(""); //$NON-NLS-1$
        assertTrue(line.contains("strength") && line.contains("WEAK") && line.contains("ADEQUATE"), diff.out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(2, diff.out().lines().count(), "one change and the summary: " + diff.out());
    }

    @Test
    void anUnknownRevisionOrAFileInNoRepositoryIsOneSentence() throws Exception {
        Path folder = taggedThenEdited();
        CliException unknown = assertThrows(CliException.class, () -> context(folder).loadModel("stocktake-1999:" + FILE)); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.getMessage().startsWith("'stocktake-1999' is not a commit, tag or branch of the repository at "), //$NON-NLS-1$
                unknown.getMessage());
        Path loose = Files.createDirectories(temp.resolve("loose")); //$NON-NLS-1$
        TeamModels.benefitClaims(loose, FILE);
        CliException none = assertThrows(CliException.class, () -> context(loose).loadModel("HEAD:" + FILE)); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, none.exitCode());
        assertTrue(none.getMessage().contains("is in no repository whose versions can be read"), none.getMessage()); //$NON-NLS-1$
        assertFalse(none.getMessage().contains("\n"), "one sentence"); //$NON-NLS-1$
    }

    @Test
    void aFragmentedModelIsReadWithItsFragmentsOfTheSameCommit() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("split")); //$NON-NLS-1$
        TeamModels.Run split = TeamModels.run(new SplitCommand(), folder, Examples.file(FILE).toString(), "--by", "organisation", //$NON-NLS-1$ //$NON-NLS-2$
                "--out", folder.toString()); //$NON-NLS-1$
        assertEquals(0, split.exitCode(), split.err());
        String oldName;
        try (ModelRepository repository = ModelRepository.share(folder, "Split by department", null)) { //$NON-NLS-1$
            Resource main = ModelFiles.load(folder.resolve(FILE));
            Organisation dwp = TeamModels.element(main, "bc-org-dwp"); //$NON-NLS-1$
            assertFalse(dwp.eResource() == main, "the department is kept in its own fragment");
            oldName = dwp.getName();
            dwp.setName("Department for Work and Pensions (renamed)"); //$NON-NLS-1$
            ModelFiles.save(dwp.eResource());
            repository.commit("The department renamed in its fragment", List.of(repository.path(Path.of(dwp.eResource().getURI().toFileString())))); //$NON-NLS-1$
        }
        Model before = context(folder).loadModel("HEAD~1:" + FILE); //$NON-NLS-1$
        Organisation then = TeamModels.element(before.eResource(), "bc-org-dwp"); //$NON-NLS-1$
        assertEquals(oldName, then.getName(), "the fragment as it was in the earlier commit, not the working folder's");
        assertFalse(then.eResource().getURI().toFileString().startsWith(folder.toString()), then.eResource().getURI().toString());
        assertEquals(List.of(), ModelFragments.problems(before.eResource().getResourceSet()), "every fragment was read");
        TeamModels.Run diff = TeamModels.run(new DiffCommand(), folder, "HEAD~1:" + FILE, FILE); //$NON-NLS-1$
        assertTrue(diff.out().contains("bc-org-dwp") && diff.out().contains("(renamed)"), diff.out()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
