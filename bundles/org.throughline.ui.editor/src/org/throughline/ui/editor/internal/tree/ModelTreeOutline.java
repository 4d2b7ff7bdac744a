// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.tree;

import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.throughline.model.Element;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.provider.ItemContentProvider;
import org.throughline.ui.editor.internal.provider.ItemLabelProvider;

/**
 * The Outline of the model tree page: the model's folders and elements without their data (user
 * properties, baselines, observations, settings), to find one's way in a large model. Selecting
 * an element there selects it in the tree page.
 */
public final class ModelTreeOutline extends ContentOutlinePage {

    private final ModelEditor editor;

    /** @param editor the model editor whose model is outlined */
    public ModelTreeOutline(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemContentProvider(editor.adapterFactory()));
        viewer.setLabelProvider(new ItemLabelProvider(editor.adapterFactory(), true));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return element instanceof Element;
            }
        });
        viewer.setInput(editor.modelResource());
        viewer.expandToLevel(2);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        ModelTreePage tree = editor.treePage();
        if (!event.getSelection().isEmpty() && tree != null && !tree.isDisposed()) {
            tree.viewer().setSelection(event.getSelection(), true);
        }
    }
}
