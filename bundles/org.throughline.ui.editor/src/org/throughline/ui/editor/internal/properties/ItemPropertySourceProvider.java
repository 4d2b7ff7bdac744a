// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources of model elements for the Properties view: elements selected in the tree, or
 * anything else (a diagram node) that adapts to the {@link EObject} it shows.
 */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactoryEditingDomain domain;

    /** @param domain the editing domain whose command stack receives every change */
    public ItemPropertySourceProvider(AdapterFactoryEditingDomain domain) {
        this.domain = domain;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        EObject element = object instanceof EObject eObject ? eObject : Adapters.adapt(object, EObject.class);
        if (element == null) {
            Object unwrapped = AdapterFactoryEditingDomain.unwrap(object);
            element = unwrapped instanceof EObject eObject ? eObject : null;
        }
        if (element == null) {
            return null;
        }
        Object source = domain.getAdapterFactory().adapt(element, IItemPropertySource.class);
        return source instanceof IItemPropertySource itemSource ? new ItemPropertySource(element, itemSource, domain) : null;
    }
}
