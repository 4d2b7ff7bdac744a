// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.edit.api;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.provider.ThroughlineEditPlugin;

/**
 * What the metamodel's types, features and enumeration values are called for a reader, from
 * translatable text: types and features from the edit bundle's {@code plugin.properties} (as the
 * tree and Properties view show them), enumeration values from {@code literals.properties}
 * beside this class. Validation messages, analyses, reports and forms all name things through
 * here, so that they say the same words and a translation reaches all of them.
 *
 * <p>Classes, features and values of a plugin's own metamodel, which these files do not know, are
 * said in words made from their names.
 *
 * @since 0.2
 */
public final class ModelLabels {

    private static final ResourceBundle LITERALS = ResourceBundle.getBundle("org.throughline.model.edit.api.literals"); //$NON-NLS-1$
    /** The metamodels' names are few: each is looked up once. */
    private static final Map<Object, String> KNOWN = new ConcurrentHashMap<>();

    private ModelLabels() {
    }

    /**
     * @param type a class of a metamodel
     * @return its name for a reader, at the start of a line: "Delivery chain"
     */
    public static String type(EClass type) {
        String known = KNOWN.get(type);
        if (known != null) {
            return known;
        }
        return KNOWN.computeIfAbsent(type, t -> sentence(generated("_UI_" + type.getName() + "_type", type.getEPackage(), type.getName()))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param feature an attribute or reference of a metamodel
     * @return its name for a reader, at the start of a line: "Lead organisation"
     */
    public static String feature(EStructuralFeature feature) {
        // Looked up first: a report asks hundreds of thousands of times, and computeIfAbsent's function is made at each call.
        String known = KNOWN.get(feature);
        if (known != null) {
            return known;
        }
        EClass owner = feature.getEContainingClass();
        return KNOWN.computeIfAbsent(feature, f -> sentence(generated("_UI_" + owner.getName() + "_" + feature.getName() + "_feature", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                owner.getEPackage(), feature.getName())));
    }

    /**
     * @param value a value of an enumeration of a metamodel
     * @return it in words, at the start of a line or in a list: "Local authority", "SRO"
     */
    public static String literal(Enumerator value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        String known = KNOWN.get(value);
        if (known != null) {
            return known;
        }
        return KNOWN.computeIfAbsent(value, v -> {
            String enumeration = value instanceof EEnumLiteral literal ? literal.getEEnum().getName() : value.getClass().getSimpleName();
            try {
                return LITERALS.getString(enumeration + '.' + value.getName());
            } catch (MissingResourceException e) {
                return capitalised(words(value.getName()).toLowerCase(Locale.ROOT));
            }
        });
    }

    /**
     * @param value a value of an enumeration of a metamodel
     * @return it in words inside a sentence: "local authority", "amber red", but "SRO"
     */
    public static String inSentence(Enumerator value) {
        return lowerFirst(literal(value));
    }

    /**
     * @param type a class of a metamodel
     * @return its name inside a sentence: "delivery chain"
     */
    public static String typeInSentence(EClass type) {
        return lowerFirst(type(type));
    }

    /**
     * @param feature an attribute or reference of a metamodel
     * @return its name inside a sentence: "lead organisation"
     */
    public static String featureInSentence(EStructuralFeature feature) {
        return lowerFirst(feature(feature));
    }

    private static String generated(String key, Object ePackage, String name) {
        if (ePackage == ThroughlinePackage.eINSTANCE) {
            try {
                return ThroughlineEditPlugin.INSTANCE.getString(key);
            } catch (MissingResourceException e) {
                // A name the generated labels lack: said in words made from it, as a plugin's are.
            }
        }
        return words(name);
    }

    /** "leadOrganisation" and "LOCAL_AUTHORITY" give "lead Organisation" and "LOCAL AUTHORITY"; {@link #sentence} does the rest. */
    private static String words(String name) {
        return name.replace('_', ' ').replaceAll("(?<=[a-z0-9])(?=[A-Z])", " "); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** "Delivery Chain" gives "Delivery chain"; a word in capitals of two to four letters (SRO, NHS) stays. */
    private static String sentence(String label) {
        String[] words = label.strip().split(" +"); //$NON-NLS-1$
        StringBuilder out = new StringBuilder(label.length());
        for (String word : words) {
            boolean abbreviation = word.length() >= 2 && word.length() <= 4 && word.equals(word.toUpperCase(Locale.ROOT));
            out.append(out.isEmpty() ? "" : " ").append(abbreviation ? word : word.toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return capitalised(out.toString());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String label) {
        if (label.isEmpty() || label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
