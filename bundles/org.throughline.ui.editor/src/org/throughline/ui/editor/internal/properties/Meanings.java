// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.properties;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What an enumeration value means, in a sentence a modeller reads under the choice in a form:
 * {@code meanings.properties} ({@code EnumName.LITERAL}), else the metamodel's documentation of
 * the value, else nothing.
 */
public final class Meanings {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Meanings.class.getPackageName() + ".meanings", //$NON-NLS-1$
            Locale.getDefault(), Meanings.class.getClassLoader());

    private Meanings() {
    }

    /**
     * @param type  an enumeration
     * @param value one of its values, or {@code null}
     * @return what it means, or the empty string
     */
    public static String of(EEnum type, Enumerator value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        try {
            return BUNDLE.getString(type.getName() + '.' + value.getName());
        } catch (MissingResourceException e) {
            EEnumLiteral literal = type.getEEnumLiteral(value.getName());
            String documentation = literal == null ? null : EcoreUtil.getDocumentation(literal);
            return documentation == null ? "" : documentation; //$NON-NLS-1$
        }
    }

    /**
     * @param value an enumeration value
     * @return it in words ("Data and reporting" for {@code DATA_AND_REPORTING})
     */
    public static String words(Enumerator value) {
        return value == null ? "" : ValueText.words(value); //$NON-NLS-1$
    }
}
