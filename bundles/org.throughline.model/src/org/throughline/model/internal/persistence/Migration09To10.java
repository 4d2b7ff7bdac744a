// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;

/**
 * Metamodel 0.9 to 1.0. In 0.9 a link's strength was a number, {@code weight} from 0 (broken) to
 * 3 (strong), and an organisation's kind was called {@code type}. 1.0 names the strength, adds
 * {@code UNKNOWN} for links nobody has judged, and calls the kind {@code kind}.
 */
final class Migration09To10 implements Migration {

    private static final String WEIGHT = "weight"; //$NON-NLS-1$
    private static final String TYPE = "type"; //$NON-NLS-1$

    @Override
    public MetamodelVersion from() {
        return new MetamodelVersion(0, 9);
    }

    @Override
    public MetamodelVersion to() {
        return new MetamodelVersion(1, 0);
    }

    @Override
    public void migrate(XMLResource resource) throws MigrationException {
        Map<EObject, AnyType> extensions = resource.getEObjectToExtensionMap();
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            AnyType unknown = extensions.get(element);
            if (element instanceof Link link) {
                String weight = take(unknown, WEIGHT);
                link.setStrength(weight == null ? LinkStrength.UNKNOWN : strength(link, weight));
            } else if (element instanceof Organisation organisation) {
                String type = take(unknown, TYPE);
                if (type != null) {
                    OrganisationKind kind = OrganisationKind.get(type);
                    if (kind == null) {
                        throw new MigrationException(Messages.bind(Messages.migration_badType, type, organisation.getName()));
                    }
                    organisation.setKind(kind);
                }
            }
            if (unknown != null && unknown.getAnyAttribute().isEmpty() && unknown.getAny().isEmpty()
                    && unknown.getMixed().isEmpty()) {
                extensions.remove(element);
            }
        }
    }

    private static LinkStrength strength(Link link, String weight) throws MigrationException {
        switch (weight.strip()) {
            case "0": //$NON-NLS-1$
                return LinkStrength.BROKEN;
            case "1": //$NON-NLS-1$
                return LinkStrength.WEAK;
            case "2": //$NON-NLS-1$
                return LinkStrength.ADEQUATE;
            case "3": //$NON-NLS-1$
                return LinkStrength.STRONG;
            default:
                throw new MigrationException(Messages.bind(Messages.migration_badWeight, weight, link.getName()));
        }
    }

    /** Removes a recorded unknown attribute and returns its value, or null when absent. */
    private static String take(AnyType unknown, String name) {
        if (unknown == null) {
            return null;
        }
        FeatureMap attributes = unknown.getAnyAttribute();
        for (Iterator<FeatureMap.Entry> entries = attributes.iterator(); entries.hasNext();) {
            FeatureMap.Entry entry = entries.next();
            if (name.equals(entry.getEStructuralFeature().getName())) {
                entries.remove();
                return String.valueOf(entry.getValue());
            }
        }
        return null;
    }
}
