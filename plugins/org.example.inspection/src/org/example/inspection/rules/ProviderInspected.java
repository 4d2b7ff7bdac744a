// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.rules;

import org.eclipse.emf.ecore.EObject;
import org.example.inspection.Inspection;
import org.example.inspection.InspectionPackage;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleContext;

/** A provider that no inspection in the model covers can fail unseen. */
public final class ProviderInspected implements Rule {

    @Override
    public void check(EObject element, RuleContext context) {
        Organisation organisation = (Organisation) element;
        if (organisation.getKind() != OrganisationKind.PROVIDER) {
            return;
        }
        boolean inspected = context.index().all(InspectionPackage.Literals.INSPECTION).stream()
                .anyMatch(e -> ((Inspection) e).getInspected() == organisation);
        if (!inspected) {
            context.report(organisation);
        }
    }
}
