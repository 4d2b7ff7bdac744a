// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.throughline.model.Element;
import org.throughline.model.Property;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.internal.Messages;

/**
 * The user properties of an element (free key/value pairs) as one row of the Properties view
 * whose dialog adds, edits and removes them, as one undoable command.
 */
final class UserPropertiesDescriptor implements IPropertyDescriptor {

    /** The property id of the row. */
    static final Object ID = new Object();

    /** One key/value pair as edited. */
    record Entry(String key, String value) {
    }

    private final Element element;

    UserPropertiesDescriptor(Element element) {
        this.element = element;
    }

    static List<Entry> entries(Element element) {
        return element.getProperties().stream().map(p -> new Entry(p.getKey(), p.getValue())).toList();
    }

    /**
     * @param domain  the editing domain
     * @param element the element
     * @param entries the user properties it should have, in order
     * @return the command that gives them to it: existing properties are changed in place,
     *         extra ones removed, missing ones added
     */
    static Command command(EditingDomain domain, Element element, List<?> entries) {
        CompoundCommand command = new CompoundCommand(Messages.command_userProperties);
        List<Property> existing = List.copyOf(element.getProperties());
        ThroughlinePackage pkg = ThroughlinePackage.eINSTANCE;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = (Entry) entries.get(i);
            if (i < existing.size()) {
                Property property = existing.get(i);
                if (!Objects.equals(property.getKey(), entry.key())) {
                    command.append(SetCommand.create(domain, property, pkg.getProperty_Key(), entry.key()));
                }
                if (!Objects.equals(property.getValue(), entry.value())) {
                    command.append(SetCommand.create(domain, property, pkg.getProperty_Value(), entry.value()));
                }
            } else {
                Property property = ThroughlineFactory.eINSTANCE.createProperty();
                property.setKey(entry.key());
                property.setValue(entry.value());
                command.append(AddCommand.create(domain, element, pkg.getElement_Properties(), property));
            }
        }
        if (existing.size() > entries.size()) {
            command.append(RemoveCommand.create(domain, element, pkg.getElement_Properties(),
                    existing.subList(entries.size(), existing.size())));
        }
        return command.isEmpty() ? new CompoundCommand() : command;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        return new DialogCellEditor(parent) {
            @Override
            protected Object openDialogBox(Control window) {
                @SuppressWarnings("unchecked")
                List<Entry> current = (List<Entry>) getValue();
                UserPropertiesDialog dialog = new UserPropertiesDialog(window.getShell(), current == null ? List.of() : current);
                return dialog.open() == Window.OK ? dialog.entries() : null;
            }

            @Override
            protected void updateContents(Object value) {
                if (getDefaultLabel() != null) {
                    getDefaultLabel().setText(summary(value));
                }
            }
        };
    }

    static String summary(Object value) {
        int count = value instanceof List<?> list ? list.size() : 0;
        return Messages.bind(Messages.property_userPropertiesCount, count);
    }

    @Override
    public String getCategory() {
        return Messages.property_userCategory;
    }

    @Override
    public String getDescription() {
        return Messages.property_userPropertiesDescription;
    }

    @Override
    public String getDisplayName() {
        return Messages.property_userProperties;
    }

    @Override
    public String[] getFilterFlags() {
        return null;
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return ID;
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return summary(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
