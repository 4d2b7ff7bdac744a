// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.provider;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider over EMF item providers: children and parents come from each
 * object's {@link ITreeItemContentProvider}, and the viewer follows the item providers' change
 * notifications (structure refreshes and label updates).
 */
public final class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    /** @param adapterFactory the factory of item providers; it must be an {@link IChangeNotifier} for the viewer to follow changes */
    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        if (provider instanceof IStructuredItemContentProvider content) {
            return content.getElements(input).toArray();
        }
        return NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        if (provider instanceof ITreeItemContentProvider tree) {
            Collection<?> children = tree.getChildren(parent);
            return children.toArray();
        }
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null) {
            return;
        }
        Control control = target.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Runnable refresh = () -> apply(target, notification);
        if (Display.getCurrent() == control.getDisplay()) {
            refresh.run();
        } else {
            control.getDisplay().asyncExec(refresh);
        }
    }

    private static void apply(StructuredViewer target, Notification notification) {
        if (target.getControl().isDisposed()) {
            return;
        }
        if (notification instanceof IViewerNotification change) {
            Object element = change.getElement();
            if (change.isContentRefresh()) {
                if (element == null) {
                    target.refresh(change.isLabelUpdate());
                } else {
                    target.refresh(element, change.isLabelUpdate());
                }
            } else if (change.isLabelUpdate() && element != null) {
                target.update(element, null);
            }
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}
