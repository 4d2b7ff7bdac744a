// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.throughline.ui.editor.internal.provider.ConceptIcons;

/**
 * The title of the Properties view's tabs: the selected element's icon and its label ("Link Trust
 * to wards"). It follows the elements it last labelled (one per editor's page of the view, a few at
 * most): a change to one (a rename, its undo or redo) tells the Properties view to ask again.
 */
public final class PropertiesTitle extends LabelProvider {

    /** How many elements the title follows: more than the editors a user keeps open. */
    private static final int WATCHED = 8;

    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());
    private final Adapter watcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && !pending) {
                // Once for the changes of one command, after it: the title is asked for when the model is whole again.
                pending = true;
                Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
                display.asyncExec(() -> {
                    pending = false;
                    fireLabelProviderChanged(new LabelProviderChangedEvent(PropertiesTitle.this));
                });
            }
        }
    };
    private final Deque<EObject> watched = new ArrayDeque<>();
    private boolean pending;

    /** Watches the element whose title is shown now, and the few labelled before it, for other pages of the view. */
    private void watch(EObject element) {
        if (element == null || watched.contains(element)) {
            return;
        }
        element.eAdapters().add(watcher);
        watched.addFirst(element);
        if (watched.size() > WATCHED) {
            watched.removeLast().eAdapters().remove(watcher);
        }
    }

    private static EObject element(Object selection) {
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
        return first instanceof EObject object ? object : null;
    }

    @Override
    public String getText(Object selection) {
        EObject element = element(selection);
        watch(element);
        if (element == null) {
            return ""; //$NON-NLS-1$
        }
        if (AdapterFactoryEditingDomain.getEditingDomainFor(element) instanceof AdapterFactoryEditingDomain domain
                && domain.getAdapterFactory().adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
            // The title is a label: a single '&' would be taken for a mnemonic and vanish ("A&E").
            return labels.getText(element).replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return element.eClass().getName();
    }

    @Override
    public Image getImage(Object selection) {
        EObject element = element(selection);
        ImageDescriptor icon = element == null ? null : ConceptIcons.of(element);
        return icon == null ? null : images.create(icon);
    }

    @Override
    public void dispose() {
        watched.forEach(e -> e.eAdapters().remove(watcher));
        watched.clear();
        images.dispose();
        super.dispose();
    }
}
