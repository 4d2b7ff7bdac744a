// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;

/**
 * The "All properties" tab: every property of the element, user properties included, as the
 * property sheet lists them, edited through the item providers like the forms.
 */
public final class AllPropertiesSection extends AdvancedPropertySection {

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        IEditingDomainProvider provider = part == null ? null : part.getAdapter(IEditingDomainProvider.class);
        if (provider != null && provider.getEditingDomain() instanceof AdapterFactoryEditingDomain domain) {
            page.setPropertySourceProvider(new ItemPropertySourceProvider(domain));
        }
        super.setInput(part, selection);
    }

    /** @return the property sheet in this tab (for tests) */
    public PropertySheetPage sheet() {
        return page;
    }
}
