// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.api;

import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.throughline.model.Model;

/**
 * What an open model editor offers to the pages plugged into it: the one editing domain of the
 * model, the model and its file, selection of elements, and pages.
 * <p>
 * Obtain it from a model editor with {@code editor.getAdapter(ModelEditorContext.class)}, or in
 * a {@link ModelEditorPageProvider} when the editor opens. Every change to the model must be an
 * EMF command executed on {@link #editingDomain()}'s command stack: undo and redo, the dirty
 * state, the model tree, the Properties view and live validation all follow that stack.
 * <p>
 * Saving (the workbench's Save) writes the model file atomically and, then, every other resource
 * of the editing domain's resource set that was modified (for example a representations file
 * a diagram page loaded into it), each atomically through
 * {@link org.throughline.model.api.ModelFiles#save}. Pages that report themselves dirty are then
 * asked to save as well.
 * <p>
 * All methods must be called on the UI thread.
 *
 * @since 0.1
 */
public interface ModelEditorContext {

    /**
     * @return the model's editing domain: its command stack is the one undo history of the
     *         editor, its adapter factory gives labels, icons and property descriptors of the
     *         model's elements, and its resource set holds the model resource
     */
    AdapterFactoryEditingDomain editingDomain();

    /** @return the resource of the model file */
    Resource modelResource();

    /** @return the model, the root of {@link #modelResource()} */
    Model model();

    /** @return the model file in the workspace, or {@code null} when the editor shows a file outside it */
    IFile modelFile();

    /** @return the model file in the file system */
    Path modelPath();

    /** @return the editor itself (a multi-page editor), for example to register listeners on its site */
    IEditorPart editor();

    /**
     * Shows elements to the user: in the active page when it can show them (see
     * {@link ModelEditorPage#reveal(Collection)}); when the active page is another page that
     * cannot, in the first page that can, which becomes the active page; else in the model tree,
     * which then becomes the active page. The selection drives the Properties view.
     *
     * @param elements elements of the model (others are ignored)
     */
    void select(Collection<? extends EObject> elements);

    /**
     * Adds a page to the editor, after the existing ones. The part is initialised with the
     * editor's site and input; it may implement {@link ModelEditorPage}.
     *
     * @param title the tab's title
     * @param part  the page
     * @return the page's index
     * @throws PartInitException when the part fails to initialise (the editor stays as it was)
     */
    int addPage(String title, IEditorPart part) throws PartInitException;

    /**
     * Makes a page added with {@link #addPage(String, IEditorPart)} the active page.
     *
     * @param part the page
     */
    void showPage(IEditorPart part);

    /**
     * Changes the title of a page's tab.
     *
     * @param part  a page added with {@link #addPage(String, IEditorPart)}
     * @param title the new title
     */
    void setPageTitle(IEditorPart part, String title);

    /**
     * Removes a page (for example when its diagram was deleted) and disposes of it.
     *
     * @param part a page added with {@link #addPage(String, IEditorPart)}
     */
    void removePage(IEditorPart part);
}
