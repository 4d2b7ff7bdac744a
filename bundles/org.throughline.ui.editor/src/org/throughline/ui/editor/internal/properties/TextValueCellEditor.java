// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.throughline.ui.editor.internal.Messages;

/**
 * Text, numbers and dates typed as text and converted with the attribute's data type; a value
 * that does not convert is refused with a sentence that says what was expected. Empty means
 * unset.
 */
final class TextValueCellEditor extends TextCellEditor {

    private final EAttribute attribute;

    TextValueCellEditor(Composite parent, EAttribute attribute) {
        super(parent);
        this.attribute = attribute;
        setValidator(value -> problem(attribute, (String) value));
    }

    /**
     * @param attribute an attribute
     * @param text      typed text
     * @return why the text is no value of the attribute, or {@code null} when it is one
     */
    static String problem(EAttribute attribute, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            convert(attribute, text);
            return null;
        } catch (RuntimeException e) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == LocalDate.class) {
                return NLS.bind(Messages.property_notADate, text.strip());
            }
            if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
                return NLS.bind(Messages.property_notANumber, text.strip());
            }
            return NLS.bind(Messages.property_invalid, text.strip(), attribute.getName());
        }
    }

    static Object convert(EAttribute attribute, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        if (type.getInstanceClass() == String.class) {
            return text;
        }
        return EcoreUtil.createFromString(type, text.strip());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(ValueText.ofAttribute(attribute, value));
    }

    @Override
    protected Object doGetValue() {
        return convert(attribute, (String) super.doGetValue());
    }
}
