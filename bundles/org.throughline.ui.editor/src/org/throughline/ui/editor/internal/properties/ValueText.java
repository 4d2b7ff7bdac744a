// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

/** How property values read as text: element labels, enum literals, dates as yyyy-MM-dd, numbers as written. */
final class ValueText {

    private ValueText() {
    }

    static String of(AdapterFactory adapterFactory, Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> of(adapterFactory, v)).collect(Collectors.joining(", ")); //$NON-NLS-1$
        }
        if (value instanceof EObject element) {
            Object labels = adapterFactory.adapt(element, IItemLabelProvider.class);
            return labels instanceof IItemLabelProvider provider ? provider.getText(element) : element.toString();
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        return value.toString();
    }

    static String ofAttribute(EAttribute attribute, Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        EDataType type = attribute.getEAttributeType();
        String text = EcoreUtil.convertToString(type, value);
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
