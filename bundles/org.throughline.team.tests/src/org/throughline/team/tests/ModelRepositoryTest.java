// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Action;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Service;
import org.throughline.model.api.ModelFiles;
import org.throughline.team.api.ConflictResolution;
import org.throughline.team.api.ConflictResolution.Choice;
import org.throughline.team.api.ConflictResolution.Decision;
import org.throughline.team.api.MergeConflict;
import org.throughline.team.api.ModelChange;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.PullResult;
import org.throughline.team.api.TeamException;

/**
 * The workbench's path to Git, through JGit: two clones of the benefit claims example and a bare
 * remote in a temporary folder, edited, committed, pulled and pushed as two modellers would.
 */
class ModelRepositoryTest {

    private static final String FILE = "benefit-claims.throughline";
    private static final String SERVICE = "bc-svc-pip";
    private static final String WEAK_LINK = "bc-link-dwp-provider-a-comm";
    private static final String ACTION = "bc-act-rebalance";

    @TempDir
    Path temp;

    private ModelRepository alice;
    private ModelRepository bob;
    private Path remote;

    /** Alice shares a folder holding the example, pushes it to a bare remote; Bob clones it. */
    @BeforeEach
    void twoClones() throws Exception {
        remote = temp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        Path aliceFolder = Files.createDirectories(temp.resolve("alice"));
        TeamModels.benefitClaims(aliceFolder, FILE);
        alice = ModelRepository.share(aliceFolder, "The benefit claims model", remote.toUri().toString());
        alice.push(null);
        bob = ModelRepository.cloneFrom(remote.toUri().toString(), temp.resolve("bob"), null);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void sharingCommitsTheFolderAndLeavesOutTheBackupCopies() throws Exception {
        assertTrue(Files.isRegularFile(temp.resolve("bob").resolve(FILE)), "the clone has the model");
        assertEquals(List.of(), alice.changes(), "everything is committed");
        Files.writeString(alice.root().resolve("benefit-claims.throughline.bak"), "old");
        assertEquals(List.of(), alice.changes(), "backup copies are not offered to commit");
        assertEquals(1, alice.history(FILE).size());
        assertEquals("The benefit claims model", alice.history(FILE).get(0).message());
    }

    @Test
    void editsOfDifferentFeaturesOfOneElementBothLandWithoutAConflict() throws Exception {
        // Bob renames the service; Alice changes the same element's description: one
        // line in a canonical file, so Git's line merge would call it a conflict.
        edit(bob, model -> service(model).setName("Claim Personal Independence Payment"), "Rename the PIP service");
        bob.push(null);
        edit(alice, model -> service(model).setDescription("From the first call to a decision."), "Shorter description");
        edit(alice, model -> link(model).setStrength(LinkStrength.STRONG), "Supplier A has recovered");

        PullResult pulled = alice.pull(null);

        assertEquals(PullResult.Outcome.MERGED, pulled.outcome(), String.valueOf(pulled));
        assertEquals(0, pulled.conflictCount());
        Resource merged = TeamModels.load(alice.root().resolve(FILE));
        assertEquals("Claim Personal Independence Payment", service(merged).getName(), "Bob's rename landed");
        assertEquals("From the first call to a decision.", service(merged).getDescription(), "Alice's edit stayed");
        assertEquals(LinkStrength.STRONG, link(merged).getStrength());
        assertEquals(List.of(), alice.changes(), "the merge is committed");
        assertFalse(alice.isMerging());
        try (Git git = Git.open(alice.root().toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals(2, head.getParentCount(), "a merge commit with both sides as parents");
        }

        alice.push(null);
        assertEquals(PullResult.Outcome.FAST_FORWARD, bob.pull(null).outcome());
        Resource bobs = TeamModels.load(bob.root().resolve(FILE));
        assertEquals("From the first call to a decision.", service(bobs).getDescription(), "Bob has Alice's edit");
        assertEquals(LinkStrength.STRONG, link(bobs).getStrength());
    }

    @Test
    void twoValuesOfOneFeatureAreAConflictThatTheModellerResolvesAsOneUndoableStep() throws Exception {
        edit(bob, model -> link(model).setStrength(LinkStrength.ADEQUATE), "Supplier A is recovering");
        bob.push(null);
        edit(alice, model -> link(model).setStrength(LinkStrength.STRONG), "Supplier A has recovered");
        edit(alice, model -> action(model).setName("Move referrals to supplier B"), "Shorter action name");

        PullResult pulled = alice.pull(null);

        assertEquals(PullResult.Outcome.CONFLICTS, pulled.outcome());
        assertEquals(1, pulled.models().size());
        List<MergeConflict> conflicts = pulled.models().get(0).conflicts();
        assertEquals(1, conflicts.size(), String.valueOf(conflicts));
        MergeConflict conflict = conflicts.get(0);
        assertEquals(WEAK_LINK, conflict.id());
        assertEquals("strength", conflict.feature());
        assertEquals(List.of("WEAK", "STRONG", "ADEQUATE"), List.of(conflict.base(), conflict.ours(), conflict.theirs()));
        assertTrue(alice.isMerging(), "the merge waits for the resolution");
        assertThrows(TeamException.class, () -> alice.pull(null), "no second pull in the middle of a merge");
        try (ModelRepository reopened = ModelRepository.open(alice.root())) {
            PullResult pending = reopened.pendingMerge();
            assertEquals(List.of(conflict), pending.models().get(0).conflicts(),
                    "opened again (the workbench restarted), the repository gives the same conflict");
            assertEquals(pulled.theirs(), pending.theirs());
        }

        Path file = alice.root().resolve(FILE);
        Resource merged = ModelFiles.load(ModelFiles.newResourceSet(), file);
        assertEquals(LinkStrength.STRONG, link(merged).getStrength(), "the merged file keeps our side");
        assertEquals("Move referrals to supplier B", action(merged).getName());

        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack,
                merged.getResourceSet());
        ModelIndex theirs = ModelIndex.of(alice.load(FILE, pulled.theirs()));
        Command resolution = ConflictResolution.command(domain, merged, theirs, List.of(new Decision(conflict, Choice.THEIRS, null)));
        stack.execute(resolution);
        assertEquals(LinkStrength.ADEQUATE, link(merged).getStrength(), "their side taken");
        stack.undo();
        assertEquals(LinkStrength.STRONG, link(merged).getStrength(), "one undo puts our side back");
        stack.redo();
        ModelFiles.save(merged);

        alice.commit("Merge: Bob's judgement of supplier A", List.of(FILE));
        assertFalse(alice.isMerging());
        assertEquals(null, alice.pendingMerge(), "no merge under way once it is committed");
        try (Git git = Git.open(alice.root().toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals(2, head.getParentCount());
        }
        // The link's history has both sides' judgements, though the merge kept only Bob's, and the
        // merge that settled it (STRONG on our line, then ADEQUATE); Alice's action edit is not in it.
        assertEquals(Set.of("Merge: Bob's judgement of supplier A", "Supplier A is recovering", "Supplier A has recovered",
                "The benefit claims model"), alice.elementHistory(FILE, WEAK_LINK).stream().map(version -> version.commit().message())
                        .collect(Collectors.toSet()));
        alice.push(null);
        bob.pull(null);
        Resource bobs = TeamModels.load(bob.root().resolve(FILE));
        assertEquals(LinkStrength.ADEQUATE, link(bobs).getStrength());
        assertEquals("Move referrals to supplier B", action(bobs).getName(), "Alice's other edit reached Bob");
    }

    @Test
    void aTypedValueResolvesAConflictAndANonsenseValueIsRefusedInOneSentence() throws Exception {
        edit(bob, model -> service(model).setName("Claim PIP"), "Bob's name");
        bob.push(null);
        edit(alice, model -> service(model).setName("Apply for PIP"), "Alice's name");
        PullResult pulled = alice.pull(null);
        MergeConflict conflict = pulled.models().get(0).conflicts().get(0);
        assertEquals("name", conflict.feature());

        Resource merged = ModelFiles.load(ModelFiles.newResourceSet(), alice.root().resolve(FILE));
        assertTrue(ConflictResolution.canEdit(conflict, merged));
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(),
                merged.getResourceSet());
        ModelIndex theirs = ModelIndex.of(alice.load(FILE, pulled.theirs()));
        domain.getCommandStack().execute(ConflictResolution.command(domain, merged, theirs,
                List.of(new Decision(conflict, Choice.EDIT, "Apply for Personal Independence Payment (PIP)"))));
        assertEquals("Apply for Personal Independence Payment (PIP)", service(merged).getName());

        MergeConflict strength = new MergeConflict(MergeConflict.Kind.BOTH_CHANGED, WEAK_LINK, "Link", "x", "strength", "WEAK", "STRONG",
                "ADEQUATE");
        TeamException refused = assertThrows(TeamException.class, () -> ConflictResolution.command(domain, merged, theirs,
                List.of(new Decision(strength, Choice.EDIT, "VERY"))));
        assertEquals("'VERY' is not a valid strength of Link \"x\"", refused.getMessage());
    }

    @Test
    void aPushThatWouldLoseTheirCommitsIsRefusedWithWhatToDo() throws Exception {
        edit(bob, model -> service(model).setName("Claim PIP"), "Bob's name");
        bob.push(null);
        edit(alice, model -> action(model).setName("Rebalance referrals"), "Alice's name");
        TeamException refused = assertThrows(TeamException.class, () -> alice.push(null));
        assertEquals(remote.toUri() + " has changes you do not have yet: pull first, then push", refused.getMessage());
    }

    @Test
    void theHistoryOfAnElementListsOnlyTheCommitsThatChangedIt() throws Exception {
        edit(alice, model -> service(model).setName("Claim PIP"), "Rename the service");
        edit(alice, model -> link(model).setStrength(LinkStrength.ADEQUATE), "Judge the supplier link");
        edit(alice, model -> service(model).setOwner(null), "No owner");

        assertEquals(4, alice.history(FILE).size(), "three edits and the first commit");
        List<ModelRepository.ElementVersion> versions = alice.elementHistory(FILE, SERVICE);
        assertEquals(List.of("No owner", "Rename the service", "The benefit claims model"),
                versions.stream().map(version -> version.commit().message()).toList());
        ModelChange rename = versions.get(1).changes().get(0);
        assertEquals("name", rename.feature());
        assertEquals("Claim PIP", rename.after());
        assertEquals(ModelChange.Kind.ADDED, versions.get(2).changes().get(0).kind(), "the first commit added it");

        String first = alice.history(FILE).get(3).id();
        Resource now = TeamModels.load(alice.root().resolve(FILE));
        List<ModelChange> changes = alice.compare(FILE, first, now);
        assertEquals(3, changes.size(), String.valueOf(changes));
        assertTrue(changes.stream().anyMatch(change -> WEAK_LINK.equals(change.id()) && "strength".equals(change.feature())));
    }

    @Test
    void aFolderOutsideAnyRepositoryAndAPullWithoutRemoteSayWhatToDo() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        TeamException none = assertThrows(TeamException.class, () -> ModelRepository.open(outside));
        assertTrue(none.getMessage().endsWith("is not in a Git repository: share its folder or clone one first"), none.getMessage());
        Path lonely = Files.createDirectories(temp.resolve("lonely"));
        TeamModels.benefitClaims(lonely, FILE);
        try (ModelRepository alone = ModelRepository.share(lonely, "first", null)) {
            TeamException noRemote = assertThrows(TeamException.class, () -> alone.pull(null));
            assertTrue(noRemote.getMessage().contains("has no remote"), noRemote.getMessage());
            assertNotNull(ModelRepository.open(lonely.resolve(FILE)).root());
        }
        assertThrows(TeamException.class, () -> ModelRepository.cloneFrom(remote.toUri().toString(), lonely, null),
                "cloning into a folder that is not empty");
    }

    /** An edit of a modeller: the file loaded, changed, saved as the editor saves, committed. */
    private static void edit(ModelRepository repository, java.util.function.Consumer<Resource> change, String message) throws Exception {
        Path file = repository.root().resolve(FILE);
        Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), file);
        change.accept(resource);
        ModelFiles.save(resource);
        repository.commit(message, List.of(FILE));
    }

    private static Service service(Resource resource) {
        return TeamModels.element(resource, SERVICE);
    }

    private static Link link(Resource resource) {
        return TeamModels.element(resource, WEAK_LINK);
    }

    private static Action action(Resource resource) {
        return TeamModels.element(resource, ACTION);
    }
}
