// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;
import org.throughline.model.Service;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.ModelFiles;
import org.throughline.team.api.ConflictResolution.Choice;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.PullResult;
import org.throughline.testing.Examples;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.api.ModelEditors;

/**
 * The Team menu's views in the workbench, on the benefit claims example shared in Git: a colleague
 * (a second clone, edited as a file) and the modeller (in the model editor) judge the same link;
 * the pull lists the conflict, the modeller takes their side in the Merge Conflicts view, one undo
 * puts ours back, and the merge is committed.
 */
class TeamViewsTest {

    private static final String FILE = "benefit-claims.throughline";
    private static final String LINK = "bc-link-dwp-provider-a-comm";
    private static final String SERVICE = "bc-svc-pip";

    @TempDir
    Path temp;

    private IWorkbenchPage page;
    private ModelRepository alice;
    private ModelRepository bob;
    private Path aliceFile;
    private IProject project;

    @BeforeEach
    void sharedModel() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        Path remote = temp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        // A project outside the workspace folder, which the test runtime keeps inside this
        // repository's build folder: a model folder inside another repository is not shared.
        Path aliceFolder = Files.createDirectories(temp.resolve("alice-" + System.nanoTime()));
        Files.copy(Examples.file(FILE), aliceFolder.resolve(FILE));
        project = CloneHandler.project(ResourcesPlugin.getWorkspace(), aliceFolder);
        aliceFile = aliceFolder.resolve(FILE);
        alice = ModelRepository.share(aliceFolder, "The benefit claims model", remote.toUri().toString());
        alice.push(null);
        bob = ModelRepository.cloneFrom(remote.toUri().toString(), temp.resolve("bob"), null);
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        alice.close();
        bob.close();
        project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
    }

    @Test
    void theTeamMenuOffersEveryCommandWithAHandler() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of("clone", "share", "commit", "pull", "push", "history", "elementHistory", "compare", "conflicts",
                "moveToFragment")) {
            Command command = commands.getCommand("org.throughline.ui.team." + id);
            assertTrue(command.isDefined(), id);
            assertTrue(command.isHandled(), id + " has a handler");
        }
    }

    @Test
    void aConflictIsListedAndTakingTheirSideIsOneUndoableStepThenTheMergeIsCommitted() throws Exception {
        // Bob judges the link adequate in his clone and pushes.
        Path bobFile = bob.root().resolve(FILE);
        Resource bobs = ModelFiles.load(ModelFiles.newResourceSet(), bobFile);
        ((Link) ModelIndex.of(bobs).get(LINK)).setStrength(LinkStrength.ADEQUATE);
        ModelFiles.save(bobs);
        bob.commit("Supplier A is recovering", List.of(FILE));
        bob.push(null);
        // Alice judges it strong in the editor, saves and commits.
        ModelEditorContext editor = open();
        Link link = (Link) ModelIndex.of(editor.modelResource()).get(LINK);
        editor.editingDomain().getCommandStack().execute(SetCommand.create(editor.editingDomain(), link,
                ThroughlinePackage.Literals.LINK__STRENGTH, LinkStrength.STRONG));
        editor.editor().doSave(new NullProgressMonitor());
        alice.commit("Supplier A has recovered", List.of(FILE));

        PullResult pulled = PullHandler.pull(page, alice);
        flush();

        assertEquals(PullResult.Outcome.CONFLICTS, pulled.outcome());
        assertNotNull(page.findView(ConflictsView.ID), "the Merge Conflicts view is shown");
        // As after a restart: the view closed, then Team > Merge Conflicts lists the merge's conflicts again.
        page.hideView(page.findView(ConflictsView.ID));
        ConflictsView view = (ConflictsView) page.showView(ConflictsView.ID);
        assertTrue(view.entries().isEmpty());
        assertTrue(ShowConflictsHandler.resume(view, aliceFile), "the repository is in the middle of the merge");
        assertEquals(1, view.entries().size());
        ConflictsView.Entry entry = view.entries().get(0);
        assertEquals("strength", entry.conflict.feature());
        assertEquals(List.of("WEAK", "STRONG", "ADEQUATE"), List.of(entry.conflict.base(), entry.conflict.ours(), entry.conflict.theirs()));
        ModelEditorContext merged = TeamContext.editorOf(page, aliceFile);
        assertNotNull(merged, "the editor shows the merged model");
        Link mergedLink = (Link) ModelIndex.of(merged.modelResource()).get(LINK);
        assertEquals(LinkStrength.STRONG, mergedLink.getStrength(), "our side is kept until the modeller chooses");

        view.choose(List.of(entry), Choice.THEIRS, null);
        view.apply();
        flush();
        assertEquals(LinkStrength.ADEQUATE, mergedLink.getStrength(), "their side applied to the open model");
        assertTrue(merged.editor().isDirty());
        assertTrue(view.entries().get(0).applied);

        merged.editingDomain().getCommandStack().undo();
        flush();
        assertEquals(LinkStrength.STRONG, mergedLink.getStrength(), "one undo puts the merge's model back");
        assertFalse(view.entries().get(0).applied, "the view sees the resolution undone");
        merged.editingDomain().getCommandStack().redo();
        flush();
        assertEquals(LinkStrength.ADEQUATE, mergedLink.getStrength());

        ModelRepository.ModelCommit commit = view.commitMerge("Merge Bob's judgement of supplier A");
        flush();
        assertFalse(merged.editor().isDirty(), "the resolved model is saved");
        assertTrue(view.entries().isEmpty());
        assertFalse(alice.isMerging());
        try (Git git = Git.open(alice.root().toFile())) {
            assertEquals(2, git.log().setMaxCount(1).call().iterator().next().getParentCount(), "a merge commit");
            assertEquals(commit.id(), git.getRepository().resolve("HEAD").getName());
        }
        Resource saved = ModelFiles.load(ModelFiles.newResourceSet(), aliceFile);
        assertEquals(LinkStrength.ADEQUATE, ((Link) ModelIndex.of(saved).get(LINK)).getStrength(), "the file holds the resolution");
    }

    @Test
    void theHistoryViewsAndTheModelDiffFollowTheModelAndOneElement() throws Exception {
        ModelEditorContext editor = open();
        Service service = (Service) ModelIndex.of(editor.modelResource()).get(SERVICE);
        editor.editingDomain().getCommandStack().execute(SetCommand.create(editor.editingDomain(), service,
                ThroughlinePackage.Literals.ELEMENT__NAME, "Claim PIP"));
        editor.editor().doSave(new NullProgressMonitor());
        alice.commit("Rename the PIP service", List.of(FILE));
        Link link = (Link) ModelIndex.of(editor.modelResource()).get(LINK);
        editor.editingDomain().getCommandStack().execute(SetCommand.create(editor.editingDomain(), link,
                ThroughlinePackage.Literals.LINK__STRENGTH, LinkStrength.BROKEN));

        HistoryHandler.show(page, aliceFile);
        HistoryView history = (HistoryView) page.findView(HistoryView.ID);
        assertEquals(List.of("Rename the PIP service", "The benefit claims model"),
                history.rows().stream().map(row -> row.commit().message()).toList());

        ElementHistoryHandler.show(page, editor, service);
        assertEquals(2, history.rows().size(), "renamed in one commit, added in the first");
        assertEquals("name \u2192 Claim PIP", history.rows().get(0).changes());
        ElementHistoryHandler.show(page, editor, link);
        assertEquals(1, history.rows().size(), "the link's unsaved change is in no commit");

        try (Git git = Git.open(alice.root().toFile())) {
            git.tag().setName("stocktake-2024-10").setObjectId(git.getRepository().parseCommit(
                    git.getRepository().resolve(alice.history(FILE).get(1).id()))).call();
        }
        ModelRepository.ModelCommit first = alice.history(FILE).get(1);
        assertEquals(List.of("stocktake-2024-10"), first.tags(), "the stocktake's tag names the first commit");
        CompareHandler.compare(page, aliceFile, first);
        ModelDiffView diff = (ModelDiffView) page.findView(ModelDiffView.ID);
        assertEquals(2, diff.changes().size(), String.valueOf(diff.changes()));
        assertTrue(diff.changes().stream().anyMatch(change -> SERVICE.equals(change.id()) && "Claim PIP".equals(change.after())));
        assertTrue(diff.changes().stream().anyMatch(change -> LINK.equals(change.id()) && "BROKEN".equals(change.after())),
                "the open model's unsaved change is compared too");
        assertTrue(diff.heading().contains("2 changes"), diff.heading());
        assertTrue(diff.heading().contains("stocktake-2024-10"), diff.heading());
        int linkRow = diff.changes().indexOf(diff.changes().stream().filter(change -> LINK.equals(change.id())).findFirst().get());
        assertEquals(List.of("Strength", "Weak", "Broken"), List.of(diff.cell(linkRow, 2), diff.cell(linkRow, 3), diff.cell(linkRow, 4)),
                "the feature and its values in words, as the Properties view shows them");
        assertEquals(List.of("DWP contracts supplier A for assessments: weak \u2192 broken"),
                diff.deliveryChanges().stream().map(change -> change.text()).toList(),
                "in delivery terms only the link's judgement changed, not the service's name");
        assertEquals(Boolean.TRUE, diff.deliveryChanges().get(0).worse(), "a link judged broken is worse than weak");
    }

    @Test
    void anOrganisationMovedToAFragmentIsOneUndoableStepAndSavingWritesBothFiles() throws Exception {
        ModelEditorContext editor = open();
        Resource main = editor.modelResource();
        Path fragmentFile = Files.createDirectories(aliceFile.resolveSibling("departments")).resolve("dwp.throughline");
        Resource fragment = ModelFiles.create(main.getResourceSet(), fragmentFile);
        Organisation dwp = (Organisation) ModelIndex.of(main).get("bc-org-dwp");
        Organisation moj = (Organisation) ModelIndex.of(main).get("bc-org-moj");
        assertTrue(MoveToFragmentHandler.movable(dwp), "an organisation directly in a folder can be kept apart");
        assertFalse(MoveToFragmentHandler.movable(((Service) ModelIndex.of(main).get(SERVICE)).getSteps().get(0)),
                "a step goes with its service");

        MoveToFragmentHandler.move(editor, List.of(dwp, moj), fragment);
        assertEquals(fragment, dwp.eResource());
        assertEquals(fragment, moj.eResource());
        editor.editingDomain().getCommandStack().undo();
        assertEquals(main, dwp.eResource(), "one undo puts both back");
        assertEquals(main, moj.eResource());
        editor.editingDomain().getCommandStack().redo();
        editor.editor().doSave(new NullProgressMonitor());

        Resource reread = ModelFiles.load(ModelFiles.newResourceSet(), aliceFile);
        Organisation kept = (Organisation) ModelIndex.of(reread).get("bc-org-dwp");
        assertEquals(fragmentFile.toString(), kept.eResource().getURI().toFileString(), "the department is read from its fragment");
        assertEquals(dwp.getName(), kept.getName());
        assertTrue(Files.readString(aliceFile).contains("departments/dwp.throughline"),
                "the main file refers to the fragment");
    }

    private ModelEditorContext open() throws Exception {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(aliceFile.toUri());
        ModelEditorContext editor = IDE.openEditor(page, files[0], ModelEditors.EDITOR_ID).getAdapter(ModelEditorContext.class);
        flush();
        return editor;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run pending UI work
        }
    }
}
