// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.Element;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.internal.ModelEditor;

/** Plugins add pages to the model editor through org.throughline.ui.editor.pages. */
class PageProviderTest {

    @AfterEach
    void close() {
        EditorFixture.closeAll();
    }

    @Test
    void aContributedPageIsAddedAndShowsWhatTheEditorSelects() throws Exception {
        ModelEditor editor = EditorFixture.open(EditorFixture.example("benefit-claims.throughline"));
        TestPageProvider.CountingPage page = null;
        for (IEditorPart part : editor.contributedPages()) {
            if (part instanceof TestPageProvider.CountingPage counting) {
                page = counting;
            }
        }
        assertNotNull(page, "the test provider's page is in the editor");
        ModelEditorContext context = editor.getAdapter(ModelEditorContext.class);

        context.showPage(page);
        EditorFixture.flush();
        assertSame(page, editor.activePage());
        Element element = (Element) context.model().getFolders().get(0);
        context.select(List.of(element));
        assertEquals(List.of(element), page.revealed, "the active page that can show elements shows them");

        context.showPage(editor.treePage());
        EditorFixture.flush();
        context.select(List.of(element));
        assertEquals(List.of(element), editor.treePage().viewer().getStructuredSelection().toList(),
                "the tree shows them when it is active");

        context.setPageTitle(page, "Renamed");
        context.removePage(page);
        EditorFixture.flush();
        assertTrue(editor.contributedPages().stream().noneMatch(p -> p instanceof TestPageProvider.CountingPage),
                "a page can be removed");
    }
}
