// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.model.ActionStatus;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.Severity;
import org.throughline.validation.api.Validator;

/** The plugin's rules join the catalogue and fire, or stay silent, as a modeller expects. */
class InspectionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    private static List<Finding> findings(InspectionModel model, String ruleId) {
        return Validator.standard().validate(model.model, TODAY).findings().stream()
                .filter(f -> f.rule().id().equals(ruleId)).toList();
    }

    @Test
    void theRulesAreInTheCatalogueWithTheirCategory() {
        List<RuleDescriptor> rules = Validator.standard().rules();
        assertTrue(rules.stream().anyMatch(r -> r.id().equals("inspection.inadequate-needs-action")
                && r.category().equals("inspection")), rules::toString);
        List<String> problems = Validator.standard().problems();
        assertTrue(problems.stream().noneMatch(p -> p.contains("'inspection.")), problems::toString);
    }

    @Test
    void anInadequateInspectionWithoutAnActionIsAnError() {
        List<Finding> found = findings(new InspectionModel(), "inspection.inadequate-needs-action");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals("South Trust was rated inadequate (South Trust 2025), and no open action addresses it", found.get(0).message());
    }

    @Test
    void anOpenActionSilencesItAndADoneOneDoesNot() {
        InspectionModel acted = new InspectionModel();
        acted.actOnSouth(ActionStatus.IN_PROGRESS);
        assertEquals(List.of(), findings(acted, "inspection.inadequate-needs-action"));

        InspectionModel done = new InspectionModel();
        done.actOnSouth(ActionStatus.DONE);
        assertEquals(1, findings(done, "inspection.inadequate-needs-action").size());
    }

    @Test
    void aProviderWithoutInspectionIsReported() {
        InspectionModel model = new InspectionModel();
        assertEquals(List.of(), findings(model, "inspection.provider-inspected"));
        model.south.setInspected(null);
        List<Finding> found = findings(model, "inspection.provider-inspected");
        assertEquals(1, found.size(), found::toString);
        assertEquals("South Trust is a provider that no inspection in the model covers", found.get(0).message());
    }
}
