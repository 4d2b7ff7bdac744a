// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.Validator;

/** Validation while editing: problems appear in the Problems view, lead to their element, and quick fixes resolve them. */
class LiveValidationTest {

    private IFile file;
    private ModelEditor editor;

    @BeforeEach
    void openExample() throws Exception {
        EditorFixture.closeAll();
        file = EditorFixture.example("school-literacy.throughline");
        editor = EditorFixture.open(file);
        EditorFixture.awaitValidation();
    }

    @AfterEach
    void close() {
        EditorFixture.closeAll();
    }

    @Test
    void aLinkMadeUnknownGetsAMarkerThatAQuickFixResolves() throws Exception {
        Link link = firstStrongLink();
        assertNull(marker("chain.unknown-strength", link.getId()), "no problem before the edit");

        editor.editingDomain().getCommandStack().execute(
                SetCommand.create(editor.editingDomain(), link, ThroughlinePackage.Literals.LINK__STRENGTH, LinkStrength.UNKNOWN));
        EditorFixture.awaitValidation();
        IMarker marker = marker("chain.unknown-strength", link.getId());
        assertNotNull(marker, "the Problems view shows the link of unknown strength");
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains(link.getName()), marker.getAttribute(IMarker.MESSAGE, ""));
        var rule = org.throughline.validation.api.Validator.standard().rules().stream()
                .filter(r -> r.id().equals("chain.unknown-strength")).findFirst().orElseThrow();
        int expected = switch (rule.defaultSeverity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
        assertEquals(expected, marker.getAttribute(IMarker.SEVERITY, -1), "the marker has the rule's severity");

        editor.treePage().viewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        IDE.gotoMarker(editor, marker);
        EditorFixture.flush();
        assertEquals(List.of(link), editor.treePage().viewer().getStructuredSelection().toList(),
                "going to the marker selects the link in the tree");

        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        List<String> labels = Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList();
        IMarkerResolution adequate = Arrays.stream(fixes).filter(f -> f.getLabel().contains("adequate")).findFirst()
                .orElseThrow(() -> new AssertionError("no fix to judge it adequate among " + labels));
        adequate.run(marker);
        EditorFixture.flush();
        assertEquals(LinkStrength.ADEQUATE, link.getStrength(), "the fix judged the link");
        EditorFixture.awaitValidation();
        assertNull(marker("chain.unknown-strength", link.getId()), "the problem is gone from the Problems view");

        editor.actions().undo().run();
        EditorFixture.awaitValidation();
        assertEquals(LinkStrength.UNKNOWN, link.getStrength(), "the fix is undoable");
        assertNotNull(marker("chain.unknown-strength", link.getId()), "and the problem comes back");
    }

    @Test
    void anOwnerlessActionIsFixedByChoosingARoleOfTheModel() throws Exception {
        org.throughline.model.Action action = null;
        for (var it = editor.model().eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof org.throughline.model.Action candidate && candidate.getOwner() != null
                    && candidate.getStatus() == org.throughline.model.ActionStatus.OPEN) {
                action = candidate;
                break;
            }
        }
        assertNotNull(action, "the example has an open action with an owner");
        editor.editingDomain().getCommandStack().execute(
                SetCommand.create(editor.editingDomain(), action, ThroughlinePackage.Literals.ACTION__OWNER, null));
        EditorFixture.awaitValidation();
        IMarker marker = marker("accountability.action-owner", action.getId());
        assertNotNull(marker, "an open action without owner is a problem");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        editor.treePage().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(action), true);
        EditorFixture.flush();
        var item = editor.treePage().viewer().getTree().getSelection()[0];
        var plain = new org.throughline.ui.editor.internal.provider.ItemLabelProvider(editor.adapterFactory());
        try {
            assertFalse(java.util.Arrays.equals(plain.getImage(action).getImageData().data, item.getImage().getImageData().data),
                    "the action's icon in the tree carries an error mark");
        } finally {
            plain.dispose();
        }
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertTrue(fixes.length > 0, "roles of the model are offered as owners");
        assertTrue(fixes[0].getLabel().startsWith("Make "), fixes[0].getLabel());
        fixes[0].run(marker);
        EditorFixture.flush();
        assertNotNull(action.getOwner(), "the chosen role owns the action");
        EditorFixture.awaitValidation();
        assertNull(marker("accountability.action-owner", action.getId()));
    }

    @Test
    void theProblemsViewShowsTheModelAsKnownOnItsAsAtDateAsValidateDoes() throws Exception {
        EditorFixture.closeAll();
        file = EditorFixture.example("emergency-care.throughline");
        editor = EditorFixture.open(file);
        EditorFixture.awaitValidation();
        Model model = editor.model();
        // On 3 December 2024 the full capacity protocol (due 30 November, adopted on 6 December)
        // was open and overdue; the model records it done, and the whole model says nothing of it.
        editor.editingDomain().getCommandStack().execute(
                SetCommand.create(editor.editingDomain(), model, ThroughlinePackage.Literals.MODEL__AS_AT, LocalDate.of(2024, 12, 3)));
        EditorFixture.awaitValidation();
        assertNotNull(marker("accountability.action-overdue", "ec-act-full-capacity"), "overdue as known on 3 December 2024");
        Set<String> expected = new TreeSet<>();
        for (Finding finding : Validator.standard().validate(model).findings()) {
            expected.add(finding.rule().id() + " " + finding.elementId());
        }
        Set<String> shown = new TreeSet<>();
        for (IMarker marker : file.findMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO)) {
            shown.add(marker.getAttribute(ModelEditors.MARKER_RULE_ID, "") + " "
                    + marker.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null));
        }
        assertEquals(expected, shown, "the Problems view and validate give the same answer");

        editor.actions().undo().run();
        EditorFixture.awaitValidation();
        assertNull(marker("accountability.action-overdue", "ec-act-full-capacity"), "as at 30 April 2025 it is done");
    }

    private Link firstStrongLink() {
        for (var it = editor.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Link link && link.getStrength() == LinkStrength.STRONG) {
                return link;
            }
        }
        throw new AssertionError("the example has a strong link");
    }

    private IMarker marker(String rule, String elementId) throws CoreException {
        for (IMarker marker : file.findMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO)) {
            if (rule.equals(marker.getAttribute(ModelEditors.MARKER_RULE_ID, null))
                    && elementId.equals(marker.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null))) {
                return marker;
            }
        }
        return null;
    }
}
