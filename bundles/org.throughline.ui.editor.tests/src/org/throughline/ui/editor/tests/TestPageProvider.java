// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.api.ModelEditorPage;
import org.throughline.ui.editor.api.ModelEditorPageProvider;

/** A third-party page provider as a plugin would write it (registered in this bundle's plugin.xml). */
public final class TestPageProvider implements ModelEditorPageProvider {

    /** The title of the page it adds. */
    static final String TITLE = "Test page";

    @Override
    public void contributePages(ModelEditorContext context) {
        try {
            context.addPage(TITLE, new CountingPage(context));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Shows how many elements the model has, and records what it was asked to reveal. */
    static final class CountingPage extends EditorPart implements ModelEditorPage {
        private final ModelEditorContext context;
        final List<EObject> revealed = new ArrayList<>();

        CountingPage(ModelEditorContext context) {
            this.context = context;
        }

        @Override
        public void init(IEditorSite site, IEditorInput input) {
            setSite(site);
            setInput(input);
        }

        @Override
        public void createPartControl(Composite parent) {
            int[] count = { 0 };
            context.model().eAllContents().forEachRemaining(e -> count[0]++);
            new Label(parent, SWT.NONE).setText(count[0] + " elements");
        }

        @Override
        public boolean reveal(Collection<? extends EObject> elements) {
            revealed.addAll(elements);
            return true;
        }

        @Override
        public void setFocus() {
            // nothing to focus
        }

        @Override
        public void doSave(IProgressMonitor monitor) {
            // the model editor saves
        }

        @Override
        public void doSaveAs() {
            // not offered
        }

        @Override
        public boolean isDirty() {
            return false;
        }

        @Override
        public boolean isSaveAsAllowed() {
            return false;
        }
    }
}
