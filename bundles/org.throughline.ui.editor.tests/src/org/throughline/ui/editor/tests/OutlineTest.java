// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.Folder;
import org.throughline.ui.editor.internal.ModelEditor;

/** The Outline view follows the model editor's page: the model on the tree page, a note for a page without an outline. */
class OutlineTest {

    @AfterEach
    void close() {
        EditorFixture.closeAll();
    }

    /** @return the control the Outline view shows now: the visible one in its page's page book */
    private static Control shown(ContentOutline outline) {
        Composite book = (Composite) outline.getCurrentPage().getControl();
        List<Control> visible = Arrays.stream(book.getChildren()).filter(Control::getVisible).toList();
        assertEquals(1, visible.size(), "one control shown at a time: " + visible);
        return visible.get(0);
    }

    @Test
    void theOutlineShowsTheModelOnTheTreePageAndSaysSoOnAPageWithoutOne() throws Exception {
        ModelEditor editor = EditorFixture.open(EditorFixture.example("benefit-claims.throughline"));
        ContentOutline outline = (ContentOutline) EditorFixture.page().showView(IPageLayout.ID_OUTLINE);
        EditorFixture.page().activate(editor);
        EditorFixture.flush();

        Tree tree = assertInstanceOf(Tree.class, shown(outline), "the tree page's outline is the model as a tree");
        TreeItem model = tree.getItem(0);
        TreeItem folder = model.getItem(0);
        Folder purpose = editor.model().getFolders().get(0);
        assertTrue(folder.getText().endsWith(purpose.getName()), "its folders under the model: " + folder.getText());

        // Choosing a folder in the outline selects it in the tree page.
        tree.setSelection(folder);
        Event click = new Event();
        click.item = folder;
        tree.notifyListeners(SWT.Selection, click);
        EditorFixture.flush();
        assertEquals(List.of(purpose), editor.treePage().viewer().getStructuredSelection().toList());

        IEditorPart counting = editor.contributedPages().stream().filter(p -> p instanceof TestPageProvider.CountingPage).findFirst()
                .orElseThrow();
        editor.showPage(counting);
        EditorFixture.flush();
        Label note = assertInstanceOf(Label.class, shown(outline), "a page without an outline of its own");
        assertEquals("This page has no outline.", note.getText());

        editor.showPage(editor.treePage());
        EditorFixture.flush();
        assertSame(tree, shown(outline), "the model's outline is kept and shown again");
        assertNotNull(outline.getCurrentPage());
    }
}
