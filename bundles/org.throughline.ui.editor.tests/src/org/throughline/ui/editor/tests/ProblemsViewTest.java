// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.validation.ProblemsView;

/**
 * The Problems view of the perspective: problems under the model they belong to, each with its
 * severity's icon, those a quick fix corrects marked with a light bulb and the fix named; the fix
 * in its context menu, a double click to the element.
 */
class ProblemsViewTest {

    @AfterEach
    void close() {
        EditorFixture.closeAll();
    }

    @Test
    void problemsAreGroupedByModelWithTheirSeverityAndTheQuickFixMarked() throws Exception {
        EditorFixture.closeAll();
        IFile literacy = EditorFixture.example("school-literacy.throughline");
        IFile care = EditorFixture.example("emergency-care.throughline");
        EditorFixture.open(care);
        EditorFixture.awaitValidation();
        ModelEditor editor = EditorFixture.open(literacy);
        EditorFixture.awaitValidation();
        Link link = null;
        for (var it = editor.model().eAllContents(); it.hasNext() && link == null;) {
            if (it.next() instanceof Link l && l.getStrength() == LinkStrength.STRONG) {
                link = l;
            }
        }
        assertNotNull(link);
        editor.editingDomain().getCommandStack().execute(
                SetCommand.create(editor.editingDomain(), link, ThroughlinePackage.Literals.LINK__STRENGTH, LinkStrength.UNKNOWN));
        EditorFixture.awaitValidation();

        ProblemsView view = (ProblemsView) EditorFixture.page().showView(ProblemsView.ID);
        EditorFixture.flush();
        Tree tree = view.viewer().getTree();
        List<String> models = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            models.add(item.getText(0));
        }
        TreeItem careItem = model(tree, "emergency-care.throughline");
        TreeItem literacyItem = model(tree, "school-literacy.throughline");
        assertTrue(models.indexOf(careItem.getText(0)) < models.indexOf(literacyItem.getText(0)), "models in name order: " + models);
        for (TreeItem item : List.of(careItem, literacyItem)) {
            IResource file = item == careItem ? care : literacy;
            IMarker[] markers = file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
            assertEquals(markers.length, item.getItemCount(), item.getText(0) + ": each of its problems under it, and no other");
            int errors = 0;
            int warnings = 0;
            for (IMarker marker : markers) {
                errors += marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR ? 1 : 0;
                warnings += marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING ? 1 : 0;
            }
            assertTrue(item.getText(0).contains(count(errors, "error") + ", " + count(warnings, "warning")),
                    "the model says how many: " + item.getText(0));
            assertTrue(item.getExpanded(), "its problems are shown");
        }

        TreeItem fixable = null;
        TreeItem plain = null;
        for (TreeItem row : literacyItem.getItems()) {
            IMarker marker = (IMarker) row.getData();
            int severity = marker.getAttribute(IMarker.SEVERITY, -1);
            String icon = severity == IMarker.SEVERITY_ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                    : severity == IMarker.SEVERITY_WARNING ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK;
            assertSame(PlatformUI.getWorkbench().getSharedImages().getImage(icon), row.getImage(0),
                    "every problem shows its severity's icon: " + row.getText(0));
            if (link.getId().equals(marker.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null))
                    && "chain.unknown-strength".equals(marker.getAttribute(ModelEditors.MARKER_RULE_ID, null))) {
                fixable = row;
            } else if (ProblemsView.fixId(marker) == null) {
                plain = row;
            }
        }
        assertNotNull(fixable, "the new problem is listed under its model");
        assertEquals("Judge the link's strength", fixable.getText(1), "the quick fix is named");
        assertNotNull(fixable.getImage(1), "and marked with a light bulb");
        assertNotNull(plain, "the example has problems no quick fix corrects");
        assertEquals("", plain.getText(1));
        assertNull(plain.getImage(1), "they have no mark");

        // The quick fix from the context menu, as a right click offers it.
        view.viewer().setSelection(new StructuredSelection(fixable.getData()));
        List<MenuItem> items = EditorFixture.showMenu(tree.getMenu());
        MenuItem adequate = EditorFixture.item(items, "Quick fix: Judge the link adequate");
        EditorFixture.click(adequate);
        assertEquals(LinkStrength.ADEQUATE, link.getStrength(), "the fix judged the link");
        EditorFixture.awaitValidation();
        EditorFixture.flush();
        literacyItem = model(tree, "school-literacy.throughline");
        for (TreeItem row : literacyItem.getItems()) {
            assertTrue(!link.getId().equals(((IMarker) row.getData()).getAttribute(ModelEditors.MARKER_ELEMENT_ID, null))
                    || !"chain.unknown-strength".equals(((IMarker) row.getData()).getAttribute(ModelEditors.MARKER_RULE_ID, null)),
                    "the problem fixed is gone from the view");
        }

        // A double click on a problem of the other model brings its editor up with the element selected.
        TreeItem other = null;
        for (TreeItem row : model(tree, "emergency-care.throughline").getItems()) {
            other = other == null && ((IMarker) row.getData()).getAttribute(ModelEditors.MARKER_ELEMENT_ID, null) != null ? row : other;
        }
        assertNotNull(other, "a problem of the other model is about an element");
        IMarker otherMarker = (IMarker) other.getData();
        tree.setSelection(other);
        Event open = new Event();
        open.item = other;
        tree.notifyListeners(SWT.Selection, open);
        tree.notifyListeners(SWT.DefaultSelection, open);
        EditorFixture.flush();
        ModelEditor careEditor = (ModelEditor) EditorFixture.page().getActiveEditor();
        assertEquals(care, careEditor.getEditorInput().getAdapter(IFile.class), "the problem's model comes to the front");
        var selected = careEditor.getSite().getSelectionProvider().getSelection();
        assertTrue(((StructuredSelection) selected).toList().stream()
                .anyMatch(e -> e instanceof org.throughline.model.Element el
                        && el.getId().equals(otherMarker.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null))),
                "with the problem's element selected: " + selected);
    }

    /** @return how many, in words: "no errors", "1 error", "23 errors" */
    private static String count(int n, String what) {
        return n == 0 ? "no " + what + "s" : n == 1 ? "1 " + what : n + " " + what + "s";
    }

    private static TreeItem model(Tree tree, String file) {
        for (TreeItem item : tree.getItems()) {
            if (item.getText(0).startsWith(file)) {
                return item;
            }
        }
        throw new AssertionError("no group for " + file);
    }
}
