// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of an element, from its item provider's {@link IItemPropertyDescriptor}, with the
 * cell editor its kind needs: text, number or date typed and checked; a drop-down for enums and
 * booleans; a chooser dialog for references.
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final AdapterFactory adapterFactory;

    ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, AdapterFactory adapterFactory) {
        this.object = object;
        this.descriptor = descriptor;
        this.adapterFactory = adapterFactory;
    }

    IItemPropertyDescriptor itemDescriptor() {
        return descriptor;
    }

    EStructuralFeature feature() {
        return descriptor.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        EStructuralFeature feature = feature();
        if (feature instanceof EReference reference) {
            Collection<?> choices = descriptor.getChoiceOfValues(object);
            return new ReferenceCellEditor(parent, adapterFactory, choices == null ? List.of() : choices, reference.isMany(),
                    getDisplayName());
        }
        if (feature instanceof EAttribute attribute && !attribute.isMany()) {
            if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                List<Object> literals = new ArrayList<>();
                if (!attribute.isRequired() || attribute.isUnsettable()) {
                    literals.add(null);
                }
                eEnum.getELiterals().forEach(literal -> literals.add(literal.getInstance()));
                return new ChoiceCellEditor(parent, literals, v -> v == null ? "" : ValueText.words((Enumerator) v)); //$NON-NLS-1$
            }
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == Boolean.class || type == boolean.class) {
                List<Object> values = new ArrayList<>(Arrays.asList(Boolean.TRUE, Boolean.FALSE));
                if (type == Boolean.class) {
                    values.add(0, null);
                }
                return new ChoiceCellEditor(parent, values, v -> v == null ? "" : v.toString()); //$NON-NLS-1$
            }
            return new TextValueCellEditor(parent, attribute);
        }
        return null;
    }

    @Override
    public String getCategory() {
        String category = descriptor.getCategory(object);
        // Uncategorised properties are the element's own: name the group after its type, not "Misc".
        return category != null ? category : object instanceof org.eclipse.emf.ecore.EObject e ? e.eClass().getName() : null;
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return descriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                if (feature() instanceof EAttribute attribute && !(value instanceof Collection<?>)
                        && !(attribute.getEAttributeType() instanceof EEnum)) {
                    return ValueText.ofAttribute(attribute, value);
                }
                return ValueText.of(adapterFactory, value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
