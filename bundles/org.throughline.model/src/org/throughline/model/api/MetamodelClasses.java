// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.throughline.model.ThroughlinePackage;

/**
 * Resolves the class names that extension files (validation rules, viewpoints) use: a plain name
 * means a class of Throughline's own metamodel; {@code nsURI#ClassName} means a class of the
 * metamodel registered under that namespace URI, for example one a plugin contributes.
 */
public final class MetamodelClasses {

    private MetamodelClasses() {
    }

    /**
     * @param name a plain class name, or {@code nsURI#ClassName}
     * @return the class, or {@code null} when the name is blank, the namespace is not registered or
     *         the package has no class of that name
     */
    public static EClass resolve(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        EPackage ePackage = ThroughlinePackage.eINSTANCE;
        String simple = trimmed;
        int hash = trimmed.lastIndexOf('#');
        if (hash >= 0) {
            ePackage = EPackage.Registry.INSTANCE.getEPackage(trimmed.substring(0, hash));
            simple = trimmed.substring(hash + 1);
        }
        EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(simple);
        return classifier instanceof EClass eClass ? eClass : null;
    }
}
