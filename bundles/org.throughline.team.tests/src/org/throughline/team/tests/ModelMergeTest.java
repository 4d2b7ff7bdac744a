// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Action;
import org.throughline.model.Folder;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.CanonicalFiles;
import org.throughline.team.api.MergeConflict;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.api.ModelMerge;

/** The three-way merge on versions of the benefit claims example edited by two modellers. */
class ModelMergeTest {

    private static final String LINK = "bc-link-dwp-providers-guidance"; // ADEQUATE in the example //$NON-NLS-1$
    private static final String SERVICE = "bc-svc-pip"; //$NON-NLS-1$
    private static final String ACTION = "bc-act-rebalance"; //$NON-NLS-1$

    @TempDir
    Path folder;

    /** An edit of one version. */
    @FunctionalInterface
    interface Edit {
        void apply(Resource model) throws IOException;
    }

    private Resource merged;
    private ModelMerge.Result result;

    private void merge(Edit ourEdit, Edit theirEdit) throws IOException {
        Resource base = TeamModels.load(TeamModels.benefitClaims(folder, "base.throughline")); //$NON-NLS-1$
        Resource ours = TeamModels.load(TeamModels.benefitClaims(folder, "ours.throughline")); //$NON-NLS-1$
        Resource theirs = TeamModels.load(TeamModels.benefitClaims(folder, "theirs.throughline")); //$NON-NLS-1$
        ourEdit.apply(ours);
        theirEdit.apply(theirs);
        result = ModelMerge.merge(ModelIndex.of(base), ours, ModelIndex.of(theirs));
        // The merged model is a whole, loadable file.
        Path file = folder.resolve("merged.throughline"); //$NON-NLS-1$
        CanonicalFiles.replace(ours, file);
        merged = TeamModels.load(file);
    }

    private static ProcessStep step(String id, String name) {
        ProcessStep step = ThroughlineFactory.eINSTANCE.createProcessStep();
        step.setId(id);
        step.setName(name);
        return step;
    }

    private static Action action(String id, String name) {
        Action action = ThroughlineFactory.eINSTANCE.createAction();
        action.setId(id);
        action.setName(name);
        return action;
    }

    private static Folder folderOf(Resource model, String id) {
        return TeamModels.element(model, id);
    }

    @Test
    void editsOfDifferentElementsBothLand() throws IOException {
        merge(ours -> TeamModels.<Link>element(ours, LINK).setStrength(LinkStrength.WEAK),
                theirs -> TeamModels.<Service>element(theirs, SERVICE).setName("Claim PIP")); //$NON-NLS-1$
        assertEquals(List.of(), result.conflicts());
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(merged, LINK).getStrength());
        assertEquals("Claim PIP", TeamModels.<Service>element(merged, SERVICE).getName()); //$NON-NLS-1$
        assertEquals(1, result.applied(), "one change of theirs applied");
    }

    @Test
    void editsOfDifferentFeaturesOfOneElementBothLand() throws IOException {
        merge(ours -> TeamModels.<Link>element(ours, LINK).setStrength(LinkStrength.WEAK),
                theirs -> TeamModels.<Link>element(theirs, LINK).setEvidence("Assessor survey, 2025")); //$NON-NLS-1$
        assertEquals(List.of(), result.conflicts());
        Link link = TeamModels.element(merged, LINK);
        assertEquals(LinkStrength.WEAK, link.getStrength());
        assertEquals("Assessor survey, 2025", link.getEvidence()); //$NON-NLS-1$
    }

    @Test
    void twoValuesOfOneFeatureConflictAndOursIsKept() throws IOException {
        merge(ours -> TeamModels.<Link>element(ours, LINK).setStrength(LinkStrength.WEAK),
                theirs -> TeamModels.<Link>element(theirs, LINK).setStrength(LinkStrength.BROKEN));
        assertEquals(List.of(new MergeConflict(MergeConflict.Kind.BOTH_CHANGED, LINK, "Link", "DWP guides assessors", //$NON-NLS-1$ //$NON-NLS-2$
                "strength", "ADEQUATE", "WEAK", "BROKEN")), result.conflicts()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(merged, LINK).getStrength());
    }

    @Test
    void additionsOnBothSidesBothLandInTheirPlaces() throws IOException {
        merge(ours -> TeamModels.<Service>element(ours, SERVICE).getSteps().add(1, step("step-ours", "Check identity")), //$NON-NLS-1$ //$NON-NLS-2$
                theirs -> {
                    TeamModels.<Service>element(theirs, SERVICE).getSteps().add(3, step("step-theirs", "Book the assessment")); //$NON-NLS-1$ //$NON-NLS-2$
                    Action action = action("act-theirs", "Review supplier A's plan"); //$NON-NLS-1$ //$NON-NLS-2$
                    action.getAddresses().add(TeamModels.element(theirs, LINK));
                    ((Folder) TeamModels.<Action>element(theirs, ACTION).eContainer()).getElements().add(action);
                });
        assertEquals(List.of(), result.conflicts());
        List<String> steps = TeamModels.<Service>element(merged, SERVICE).getSteps().stream().map(ProcessStep::getId).toList();
        // Base steps: register, form, evidence, assessment, decision... Ours put its step second;
        // theirs put its step after the third base step (evidence), so it follows evidence.
        assertEquals("step-ours", steps.get(1)); //$NON-NLS-1$
        assertEquals(steps.indexOf("bc-step-evidence") + 1, steps.indexOf("step-theirs")); //$NON-NLS-1$ //$NON-NLS-2$
        Action action = TeamModels.element(merged, "act-theirs"); //$NON-NLS-1$
        assertEquals(List.of(TeamModels.element(merged, LINK)), action.getAddresses(), "its reference points into the merged model");
    }

    @Test
    void aRenameAndAnEditOfTheSameElementBothLand() throws IOException {
        merge(ours -> TeamModels.<Service>element(ours, SERVICE).setName("Claim PIP"), //$NON-NLS-1$
                theirs -> TeamModels.<Service>element(theirs, SERVICE).setDescription("The whole journey, from call to award.")); //$NON-NLS-1$
        assertEquals(List.of(), result.conflicts());
        Service service = TeamModels.element(merged, SERVICE);
        assertEquals("Claim PIP", service.getName()); //$NON-NLS-1$
        assertEquals("The whole journey, from call to award.", service.getDescription()); //$NON-NLS-1$
    }

    @Test
    void aDeleteAgainstAnEditIsAConflictEitherWayAndOursIsKept() throws IOException {
        merge(ours -> TeamModels.<Action>element(ours, ACTION).setDueDate(java.time.LocalDate.of(2025, 12, 31)),
                theirs -> EcoreUtil.delete(TeamModels.element(theirs, ACTION), true));
        assertEquals(1, result.conflicts().size());
        assertEquals(MergeConflict.Kind.CHANGED_BY_US_DELETED_BY_THEM, result.conflicts().get(0).kind());
        assertEquals(ACTION, result.conflicts().get(0).id());
        assertTrue(TeamModels.has(merged, ACTION), "our edited action is kept");

        merge(ours -> EcoreUtil.delete(TeamModels.element(ours, ACTION), true),
                theirs -> TeamModels.<Action>element(theirs, ACTION).setDueDate(java.time.LocalDate.of(2025, 12, 31)));
        assertEquals(1, result.conflicts().size());
        assertEquals(MergeConflict.Kind.DELETED_BY_US_CHANGED_BY_THEM, result.conflicts().get(0).kind());
        assertFalse(TeamModels.has(merged, ACTION), "our deletion is kept");
    }

    @Test
    void aDeletionOfTheirsRemovesTheElementAndEveryReferenceToIt() throws IOException {
        merge(ours -> TeamModels.<Link>element(ours, LINK).setStrength(LinkStrength.WEAK),
                theirs -> EcoreUtil.delete(TeamModels.element(theirs, "bc-act-provider-plan"), true)); //$NON-NLS-1$
        assertEquals(List.of(), result.conflicts());
        assertFalse(TeamModels.has(merged, "bc-act-provider-plan")); //$NON-NLS-1$
        assertEquals(LinkStrength.WEAK, TeamModels.<Link>element(merged, LINK).getStrength());
    }

    @Test
    void aMoveBetweenFoldersAndAnEditBothLand() throws IOException {
        merge(ours -> folderOf(ours, "bc-f-risks").getElements().add(TeamModels.element(ours, ACTION)), //$NON-NLS-1$
                theirs -> TeamModels.<Action>element(theirs, ACTION).setName("Move referrals to supplier B")); //$NON-NLS-1$
        assertEquals(List.of(), result.conflicts());
        Action action = TeamModels.element(merged, ACTION);
        assertEquals("Move referrals to supplier B", action.getName()); //$NON-NLS-1$
        assertEquals("bc-f-risks", ((Folder) action.eContainer()).getId()); //$NON-NLS-1$

        merge(ours -> TeamModels.<Action>element(ours, ACTION).setName("Move referrals to supplier B"), //$NON-NLS-1$
                theirs -> folderOf(theirs, "bc-f-risks").getElements().add(TeamModels.element(theirs, ACTION))); //$NON-NLS-1$
        assertEquals(List.of(), result.conflicts());
        assertEquals("bc-f-risks", ((Folder) TeamModels.<Action>element(merged, ACTION).eContainer()).getId(), "their move lands"); //$NON-NLS-1$
    }

    @Test
    void referencesAddedToOneListOnBothSidesAllLand() throws IOException {
        merge(ours -> TeamModels.<Action>element(ours, ACTION).getAddresses().add(TeamModels.element(ours, LINK)),
                theirs -> TeamModels.<Action>element(theirs, ACTION).getAddresses().add(TeamModels.element(theirs, "bc-step-decision"))); //$NON-NLS-1$
        assertEquals(List.of(), result.conflicts());
        List<String> addresses = TeamModels.<Action>element(merged, ACTION).getAddresses().stream()
                .map(ModelIndex::id).toList();
        assertEquals(List.of("bc-step-assessment", "bc-issue-backlog", LINK, "bc-step-decision"), addresses); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void theirValueReferringToAnElementWeDeletedIsAConflict() throws IOException {
        merge(ours -> EcoreUtil.delete(TeamModels.element(ours, "bc-step-decision"), true), //$NON-NLS-1$
                theirs -> TeamModels.<Action>element(theirs, ACTION).getAddresses().add(TeamModels.element(theirs, "bc-step-decision"))); //$NON-NLS-1$
        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        assertEquals(MergeConflict.Kind.REFERENCE_TO_DELETED, result.conflicts().get(0).kind());
        assertFalse(TeamModels.has(merged, "bc-step-decision")); //$NON-NLS-1$
    }

    @Test
    void theirReorderingOfStepsLandsBesideOurAddition() throws IOException {
        merge(ours -> TeamModels.<Service>element(ours, SERVICE).getSteps().add(step("step-ours", "Check identity")), //$NON-NLS-1$ //$NON-NLS-2$
                theirs -> TeamModels.<Service>element(theirs, SERVICE).getSteps().move(0, 1));
        assertEquals(List.of(), result.conflicts());
        List<String> steps = TeamModels.<Service>element(merged, SERVICE).getSteps().stream().map(ProcessStep::getId).toList();
        // Theirs swapped the first two steps (form before register); ours appended a step.
        assertEquals(List.of("bc-step-form", "bc-step-register", "bc-step-evidence"), steps.subList(0, 3)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("step-ours", steps.get(steps.size() - 1)); //$NON-NLS-1$
    }

    @Test
    void twoReorderingsOfOnePlaceConflict() throws IOException {
        merge(ours -> TeamModels.<Service>element(ours, SERVICE).getSteps().move(0, 2),
                theirs -> TeamModels.<Service>element(theirs, SERVICE).getSteps().move(0, 1));
        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        assertEquals("order of steps", result.conflicts().get(0).feature()); //$NON-NLS-1$
        assertEquals("bc-step-evidence", TeamModels.<Service>element(merged, SERVICE).getSteps().get(0).getId(), "ours kept"); //$NON-NLS-1$
    }
}
