// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.throughline.ui.editor.internal.provider.ConceptIcons;

/** The title of the Properties view's tabs: the selected element's icon and its label ("Link Trust to wards"). */
public final class PropertiesTitle extends LabelProvider {

    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    private static EObject element(Object selection) {
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
        return first instanceof EObject object ? object : null;
    }

    @Override
    public String getText(Object selection) {
        EObject element = element(selection);
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
        images.dispose();
        super.dispose();
    }
}
