// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.IPageBookViewPage;
import org.eclipse.ui.part.IPageSite;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.throughline.ui.editor.internal.tree.ModelTreeOutline;

/**
 * The model editor's page in the Outline view, following the editor's active page: the model tree
 * page shows the outline of the model, another page its own outline (a diagram page its
 * overview), and a page without one says so. A page's outline is made when the page is first
 * shown and kept, in a page book, until the Outline view closes or the page does.
 */
final class EditorOutline extends Page implements IContentOutlinePage, ISelectionChangedListener {

    private final ModelEditor editor;
    /** The outline of each page shown so far; {@code null} for a page that has none. */
    private final Map<IEditorPart, IContentOutlinePage> outlines = new HashMap<>();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private PageBook book;
    private Label none;
    private IContentOutlinePage shown;

    EditorOutline(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void init(IPageSite site) {
        super.init(site);
        site.setSelectionProvider(this);
    }

    @Override
    public void createControl(Composite parent) {
        book = new PageBook(parent, SWT.NONE);
        none = new Label(book, SWT.WRAP);
        none.setText(Messages.outline_none);
        show(editor.activePage());
    }

    /**
     * Shows the outline of a page of the editor, made when the page is first shown.
     *
     * @param page the page now active, or {@code null}
     */
    void show(IEditorPart page) {
        if (book == null || book.isDisposed()) {
            return;
        }
        IContentOutlinePage outline = outlines.containsKey(page) ? outlines.get(page) : create(page);
        shown = outline != null && outline.getControl() != null && !outline.getControl().isDisposed() ? outline : null;
        book.showPage(shown != null ? shown.getControl() : none);
        fire(getSelection());
    }

    private IContentOutlinePage create(IEditorPart page) {
        IContentOutlinePage outline = null;
        if (page == editor.treePage()) {
            outline = new ModelTreeOutline(editor);
        } else if (page != null) {
            outline = page.getAdapter(IContentOutlinePage.class);
        }
        if (outline instanceof IPageBookViewPage bookPage) {
            try {
                bookPage.init(getSite());
            } catch (PartInitException e) {
                ModelEditor.log(e.getStatus());
                outline = null;
            }
            // The pages' outlines speak to the workbench through this one.
            getSite().setSelectionProvider(this);
        }
        if (outline != null) {
            outline.createControl(book);
            outline.addSelectionChangedListener(this);
        }
        outlines.put(page, outline);
        return outline;
    }

    /**
     * The page left the editor: its outline goes too.
     *
     * @param page a page of the editor
     */
    void pageRemoved(IEditorPart page) {
        IContentOutlinePage outline = outlines.remove(page);
        if (outline == null) {
            return;
        }
        if (outline == shown) {
            shown = null;
            book.showPage(none);
        }
        outline.removeSelectionChangedListener(this);
        Control control = outline.getControl();
        // As the Outline view does for its pages: the control goes with the page.
        if (control != null && !control.isDisposed()) {
            control.dispose();
        }
        outline.dispose();
    }

    /** @return the outline shown now, or {@code null} when the active page has none */
    IContentOutlinePage shownOutline() {
        return shown;
    }

    @Override
    public Control getControl() {
        return book;
    }

    @Override
    public void setFocus() {
        if (shown != null) {
            shown.setFocus();
        } else if (book != null) {
            book.setFocus();
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        if (event.getSelectionProvider() == shown) {
            fire(event.getSelection());
        }
    }

    private void fire(ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return shown != null ? shown.getSelection() : StructuredSelection.EMPTY;
    }

    @Override
    public void setSelection(ISelection selection) {
        if (shown != null) {
            shown.setSelection(selection);
        }
    }

    @Override
    public void dispose() {
        for (IContentOutlinePage outline : outlines.values()) {
            if (outline != null) {
                outline.removeSelectionChangedListener(this);
                outline.dispose();
            }
        }
        outlines.clear();
        shown = null;
        editor.outlineClosed(this);
        super.dispose();
    }
}
