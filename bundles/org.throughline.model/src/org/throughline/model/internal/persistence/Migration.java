// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * One step from an older metamodel version to the next. A file of the older version is parsed
 * into the current metamodel with its unknown attributes and elements recorded (EMF's
 * {@code OPTION_RECORD_UNKNOWN_FEATURE}); the step then reads what it needs from
 * {@link XMLResource#getEObjectToExtensionMap()} and sets the new features.
 */
interface Migration {

    /** @return the version this step reads */
    MetamodelVersion from();

    /** @return the version this step produces */
    MetamodelVersion to();

    /**
     * Brings the loaded model up to {@link #to()}.
     *
     * @param resource the model, loaded with unknown features recorded
     * @throws MigrationException when the old content cannot be carried over
     */
    void migrate(XMLResource resource) throws MigrationException;

    /** An old file whose content cannot be carried over faithfully. */
    final class MigrationException extends Exception {
        private static final long serialVersionUID = 1L;

        MigrationException(String message) {
            super(message);
        }
    }
}
