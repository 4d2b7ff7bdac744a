// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.throughline.model.LinkStrength;
import org.throughline.model.Severity;
import org.throughline.model.SeverityOverride;
import org.throughline.model.Suppression;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.ValidationSettings;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;
import org.throughline.validation.internal.ThroughlineEValidator;

/** The engine around the rules: isolation, severities, suppressions, EMF integration, revalidation. */
class EngineTest {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;

    private static List<String> ids(ValidationResult result) {
        return result.findings().stream().map(f -> f.rule().id()).toList();
    }

    @Test
    void aThrowingAndAHangingRuleAreStoppedAndTheOthersStillRun() {
        Healthy model = new Healthy();
        model.fundsA.setStrength(LinkStrength.WEAK);
        MisbehavingRules.enabled = true;
        ValidationResult result;
        try {
            result = Validator.standard().withTimeLimit(1000).validate(model.model, Healthy.TODAY);
        } finally {
            MisbehavingRules.enabled = false;
        }
        String failures = String.join("\n", result.failedRules());
        assertTrue(failures.contains("test.throws") && failures.contains("bug in a third-party rule"), failures);
        assertTrue(failures.contains("test.hangs") && failures.contains("did not answer within 1 s"), failures);
        assertTrue(failures.contains("test.missing-class") && failures.contains("could not be created"), failures);
        assertTrue(ids(result).contains("chain.weak-link-action"), "the real rules still ran: " + ids(result));
    }

    @Test
    void aMalformedContributionIsReportedAndSkipped() {
        List<String> problems = Validator.standard().problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("test.no-message") && p.contains("'message'")), problems.toString());
        assertTrue(Validator.standard().rules().stream().noneMatch(r -> r.id().equals("test.no-message")));
    }

    @Test
    void theModelCanRaiseLowerOrSwitchOffARule() {
        Healthy model = new Healthy();
        model.fundsA.setStrength(LinkStrength.WEAK);
        ValidationSettings settings = F.createValidationSettings();
        SeverityOverride override = F.createSeverityOverride();
        override.setRuleId("chain.weak-link-action");
        override.setSeverity(Severity.ERROR);
        settings.getSeverityOverrides().add(override);
        model.model.setValidationSettings(settings);
        Finding raised = Validator.standard().validate(model.model, Healthy.TODAY).findings().stream()
                .filter(f -> f.rule().id().equals("chain.weak-link-action")).findFirst().orElseThrow();
        assertEquals(org.throughline.validation.api.Severity.ERROR, raised.severity());
        override.setSeverity(Severity.IGNORE);
        assertTrue(!ids(Validator.standard().validate(model.model, Healthy.TODAY)).contains("chain.weak-link-action"));
    }

    @Test
    void aSuppressedFindingIsListedApartWithItsReason() {
        Healthy model = new Healthy();
        model.fundsA.setStrength(LinkStrength.WEAK);
        ValidationSettings settings = F.createValidationSettings();
        Suppression suppression = F.createSuppression();
        suppression.setRuleId("chain.weak-link-action");
        suppression.setElement(model.fundsA);
        suppression.setReason("Agreed at the board: the new grant letter fixes it in July.");
        settings.getSuppressions().add(suppression);
        model.model.setValidationSettings(settings);
        ValidationResult result = Validator.standard().validate(model.model, Healthy.TODAY);
        assertTrue(!ids(result).contains("chain.weak-link-action"));
        assertEquals(1, result.suppressed().size());
        assertEquals("Agreed at the board: the new grant letter fixes it in July.", result.suppressed().get(0).suppressed());
        model.fundsB.setStrength(LinkStrength.WEAK);
        assertTrue(ids(Validator.standard().validate(model.model, Healthy.TODAY)).contains("chain.weak-link-action"),
                "the suppression covers one element only");
    }

    @Test
    void emfDiagnosticianReportsTheSameFindings() {
        ThroughlineEValidator.install();
        Healthy model = new Healthy();
        model.step.setDemandPerPeriod(2000.0);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model.model, Map.of());
        assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getMessage().contains("Triage has demand at 200%")
                && d.getData().get(0) == model.step && "flow.demand-exceeds-capacity".equals(d.getData().get(1))),
                diagnostic.getChildren().toString());
        assertEquals(Diagnostic.WARNING, diagnostic.getSeverity());
    }

    @Test
    void revalidatingAfterAnEditGivesWhatAFullRunGives() {
        Healthy model = new Healthy();
        Validator.Session session = Validator.standard().session(model.model, Healthy.TODAY);
        assertEquals(List.of(), ids(session.validateAll()));
        model.fundsA.setStrength(LinkStrength.WEAK);
        ValidationResult after = session.revalidate(List.of(model.fundsA));
        assertEquals(List.of("chain.weak-link-action"), ids(after));
        assertEquals(ids(Validator.standard().validate(model.model, Healthy.TODAY)), ids(after));
        model.fundsA.setStrength(LinkStrength.STRONG);
        assertEquals(List.of(), ids(session.revalidate(List.of(model.fundsA))), "the finding goes when the link is mended");
    }
}
