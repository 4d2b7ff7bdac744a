// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.Link;
import org.throughline.model.Organisation;
import org.throughline.model.Role;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.Recovery;
import org.throughline.ui.editor.internal.preferences.ValidationPreferencePage;
import org.throughline.ui.editor.internal.search.FindElementsDialog;
import org.throughline.ui.editor.internal.search.FindElementsHandler;
import org.throughline.ui.editor.internal.search.ResultsDialog;
import org.throughline.ui.editor.internal.search.ShowReferences;
import org.throughline.validation.api.Validator;

/** Find, Show References, severities in the preferences, and recovery of unsaved changes after a crash. */
class SearchAndSafetyTest {

    private IFile file;
    private ModelEditor editor;

    @BeforeEach
    void openExample() throws Exception {
        EditorFixture.closeAll();
        file = EditorFixture.example("emergency-care.throughline");
        editor = EditorFixture.open(file);
    }

    @AfterEach
    void close() {
        ModelEditor.setRecoveryPrompt(model -> false);
        EditorFixture.closeAll();
    }

    @Test
    void findSearchesNamesTypesAndValuesOfOpenModels() {
        List<ModelEditor> open = FindElementsHandler.openEditors();
        assertEquals(List.of(editor), open);
        List<ResultsDialog.Row> byName = FindElementsDialog.search(open, "a&e", null, false);
        assertFalse(byName.isEmpty(), "elements named after A&E are found, whatever the case");
        assertTrue(byName.stream().allMatch(r -> ((org.throughline.model.Element) r.element()).getName().toLowerCase().contains("a&e")));

        List<ResultsDialog.Row> organisations = FindElementsDialog.search(open, "", ThroughlinePackage.Literals.ORGANISATION, false);
        assertFalse(organisations.isEmpty());
        assertTrue(organisations.stream().allMatch(r -> r.element() instanceof Organisation), "only organisations");

        Link link = null;
        for (var it = editor.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Link candidate && candidate.getEvidence() != null && candidate.getEvidence().length() > 20) {
                link = candidate;
                break;
            }
        }
        String phrase = link.getEvidence().substring(0, 20);
        Link wanted = link;
        assertTrue(FindElementsDialog.search(open, phrase, null, true).stream().anyMatch(r -> r.element() == wanted),
                "a phrase of a link's evidence finds the link");
        assertTrue(FindElementsDialog.search(open, phrase, null, false).stream().noneMatch(r -> r.element() == wanted),
                "but not when only names are searched");
    }

    @Test
    void showReferencesListsWhatRefersToAnElement() {
        Role owner = null;
        for (var it = editor.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.throughline.model.Priority priority && priority.getOwner() != null) {
                owner = priority.getOwner();
                break;
            }
        }
        List<ResultsDialog.Row> rows = ShowReferences.rows(editor, owner);
        assertTrue(rows.stream().anyMatch(r -> r.element() instanceof org.throughline.model.Priority && "owner".equals(r.detail())),
                "the priority it owns refers to the SRO role");
    }

    @Test
    void aRuleIgnoredInThePreferencesLeavesTheProblemsView() throws Exception {
        Link link = null;
        for (var it = editor.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Link candidate) {
                link = candidate;
                break;
            }
        }
        editor.editingDomain().getCommandStack().execute(SetCommand.create(editor.editingDomain(), link,
                ThroughlinePackage.Literals.LINK__STRENGTH, org.throughline.model.LinkStrength.UNKNOWN));
        EditorFixture.awaitValidation();
        assertTrue(count("chain.unknown-strength") > 0, "the rule fires");
        var rules = Validator.standard().rules();
        try {
            ValidationPreferencePage.store(Map.of("chain.unknown-strength", "IGNORE"), rules);
            editor.validation().revalidateAll();
            EditorFixture.awaitValidation();
            assertEquals(0, count("chain.unknown-strength"), "an ignored rule reports nothing");
        } finally {
            ValidationPreferencePage.store(Map.of(), rules);
        }
        editor.validation().revalidateAll();
        EditorFixture.awaitValidation();
        assertTrue(count("chain.unknown-strength") > 0, "back to its default, it fires again");
    }

    @Test
    void unsavedChangesAreRecoveredAfterACrash() throws Exception {
        Path model = file.getLocation().toFile().toPath();
        Organisation organisation = (Organisation) FindElementsDialog.search(List.of(editor), "",
                ThroughlinePackage.Literals.ORGANISATION, false).get(0).element();
        editor.editingDomain().getCommandStack().execute(SetCommand.create(editor.editingDomain(), organisation,
                ThroughlinePackage.Literals.ELEMENT__NAME, "Recovered Trust"));
        editor.recovery().writeNow();
        Path recovery = Recovery.fileFor(model);
        assertTrue(Files.exists(recovery), "the recovery copy is written");
        assertTrue(Files.readString(recovery).contains("Recovered Trust"));
        assertFalse(Files.readString(model).contains("Recovered Trust"), "the model file itself is untouched");

        // A crash leaves the copy behind; closing without saving would remove it, so keep it aside.
        Path kept = Files.createTempFile("recovery", ".throughline");
        Files.copy(recovery, kept, StandardCopyOption.REPLACE_EXISTING);
        EditorFixture.closeAll();
        assertFalse(Files.exists(recovery), "closing without saving removes the recovery copy");
        Files.copy(kept, recovery);
        Files.setLastModifiedTime(recovery, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        ModelEditor.setRecoveryPrompt(path -> true);
        editor = EditorFixture.open(file);
        assertTrue(editor.isDirty(), "recovered changes are unsaved");
        assertEquals("Recovered Trust", ((org.throughline.model.Element) editor.modelResource().getEObject(organisation.getId()))
                .getName());
        editor.doSave(null);
        assertFalse(Files.exists(recovery), "saving removes the recovery copy");
        assertTrue(Files.readString(model).contains("Recovered Trust"));
    }

    private int count(String rule) throws Exception {
        int count = 0;
        for (IMarker marker : file.findMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO)) {
            if (rule.equals(marker.getAttribute(ModelEditors.MARKER_RULE_ID, null))) {
                count++;
            }
        }
        return count;
    }
}
