// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.model.Element;
import org.throughline.model.edit.api.ModelLabels;

/** How the reports spell model values: names, types, features, enumerations, numbers and dates. */
public final class Labels {

    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal
            .withInitial(() -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK))); //$NON-NLS-1$


    private Labels() {
    }

    /**
     * @param element a model object
     * @return its name, else its type and id
     */
    public static String label(EObject element) {
        if (element == null) {
            return "\u2014"; //$NON-NLS-1$
        }
        if (element instanceof Element e) {
            if (e.getName() != null && !e.getName().isBlank()) {
                return e.getName();
            }
            return type(element) + (e.getId() != null ? " " + e.getId() : ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return type(element);
    }

    /**
     * @param element a model object
     * @return its type for a reader, such as "Delivery chain"
     */
    public static String type(EObject element) {
        return ModelLabels.type(element.eClass());
    }

    /**
     * @param feature a feature of the metamodel
     * @return its name for a reader, such as "Lead organisation"
     */
    public static String feature(EStructuralFeature feature) {
        return ModelLabels.feature(feature);
    }

    /**
     * @param camel a camel-case or upper-case name
     * @return the words, the first capitalised: "leadOrganisation" gives "Lead organisation",
     *         "AMBER_GREEN" gives "Amber green"
     */
    public static String words(String camel) {
        StringBuilder words = new StringBuilder(camel.length() + 8);
        boolean upper = camel.equals(camel.toUpperCase(Locale.ROOT));
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (c == '_') {
                words.append(' ');
            } else if (!upper && Character.isUpperCase(c) && i > 0) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(i == 0 ? Character.toUpperCase(c) : upper ? Character.toLowerCase(c) : c);
            }
        }
        return words.toString();
    }

    /**
     * @param value an attribute value
     * @return how a report shows it
     */
    public static String value(Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Enumerator e) {
            return ModelLabels.literal(e);
        }
        if (value instanceof Double d) {
            return number(d.doubleValue());
        }
        if (value instanceof Boolean b) {
            return b.booleanValue() ? "yes" : "no"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (value instanceof EObject o) {
            return label(o);
        }
        return value.toString();
    }

    /**
     * @param value a number
     * @return it with thousands separated and at most two decimals
     */
    public static String number(double value) {
        return NUMBER.get().format(value);
    }

    /**
     * @param date a date, or {@code null}
     * @return it as yyyy-MM-dd, or a dash
     */
    public static String date(LocalDate date) {
        return date == null ? "\u2014" : date.toString(); //$NON-NLS-1$
    }

    /**
     * @param value an enumeration literal name such as AMBER_RED
     * @return a CSS class for it, such as "rating-amber-red"
     */
    public static String cssClass(String prefix, Enumerator value) {
        return value == null ? prefix + "-none" : prefix + "-" + value.getName().toLowerCase(Locale.ROOT).replace('_', '-'); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
