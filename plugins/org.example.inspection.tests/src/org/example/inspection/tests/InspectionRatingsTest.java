// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.model.ActionStatus;

/** The plugin's analysis is listed with Throughline's and answers its question. */
class InspectionRatingsTest {

    private static final String ID = "org.example.inspection.ratings";

    private static AnalysisResult run(InspectionModel model) throws AnalysisException {
        return Analyses.standard().run(ID, new AnalysisInput(model.model, null, LocalDate.of(2025, 9, 1))).result();
    }

    @Test
    void theAnalysisIsListed() {
        assertTrue(Analyses.standard().descriptors().stream().anyMatch(d -> d.id().equals(ID)));
    }

    @Test
    void worstRatingFirstWithItsOpenActions() throws AnalysisException {
        InspectionModel model = new InspectionModel();
        AnalysisResult result = run(model);
        // Two providers inspected: North Trust rated good, South Trust inadequate. Below good: South
        // only, so 1 of 2. Inadequate with no open action: South (no action addresses it), so 1.
        // Worst first: South (inadequate) before North (good).
        assertEquals("1 of 2 inspected providers and services are rated below good; 1 of them rated inadequate with no open action.",
                result.headline());
        assertEquals(List.of("South Trust", "Inadequate", "2025-06-02", "Hospital inspections", Long.valueOf(0)),
                result.rows().get(0).cells());
        assertEquals("North Trust", result.rows().get(1).cells().get(0));

        // One open action now addresses South Trust: inadequate with no open action, 1 - 1 = 0.
        model.actOnSouth(ActionStatus.OPEN);
        AnalysisResult acted = run(model);
        assertTrue(acted.headline().endsWith("0 of them rated inadequate with no open action."), acted.headline());
        assertEquals(Long.valueOf(1), acted.rows().get(0).cells().get(4));
    }
}
