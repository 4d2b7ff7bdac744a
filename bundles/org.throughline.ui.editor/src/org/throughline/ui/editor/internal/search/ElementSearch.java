// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.model.Element;
import org.throughline.model.Property;

/** Finds elements of a model by name, by type and by the values of their properties. */
public final class ElementSearch {

    /** One element found, and why. */
    public record Hit(EObject element, String why) {
    }

    /** One element that refers to another, and by which reference. */
    public record Reference(EObject referrer, EStructuralFeature feature) {
    }

    private ElementSearch() {
    }

    /**
     * @param root       the model (or any element: its contents are searched)
     * @param text       what to look for, case-insensitively; empty finds every element of the type
     * @param type       the type (subtypes included), or {@code null} for any
     * @param properties whether to look in attribute values and user properties too, not only names
     * @return the elements found, in model order
     */
    public static List<Hit> find(EObject root, String text, EClass type, boolean properties) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        List<Hit> hits = new ArrayList<>();
        for (var it = root.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof Property || type != null && !type.isInstance(element)) {
                continue;
            }
            String why = match(element, needle, properties);
            if (why != null) {
                hits.add(new Hit(element, why));
            }
        }
        return hits;
    }

    private static String match(EObject element, String needle, boolean properties) {
        String name = element instanceof Element named ? named.getName() : null;
        if (needle.isEmpty() || name != null && name.toLowerCase(Locale.ROOT).contains(needle)) {
            return "name"; //$NON-NLS-1$
        }
        if (!properties) {
            return null;
        }
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.isMany() || attribute.isID() || !element.eIsSet(attribute) || "name".equals(attribute.getName())) { //$NON-NLS-1$
                continue;
            }
            Object value = element.eGet(attribute);
            String text = value instanceof Enumerator literal ? literal.getLiteral()
                    : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
            if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                return attribute.getName();
            }
        }
        if (element instanceof Element withProperties) {
            for (Property property : withProperties.getProperties()) {
                String key = property.getKey() == null ? "" : property.getKey(); //$NON-NLS-1$
                String value = property.getValue() == null ? "" : property.getValue(); //$NON-NLS-1$
                if (key.toLowerCase(Locale.ROOT).contains(needle) || value.toLowerCase(Locale.ROOT).contains(needle)) {
                    return key;
                }
            }
        }
        return null;
    }

    /**
     * @param element an element
     * @return the elements of its resource set that refer to it (containment aside), with the reference
     */
    public static List<Reference> referencesTo(EObject element) {
        Collection<EStructuralFeature.Setting> settings = element.eResource() == null || element.eResource().getResourceSet() == null
                ? EcoreUtil.UsageCrossReferencer.find(element, EcoreUtil.getRootContainer(element))
                : EcoreUtil.UsageCrossReferencer.find(element, element.eResource().getResourceSet());
        List<Reference> references = new ArrayList<>();
        for (EStructuralFeature.Setting setting : settings) {
            if (setting.getEStructuralFeature() instanceof org.eclipse.emf.ecore.EReference reference && !reference.isContainment()
                    && !reference.isContainer()) {
                references.add(new Reference(setting.getEObject(), reference));
            }
        }
        return references;
    }
}
