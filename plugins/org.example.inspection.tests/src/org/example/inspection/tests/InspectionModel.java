// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import java.time.LocalDate;

import org.example.inspection.Inspection;
import org.example.inspection.InspectionFactory;
import org.example.inspection.InspectionRegime;
import org.example.inspection.Rating;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.ThroughlineFactory;

/** A small model that uses both metamodels: a regulator, two providers and their inspections. */
final class InspectionModel {

    final Model model = ThroughlineFactory.eINSTANCE.createModel();
    final Organisation regulator = organisation("Care Quality Regulator", OrganisationKind.REGULATOR);
    final Organisation northTrust = organisation("North Trust", OrganisationKind.PROVIDER);
    final Organisation southTrust = organisation("South Trust", OrganisationKind.PROVIDER);
    final InspectionRegime regime = InspectionFactory.eINSTANCE.createInspectionRegime();
    final Inspection north = inspection("North Trust 2025", northTrust, Rating.GOOD, LocalDate.of(2025, 3, 14));
    final Inspection south = inspection("South Trust 2025", southTrust, Rating.INADEQUATE, LocalDate.of(2025, 6, 2));

    InspectionModel() {
        model.setName("Acute care");
        regime.setName("Hospital inspections");
        regime.setRegulator(regulator);
        model.getElements().add(regime);
        regime.getInspections().add(north);
        regime.getInspections().add(south);
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        Organisation organisation = ThroughlineFactory.eINSTANCE.createOrganisation();
        organisation.setName(name);
        organisation.setKind(kind);
        model.getElements().add(organisation);
        return organisation;
    }

    private static Inspection inspection(String name, Organisation inspected, Rating rating, LocalDate date) {
        Inspection inspection = InspectionFactory.eINSTANCE.createInspection();
        inspection.setName(name);
        inspection.setInspected(inspected);
        inspection.setRating(rating);
        inspection.setDate(date);
        return inspection;
    }

    /** Adds an action addressing the inadequate inspection, with the given status. */
    Action actOnSouth(ActionStatus status) {
        Action action = ThroughlineFactory.eINSTANCE.createAction();
        action.setName("Improvement plan for South Trust");
        action.setStatus(status);
        action.setOwner(southTrust);
        action.setDueDate(LocalDate.of(2025, 12, 31));
        action.getAddresses().add(south);
        model.getElements().add(action);
        return action;
    }
}
