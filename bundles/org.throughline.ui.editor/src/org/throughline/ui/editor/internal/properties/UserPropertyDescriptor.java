// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.throughline.model.Property;
import org.throughline.ui.editor.internal.Messages;

/** One user property shown by its key, its value edited as text. */
final class UserPropertyDescriptor extends PropertyDescriptor {

    /** The id of the row: the property itself, by identity. */
    record Key(Property property) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.property == property;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(property);
        }
    }

    UserPropertyDescriptor(Property property) {
        super(new Key(property), property.getKey() == null ? "" : property.getKey()); //$NON-NLS-1$
        setCategory(Messages.property_userCategory);
        setDescription(Messages.property_userPropertyDescription);
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        return new TextCellEditor(parent);
    }
}
