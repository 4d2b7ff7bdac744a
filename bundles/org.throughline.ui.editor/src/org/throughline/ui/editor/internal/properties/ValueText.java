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
import org.throughline.model.edit.api.ModelLabels;

/** How property values read as text: element labels, enumeration values in words, dates as yyyy-MM-dd, numbers as written. */
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
            return words(literal);
        }
        return value.toString();
    }

    /**
     * @param literal an enumeration value
     * @return it in words, as a modeller says it: "Local authority" for {@code LOCAL_AUTHORITY},
     *         "SRO" for {@code SRO} ({@link ModelLabels})
     */
    static String words(Enumerator literal) {
        return ModelLabels.literal(literal);
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
