// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;

/** The example models validate with the findings their deliberate weaknesses should produce. */
class ExamplesValidationTest {

    private static ValidationResult validate(String name) throws IOException {
        Model model = (Model) ModelFiles.load(Examples.file(name)).getContents().get(0);
        return Validator.standard().validate(model);
    }

    private static boolean has(ValidationResult result, String rule, String inMessage) {
        return result.findings().stream().anyMatch(f -> f.rule().id().equals(rule) && f.message().contains(inMessage));
    }

    private static String list(ValidationResult result) {
        return String.join("\n", result.findings().stream().map(Finding::message).toList());
    }

    @Test
    void emergencyCare() throws IOException {
        ValidationResult result = validate("emergency-care.throughline");
        assertTrue(result.failedRules().stream().allMatch(f -> f.contains("test.")), "only this bundle's broken test rules fail: "
                + result.failedRules());
        assertFalse(has(result, "ontrack.red-without-action", ""),
                "the April 2025 stocktake agreed actions on the four-hour indicator, Eastvale's link and the admission step: "
                        + list(result));
        assertTrue(has(result, "chain.single-point-of-failure", "Shires Ambulance Service NHS Trust is a single point of failure"),
                "the only route to patients arriving by ambulance: " + list(result));
        assertTrue(has(result, "chain.weak-link-action", "Eastvale emergency department reports to NHS England is broken"),
                "the broken data link: " + list(result));
        assertTrue(has(result, "chain.weak-link-action", "Council commissions home care is weak"), list(result));
        assertTrue(has(result, "chain.unknown-strength", "NHS 111"), list(result));
        assertTrue(has(result, "flow.demand-exceeds-capacity", "Admission to a ward bed has demand at 118%"), list(result));
        assertTrue(has(result, "accountability.role-holder", "Shires Ambulance Service"), "the vacant post: " + list(result));
        assertTrue(has(result, "accountability.action-overdue", "discharge-to-assess"), list(result));
        assertTrue(has(result, "lineofsight.milestone-missed", "78%"), list(result));
    }

    @Test
    void schoolLiteracy() throws IOException {
        ValidationResult result = validate("school-literacy.throughline");
        assertTrue(has(result, "ontrack.off-trajectory", "72% on 2025-07-31 against 78% planned"), list(result));
        assertFalse(has(result, "ontrack.red-without-action", ""), "the July 2025 stocktake agreed three actions: " + list(result));
        assertTrue(has(result, "chain.single-point-of-failure", "Hillside Junior School is a single point of failure"), list(result));
        assertTrue(has(result, "chain.weak-link-action", "Brookfield shares termly reading data with the council is broken"), list(result));
        assertTrue(has(result, "flow.demand-exceeds-capacity", ""), list(result));
        assertTrue(has(result, "lineofsight.milestone-missed", ""), list(result));
    }

    @Test
    void benefitClaims() throws IOException {
        ValidationResult result = validate("benefit-claims.throughline");
        List<Finding> pinch = result.findings().stream().filter(f -> f.rule().id().equals("flow.demand-exceeds-capacity")).toList();
        assertTrue(pinch.size() == 1 && pinch.get(0).message().contains("Health assessment"), "the one pinch-point: " + pinch);
        assertTrue(has(result, "flow.failure-demand", "62%"), "progress chasing on the enquiry line: " + list(result));
        assertTrue(has(result, "chain.weak-link-action", "broken"), "tribunal reasons never reach DWP: " + list(result));
        assertTrue(has(result, "chain.single-point-of-failure", "PIP case management centres is a single point of failure"),
                "the case management centres are the only route to claimants with a mental health condition: " + list(result));
        assertFalse(has(result, "ontrack.red-without-action", ""), list(result));
    }
}
