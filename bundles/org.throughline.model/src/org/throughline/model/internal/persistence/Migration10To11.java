// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.throughline.model.Model;
import org.throughline.model.Property;

/**
 * Metamodel 1.0 to 1.1. The date a model describes was a user property {@code as-at}
 * (yyyy-MM-dd) in 1.0; 1.1 makes it the model's {@code asAt} attribute. A property whose value is
 * not a date stays as it was, so nothing the modeller wrote is lost.
 * <p>
 * 1.1 also gives the enumerations that have no sensible default (organisation kind, role kind,
 * indicator polarity and frequency, dependency criticality, risk levels) a first literal
 * {@code NOT_SET}. A 1.0 file leaves such an attribute out when it holds the old first literal,
 * which was also what every element nobody had judged held, so the file cannot tell a choice from
 * a default: an absent attribute therefore reads as not set, the reading that never answers for
 * the modeller. Nothing needs doing for that here, as absent attributes take the new default.
 */
final class Migration10To11 implements Migration {

    /** The key of the 1.0 user property that held the model's date. */
    static final String AS_AT_PROPERTY = "as-at"; //$NON-NLS-1$

    @Override
    public MetamodelVersion from() {
        return new MetamodelVersion(1, 0);
    }

    @Override
    public MetamodelVersion to() {
        return new MetamodelVersion(1, 1);
    }

    @Override
    public void migrate(XMLResource resource) {
        for (EObject root : resource.getContents()) {
            if (root instanceof Model model && model.getAsAt() == null) {
                moveAsAt(model);
            }
        }
    }

    private static void moveAsAt(Model model) {
        for (Iterator<Property> properties = model.getProperties().iterator(); properties.hasNext();) {
            Property property = properties.next();
            if (AS_AT_PROPERTY.equals(property.getKey()) && property.getValue() != null) {
                try {
                    model.setAsAt(LocalDate.parse(property.getValue().strip()));
                    properties.remove();
                    return;
                } catch (DateTimeParseException e) {
                    // Not a date: the property stays, the model has no as-at date.
                }
            }
        }
    }
}
