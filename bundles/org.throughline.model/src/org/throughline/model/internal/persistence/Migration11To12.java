// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Metamodel 1.1 to 1.2. 1.2 adds what a delivery unit records and 1.1 could not hold: the date an
 * action was done or cancelled ({@code Action.closedDate}, so that a model seen as at an earlier
 * date shows the action still open) and the indicators a data and reporting link carries
 * ({@code Link.reports}). Neither has a value in a 1.1 file.
 * <p>
 * 1.2 also gives link kind and a process step's period a first literal {@code NOT_SET}, as 1.1 did
 * for organisation and role kinds. A 1.1 file leaves such an attribute out when it holds the old
 * first literal (funding, day), which was also what every new link and step held before anyone
 * said otherwise, so the file cannot tell a choice from a default: an absent attribute reads as
 * not set, the reading that never answers for the modeller (validation asks for it, routes do not
 * run along a link of no kind). Nothing needs doing for that here, as absent attributes take the
 * new default.
 */
final class Migration11To12 implements Migration {

    @Override
    public MetamodelVersion from() {
        return new MetamodelVersion(1, 1);
    }

    @Override
    public MetamodelVersion to() {
        return new MetamodelVersion(1, 2);
    }

    @Override
    public void migrate(XMLResource resource) {
        // Nothing to carry over: see the class comment.
    }
}
