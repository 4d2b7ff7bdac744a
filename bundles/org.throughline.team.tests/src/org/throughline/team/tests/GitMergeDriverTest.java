// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.throughline.cli.api.CliContext;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Folder;
import org.throughline.model.Link;
import org.throughline.model.Organisation;
import org.throughline.model.LinkStrength;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.internal.GitSetupCommand;
import org.throughline.team.internal.MergeCommand;
import org.throughline.team.internal.SplitCommand;

/**
 * Two modellers share a model through a bare Git remote, with the real git binary and the merge
 * driver set up by git-setup: each clones, edits, commits, pushes and pulls as a team would.
 */
class GitMergeDriverTest {

    private static final String MODEL = "benefit-claims.throughline"; //$NON-NLS-1$
    private static final String LINK = "bc-link-dwp-providers-guidance"; //$NON-NLS-1$
    private static final String SERVICE = "bc-svc-pip"; //$NON-NLS-1$
    private static final String ACTION = "bc-act-rebalance"; //$NON-NLS-1$

    @TempDir
    Path dir;

    private Path alice;
    private Path bob;
    private final Set<String> sideErrors = new java.util.HashSet<>();

    /** An edit of the model in one clone. */
    @FunctionalInterface
    interface Edit {
        void apply(Resource model) throws IOException;
    }

    @BeforeEach
    void twoClonesOfOneRemote() throws Exception {
        Path remote = dir.resolve("remote.git"); //$NON-NLS-1$
        git(dir, "init", "--bare", "--initial-branch=main", remote.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        alice = dir.resolve("alice"); //$NON-NLS-1$
        bob = dir.resolve("bob"); //$NON-NLS-1$
        git(dir, "clone", "-q", remote.toString(), alice.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        identify(alice, "Alice"); //$NON-NLS-1$
        TeamModels.benefitClaims(alice, MODEL);
        setUp(alice);
        git(alice, "add", "."); //$NON-NLS-1$ //$NON-NLS-2$
        git(alice, "commit", "-q", "-m", "The benefit claims model"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        git(alice, "push", "-q", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        git(dir, "clone", "-q", remote.toString(), bob.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        identify(bob, "Bob"); //$NON-NLS-1$
        setUp(bob);
    }

    private void identify(Path clone, String name) throws Exception {
        git(clone, "config", "user.name", name); //$NON-NLS-1$ //$NON-NLS-2$
        git(clone, "config", "user.email", name.toLowerCase() + "@example.org"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        git(clone, "config", "pull.rebase", "false"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Runs git-setup in a clone, with the driver run by a plain JVM on the test's classes. */
    private static void setUp(Path clone) throws Exception {
        TeamModels.Run run = TeamModels.run(new GitSetupCommand(), clone, ".", "--command", driverCommand()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("merge.throughline.driver"), run.out()); //$NON-NLS-1$
    }

    private static String driverCommand() {
        Set<String> classpath = new LinkedHashSet<>();
        for (Class<?> type : List.of(GitDriver.class, MergeCommand.class, CliContext.class, ModelFiles.class, EObject.class,
                org.eclipse.emf.common.util.URI.class, XMLResource.class, NLS.class)) {
            classpath.add(location(type));
        }
        String java = ProcessHandle.current().info().command().orElse("java"); //$NON-NLS-1$
        return "'" + java + "' -cp '" + String.join(File.pathSeparator, classpath) + "' " + GitDriver.class.getName(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the folder or jar a class is loaded from, outside OSGi */
    private static String location(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        File file;
        if (bundle == null) {
            // The framework's own classes (NLS) come from the launcher's class path.
            try {
                file = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        } else {
            file = FileLocator.getBundleFileLocation(bundle).orElseThrow();
        }
        if (file.isDirectory()) {
            String classFile = type.getName().replace('.', '/') + ".class"; //$NON-NLS-1$
            for (String classes : List.of("target/classes", "bin", ".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (new File(new File(file, classes), classFile).isFile()) {
                    return new File(file, classes).getAbsolutePath();
                }
            }
        }
        return file.getAbsolutePath();
    }

    private static String git(Path folder, String... arguments) throws Exception {
        return gitExit(folder, 0, arguments);
    }

    private static String gitExit(Path folder, int expected, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git")); //$NON-NLS-1$
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().put("HOME", System.getProperty("java.io.tmpdir")); //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().put("GIT_TERMINAL_PROMPT", "0"); //$NON-NLS-1$ //$NON-NLS-2$
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(expected, process.exitValue(), "git " + String.join(" ", arguments) + ":\n" + output); //$NON-NLS-1$ //$NON-NLS-2$
        return output;
    }

    private static void edit(Path clone, String message, Edit edit) throws Exception {
        Path file = clone.resolve(MODEL);
        Resource model = ModelFiles.load(file);
        edit.apply(model);
        ModelFiles.save(model);
        git(clone, "commit", "-q", "-am", message); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Alice edits and pushes, Bob edits, commits and pulls (the merge driver merges), pushes;
     * Alice pulls.
     *
     * @return Bob's pull's output, and the merged model as Alice finally has it
     */
    private Resource exchange(Edit aliceEdit, Edit bobEdit, int pullExit) throws Exception {
        edit(alice, "Alice's edit", aliceEdit); //$NON-NLS-1$
        git(alice, "push", "-q", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        edit(bob, "Bob's edit", bobEdit); //$NON-NLS-1$
        sideErrors.addAll(TeamModels.errors(ModelFiles.load(alice.resolve(MODEL))));
        sideErrors.addAll(TeamModels.errors(ModelFiles.load(bob.resolve(MODEL))));
        sideErrors.addAll(TeamModels.errors(ModelFiles.load(org.throughline.testing.Examples.file(MODEL))));
        String pull = gitExit(bob, pullExit, "pull", "--no-edit", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String text = Files.readString(bob.resolve(MODEL), StandardCharsets.UTF_8);
        assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), "no conflict markers:\n" + pull); //$NON-NLS-1$ //$NON-NLS-2$
        Resource merged = ModelFiles.load(bob.resolve(MODEL));
        if (pullExit != 0) {
            return merged;
        }
        git(bob, "push", "-q", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        git(alice, "pull", "-q", "--no-edit", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Files.readString(bob.resolve(MODEL)), Files.readString(alice.resolve(MODEL)), "both clones have the same model");
        try (var files = Files.list(bob)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".merge_file") || n.endsWith(".tmp")).toList(), //$NON-NLS-1$ //$NON-NLS-2$
                    "no stray files in the work tree");
        }
        return merged;
    }

    /** Loads a model with its fragments, edits it, saves every file of it and commits. */
    private static void editWhole(Path clone, String message, Edit edit) throws Exception {
        Resource model = ModelFiles.load(clone.resolve(MODEL));
        assertEquals(List.of(), ModelFragments.problems(model.getResourceSet()));
        edit.apply(model);
        for (Resource file : ModelFragments.files(model)) {
            ModelFiles.save(file);
        }
        git(clone, "commit", "-q", "-am", message); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A new organisation under another, in the same folder, kept in that one's fragment. */
    private static void addOrganisation(Resource model, String id, String name, String parentId) {
        Organisation parent = TeamModels.element(model, parentId);
        Organisation organisation = ThroughlineFactory.eINSTANCE.createOrganisation();
        organisation.setId(id);
        organisation.setName(name);
        organisation.setParent(parent);
        ((Folder) parent.eContainer()).getElements().add(organisation);
        ModelFragments.moveTo(organisation, parent.eResource());
    }

    @Test
    void twoDepartmentsEditTheirOwnFragmentsAndBothEditsLand() throws Exception {
        TeamModels.Run split = TeamModels.run(new SplitCommand(), alice, MODEL, "--by", "organisation", "--out", "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(0, split.exitCode(), split.err());
        git(alice, "add", "."); //$NON-NLS-1$ //$NON-NLS-2$
        git(alice, "commit", "-q", "-m", "One fragment per department"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        git(alice, "push", "-q", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        git(bob, "pull", "-q", "--no-edit", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String[] weakLink = new String[1];
        // DWP's modeller renames an operation of theirs and adds a body; the MoJ's judges one of
        // their links weak and adds a body of theirs: each in their own fragment, both in the main file's folder.
        editWhole(alice, "DWP's edit", model -> { //$NON-NLS-1$
            TeamModels.<Organisation>element(model, "bc-org-dwp-ops").setName("DWP Operations (PIP)"); //$NON-NLS-1$ //$NON-NLS-2$
            addOrganisation(model, "bc-org-dwp-digital", "DWP Digital", "bc-org-dwp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        });
        git(alice, "push", "-q", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        editWhole(bob, "MoJ's edit", model -> { //$NON-NLS-1$
            Organisation moj = TeamModels.element(model, "bc-org-moj"); //$NON-NLS-1$
            Link link = ModelIndex.of(model).ids().stream().map(id -> ModelIndex.of(model).get(id)).filter(Link.class::isInstance)
                    .map(Link.class::cast).filter(l -> l.eResource() == moj.eResource()).findFirst().orElseThrow();
            link.setStrength(LinkStrength.WEAK);
            weakLink[0] = link.getId();
            addOrganisation(model, "bc-org-tribunal-west", "Tribunal centre, West", "bc-org-moj"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        });
        sideErrors.addAll(TeamModels.errors(ModelFiles.load(alice.resolve(MODEL))));
        sideErrors.addAll(TeamModels.errors(ModelFiles.load(bob.resolve(MODEL))));
        String pull = gitExit(bob, 0, "pull", "--no-edit", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (var files = Files.walk(bob)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".throughline")).toList()) { //$NON-NLS-1$
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), file + ": no conflict markers:\n" + pull); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        Resource merged = ModelFiles.load(bob.resolve(MODEL));
        assertEquals(List.of(), ModelFragments.problems(merged.getResourceSet()), pull);
        assertEquals("DWP Operations (PIP)", TeamModels.<Organisation>element(merged, "bc-org-dwp-ops").getName()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(merged, weakLink[0]).getStrength());
        Organisation digital = TeamModels.element(merged, "bc-org-dwp-digital"); //$NON-NLS-1$
        Organisation west = TeamModels.element(merged, "bc-org-tribunal-west"); //$NON-NLS-1$
        assertEquals(TeamModels.element(merged, "bc-org-dwp").eResource(), digital.eResource(), "in DWP's fragment"); //$NON-NLS-1$
        assertEquals(TeamModels.element(merged, "bc-org-moj").eResource(), west.eResource(), "in the MoJ's fragment"); //$NON-NLS-1$
        assertEquals(digital.eContainer(), west.eContainer(), "both in the organisations folder");
        assertValidates(merged);
    }

    /** Validation finds no error in the merged model that neither side had. */
    private void assertValidates(Resource merged) {
        Set<String> after = TeamModels.errors(merged);
        after.removeAll(sideErrors);
        assertEquals(Set.of(), after, "no validation error that neither side had");
    }

    @Test
    void theDoneWhenScenarioMergesBothEditsWithoutConflict() throws Exception {
        Resource merged = exchange(model -> {
            TeamModels.<Service>element(model, SERVICE).setName("Claim Personal Independence Payment"); //$NON-NLS-1$
            ProcessStep step = ThroughlineFactory.eINSTANCE.createProcessStep();
            step.setId("bc-step-identity"); //$NON-NLS-1$
            step.setName("Check identity online"); //$NON-NLS-1$
            TeamModels.<Service>element(model, SERVICE).getSteps().add(1, step);
        }, model -> {
            TeamModels.<Link>element(model, LINK).setStrength(LinkStrength.WEAK);
            Action action = ThroughlineFactory.eINSTANCE.createAction();
            action.setId("bc-act-guidance"); //$NON-NLS-1$
            action.setName("Rewrite the guidance for assessors"); //$NON-NLS-1$
            action.setStatus(ActionStatus.OPEN);
            action.getAddresses().add(TeamModels.element(model, LINK));
            ((Folder) TeamModels.<Action>element(model, ACTION).eContainer()).getElements().add(action);
        }, 0);
        assertEquals("Claim Personal Independence Payment", TeamModels.<Service>element(merged, SERVICE).getName()); //$NON-NLS-1$
        assertEquals("bc-step-identity", TeamModels.<Service>element(merged, SERVICE).getSteps().get(1).getId()); //$NON-NLS-1$
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(merged, LINK).getStrength());
        assertEquals(List.of(TeamModels.element(merged, LINK)), TeamModels.<Action>element(merged, "bc-act-guidance").getAddresses()); //$NON-NLS-1$
        assertValidates(merged);
    }

    @Test
    void differentElementsAndDifferentFeaturesOfOneElementBothLand() throws Exception {
        Resource merged = exchange(model -> {
            TeamModels.<Link>element(model, LINK).setEvidence("Assessor survey"); //$NON-NLS-1$
            TeamModels.<Service>element(model, SERVICE).setDescription("From first call to award."); //$NON-NLS-1$
        }, model -> {
            TeamModels.<Link>element(model, LINK).setStrength(LinkStrength.WEAK);
            TeamModels.<Action>element(model, ACTION).setStatus(ActionStatus.DONE);
        }, 0);
        Link link = TeamModels.element(merged, LINK);
        assertEquals("Assessor survey", link.getEvidence()); //$NON-NLS-1$
        assertEquals(LinkStrength.WEAK, link.getStrength());
        assertEquals("From first call to award.", TeamModels.<Service>element(merged, SERVICE).getDescription()); //$NON-NLS-1$
        assertEquals(ActionStatus.DONE, TeamModels.<Action>element(merged, ACTION).getStatus());
        assertValidates(merged);
    }

    @Test
    void theSameFeatureIsAConflictThatKeepsOursAndStopsThePull() throws Exception {
        Resource merged = exchange(model -> TeamModels.<Link>element(model, LINK).setStrength(LinkStrength.BROKEN),
                model -> TeamModels.<Link>element(model, LINK).setStrength(LinkStrength.WEAK), 1);
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(merged, LINK).getStrength(), "Bob's side kept");
        String status = git(bob, "status", "--porcelain"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(status.contains("UU " + MODEL), status); //$NON-NLS-1$
    }

    @Test
    void aRenameAndAnEditOfTheSameElementBothLand() throws Exception {
        Resource merged = exchange(model -> TeamModels.<Service>element(model, SERVICE).setName("Claim PIP"), //$NON-NLS-1$
                model -> TeamModels.<Service>element(model, SERVICE).setDescription("From first call to award."), 0); //$NON-NLS-1$
        assertEquals("Claim PIP", TeamModels.<Service>element(merged, SERVICE).getName()); //$NON-NLS-1$
        assertEquals("From first call to award.", TeamModels.<Service>element(merged, SERVICE).getDescription()); //$NON-NLS-1$
        assertValidates(merged);
    }

    @Test
    void aDeleteAgainstAnEditIsAConflictThatKeepsTheEditedElement() throws Exception {
        Resource merged = exchange(model -> EcoreUtil.delete(TeamModels.element(model, ACTION), true),
                model -> TeamModels.<Action>element(model, ACTION).setStatus(ActionStatus.DONE), 1);
        assertEquals(ActionStatus.DONE, TeamModels.<Action>element(merged, ACTION).getStatus(), "Bob's edit kept");
    }

    @Test
    void aMoveBetweenFoldersAndAnEditBothLand() throws Exception {
        Resource merged = exchange(model -> TeamModels.<Folder>element(model, "bc-f-risks").getElements() //$NON-NLS-1$
                .add(TeamModels.element(model, ACTION)),
                model -> TeamModels.<Action>element(model, ACTION).setStatus(ActionStatus.DONE), 0);
        Action action = TeamModels.element(merged, ACTION);
        assertEquals(ActionStatus.DONE, action.getStatus());
        assertEquals("bc-f-risks", ((Folder) action.eContainer()).getId()); //$NON-NLS-1$
        assertValidates(merged);
    }

    @Test
    void gitDiffShowsElementsByName() throws Exception {
        edit(alice, "Weak guidance", model -> TeamModels.<Link>element(model, LINK).setStrength(LinkStrength.WEAK)); //$NON-NLS-1$
        String diff = git(alice, "diff", "HEAD~1", "--", MODEL); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(diff.contains("-    strength: ADEQUATE\n+    strength: WEAK\n"), diff); //$NON-NLS-1$
        assertTrue(Files.readString(alice.resolve(".gitattributes")).contains("*.throughline merge=throughline diff=throughline")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
