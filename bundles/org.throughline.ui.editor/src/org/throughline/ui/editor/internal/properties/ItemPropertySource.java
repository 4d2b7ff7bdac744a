// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.throughline.model.Element;
import org.throughline.model.Property;

/**
 * The properties of one model element for the Properties view, from its item provider; every
 * change is a {@link SetCommand} (or, for user properties, a compound of add, set and remove)
 * on the editor's command stack.
 */
final class ItemPropertySource implements IPropertySource {

    private final EObject object;
    private final IItemPropertySource source;
    private final AdapterFactoryEditingDomain domain;

    ItemPropertySource(EObject object, IItemPropertySource source, AdapterFactoryEditingDomain domain) {
        this.object = object;
        this.source = source;
        this.domain = domain;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            descriptors.add(new ItemPropertyDescriptorAdapter(object, descriptor, domain.getAdapterFactory()));
        }
        if (object instanceof Element element) {
            descriptors.add(new UserPropertiesDescriptor(element));
            for (Property property : element.getProperties()) {
                descriptors.add(new UserPropertyDescriptor(property));
            }
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor find(Object id) {
        IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id == UserPropertiesDescriptor.ID && object instanceof Element element) {
            return UserPropertiesDescriptor.entries(element);
        }
        if (id instanceof UserPropertyDescriptor.Key key) {
            return key.property().getValue() == null ? "" : key.property().getValue(); //$NON-NLS-1$
        }
        IItemPropertyDescriptor descriptor = find(id);
        if (descriptor == null) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        if (feature instanceof EStructuralFeature structural) {
            return object.eGet(structural);
        }
        return descriptor.getPropertyValue(object);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = id instanceof String ? find(id) : null;
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = id instanceof String ? find(id) : null;
        if (descriptor != null && descriptor.getFeature(object) instanceof EStructuralFeature feature) {
            execute(SetCommand.create(domain, object, feature, SetCommand.UNSET_VALUE));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (id == UserPropertiesDescriptor.ID && object instanceof Element element && value instanceof List<?> entries) {
            execute(UserPropertiesDescriptor.command(domain, element, entries));
            return;
        }
        if (id instanceof UserPropertyDescriptor.Key key) {
            Object text = value == null || value.toString().isEmpty() ? null : value.toString();
            if (!java.util.Objects.equals(text, key.property().getValue())) {
                execute(SetCommand.create(domain, key.property(), key.property().eClass().getEStructuralFeature("value"), text)); //$NON-NLS-1$
            }
            return;
        }
        IItemPropertyDescriptor descriptor = find(id);
        if (descriptor == null || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return;
        }
        Object newValue = value == ReferenceChooserDialog.NONE ? null : value;
        Object oldValue = object.eGet(feature);
        if (java.util.Objects.equals(oldValue, newValue)) {
            return;
        }
        Command set = SetCommand.create(domain, object, feature, newValue == null && !feature.isMany() ? SetCommand.UNSET_VALUE : newValue);
        // Named after the property, so that the Edit menu reads "Undo Set Due Date".
        CompoundCommand named = new CompoundCommand(org.eclipse.osgi.util.NLS.bind(
                org.throughline.ui.editor.internal.Messages.command_setProperty, descriptor.getDisplayName(object)));
        named.append(set);
        execute(named);
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            command.dispose();
        }
    }
}
