// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughline.model.ActionStatus;
import org.throughline.model.EffectivenessRating;
import org.throughline.model.Frequency;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Polarity;
import org.throughline.model.Property;
import org.throughline.model.RoleKind;
import org.throughline.model.Team;
import org.throughline.model.ThroughlineFactory;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;
import org.throughline.validation.internal.rules.BuiltInRules;

/**
 * Every rule of the catalogue, on a model where it must fire and on one where it must not: the
 * healthy model, on which the whole catalogue is silent, and the same model with one thing
 * broken.
 */
class RulesTest {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;
    private static final Validator VALIDATOR = Validator.standard();

    /** For each rule: how to break the healthy model so that the rule fires. */
    static Map<String, Consumer<Healthy>> breakages() {
        Map<String, Consumer<Healthy>> b = new LinkedHashMap<>();
        b.put("structure.dangling-reference", h -> h.priority.setLeadOrganisation(F.createOrganisation()));
        b.put("structure.duplicate-name", h -> h.trustB.setName("Trust A"));
        b.put("structure.unnamed", h -> h.outcome.setName(" "));
        b.put("structure.not-set", h -> h.indicator.setFrequency(Frequency.NOT_SET));
        b.put("structure.empty-chain", h -> h.add(F.createDeliveryChain()));
        b.put("structure.self-link", h -> h.fundsA.setTarget(h.department));
        b.put("structure.link-ends", h -> h.fundsA.setTarget(null));
        b.put("structure.chain-link-outside", h -> h.chain.getActors().remove(h.trustB));
        b.put("accountability.priority-sro", h -> h.sro.setKind(RoleKind.DELIVERY_LEAD));
        b.put("accountability.service-owner", h -> h.service.setOwner(null));
        b.put("accountability.outcome-owner", h -> h.outcome.setOwner(null));
        b.put("accountability.action-owner", h -> h.action.setOwner(null));
        b.put("accountability.action-due-date", h -> h.action.setDueDate(null));
        b.put("accountability.action-overdue", h -> h.action.setDueDate(LocalDate.of(2025, 5, 1)));
        b.put("accountability.role-holder", h -> h.sro.setHolder(null));
        b.put("accountability.unconnected-actor", h -> {
            Team team = F.createTeam();
            team.setName("Lonely team");
            h.add(team);
        });
        b.put("accountability.cycle", h -> {
            h.link("A answers to B", h.trustA, h.trustB, LinkKind.ACCOUNTABILITY);
            h.link("B answers to A", h.trustB, h.trustA, LinkKind.ACCOUNTABILITY);
        });
        b.put("accountability.beneficiaries-unreached", h -> {
            h.servesA.setTarget(h.trustB);
            h.servesB.setTarget(h.trustA);
        });
        b.put("measurement.outcome-indicator", h -> h.indicator.setMeasures(null));
        b.put("measurement.indicator-measures", h -> h.indicator.setMeasures(null));
        b.put("measurement.baseline", h -> h.indicator.setBaseline(null));
        b.put("measurement.dated-target", h -> h.indicator.getTargets().get(0).setDate(null));
        b.put("measurement.trajectory-reaches-target", h -> h.indicator.getTrajectory().getPoints().remove(1));
        b.put("measurement.plausible-observation", h -> h.indicator.getObservations().get(0).setValue(140.0));
        b.put("measurement.balancing-indicator", h -> {
            Property gameable = F.createProperty();
            gameable.setKey("gameable");
            gameable.setValue("true");
            h.indicator.getProperties().add(gameable);
        });
        b.put("measurement.stale-data", h -> {
            h.indicator.getObservations().remove(1);
            h.indicator.getObservations().get(0).setDate(LocalDate.of(2025, 3, 1));
        });
        b.put("chain.weak-link-action", h -> h.fundsA.setStrength(LinkStrength.WEAK));
        b.put("chain.weak-link-evidence", h -> {
            h.fundsA.setStrength(LinkStrength.WEAK);
            h.fundsA.setEvidence(null);
        });
        b.put("chain.unknown-strength", h -> h.fundsA.setStrength(LinkStrength.UNKNOWN));
        b.put("chain.centre-to-people", h -> {
            h.servesA.setStrength(LinkStrength.BROKEN);
            h.servesB.setStrength(LinkStrength.BROKEN);
        });
        b.put("chain.single-point-of-failure", h -> h.chain.getLinks().remove(h.fundsB));
        b.put("ontrack.off-trajectory", h -> h.indicator.getObservations().get(1).setValue(70.0));
        b.put("ontrack.priority-assessed", h -> h.assessment.setSubject(h.outcome));
        b.put("ontrack.stale-assessment", h -> h.assessment.setDate(LocalDate.of(2024, 11, 1)));
        b.put("ontrack.red-without-action", h -> {
            h.assessment.setRating(LikelihoodRating.RED);
            h.action.setStatus(ActionStatus.CANCELLED);
        });
        b.put("ontrack.stocktake-actions", h -> h.stocktake.getActionsAgreed().clear());
        b.put("flow.demand-exceeds-capacity", h -> h.step.setDemandPerPeriod(1200.0));
        b.put("flow.failure-demand", h -> h.step.setFailureDemandShare(0.35));
        b.put("flow.step-figures", h -> h.step.setCapacityPerPeriod(null));
        b.put("flow.failure-share-range", h -> h.step.setFailureDemandShare(1.5));
        b.put("lineofsight.target-without-plan", h -> h.programme.getOutcomes().clear());
        b.put("lineofsight.plan-without-budget", h -> h.programme.setBudget(null));
        b.put("lineofsight.ineffective-funded", h -> h.programme.setRating(EffectivenessRating.INEFFECTIVE));
        b.put("lineofsight.milestone-missed", h -> h.milestone.setAchieved(false));
        b.put("lineofsight.initiative-outcomes", h -> h.programme.getOutcomes().clear());
        return b;
    }

    static Stream<Arguments> rules() {
        return breakages().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static ValidationResult validate(Healthy healthy) {
        return VALIDATOR.validate(healthy.model, Healthy.TODAY);
    }

    @Test
    void asAtADateRulesSeeOnlyTheJudgementsMadeByThenAndNameTheModelsOwnElements() {
        // The healthy priority was assessed on 15 May 2025; as at 1 May 2025 nobody had assessed it.
        Healthy healthy = new Healthy();
        ValidationResult before = VALIDATOR.validate(healthy.model, LocalDate.of(2025, 5, 1));
        List<Finding> unassessed = before.findings().stream().filter(f -> f.rule().id().equals("ontrack.priority-assessed")).toList();
        assertEquals(1, unassessed.size(), before.findings().toString());
        assertSame(healthy.priority, unassessed.get(0).element(), "the finding names the model's priority, not a copy's");
        assertEquals(LocalDate.of(2025, 5, 15), healthy.assessment.getDate(), "the model keeps its assessment");
        assertTrue(validate(healthy).findings().stream().noneMatch(f -> f.rule().id().equals("ontrack.priority-assessed")),
                "as at 1 June 2025 it is assessed");
    }

    @Test
    void aValueNotSetIsNamedWithWhatCannotBeJudged() {
        Healthy healthy = new Healthy();
        healthy.indicator.setPolarity(Polarity.NOT_SET);
        healthy.indicator.setFrequency(Frequency.NOT_SET);
        Finding finding = validate(healthy).findings().stream().filter(f -> f.rule().id().equals("structure.not-set")).findFirst()
                .orElseThrow();
        assertSame(healthy.indicator, finding.element());
        assertTrue(finding.message().endsWith("has no polarity or frequency set, so what depends on it cannot be judged"),
                finding.message());
    }

    @Test
    void theHealthyModelHasNoFindingsAtAll() {
        ValidationResult result = validate(new Healthy());
        assertEquals(List.of(), result.findings().stream().map(f -> f.rule().id() + ": " + f.message()).toList());
        assertTrue(result.rulesRun() >= 44, "the whole catalogue ran: " + result.rulesRun());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleFiresWhenItsProblemIsThere(String ruleId, Consumer<Healthy> breakage) {
        Healthy broken = new Healthy();
        breakage.accept(broken);
        List<Finding> findings = validate(broken).findings().stream().filter(f -> f.rule().id().equals(ruleId)).toList();
        assertFalse(findings.isEmpty(), ruleId + " fires");
        Finding finding = findings.get(0);
        assertFalse(finding.message().contains("{"), "the message is filled in: " + finding.message());
        assertTrue(finding.path().startsWith("Healthy system"), finding.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleIsSilentOnTheHealthyModel(String ruleId, Consumer<Healthy> unused) {
        assertTrue(validate(new Healthy()).findings().stream().noneMatch(f -> f.rule().id().equals(ruleId)), ruleId);
    }

    @Test
    void everyRuleOfTheCatalogueIsTestedAndDocumented() {
        List<RuleDescriptor> ours = VALIDATOR.rules().stream().filter(r -> !r.id().startsWith("test.")).toList();
        assertTrue(ours.size() >= 30, "at least 30 rules: " + ours.size());
        assertEquals(BuiltInRules.ids(), ours.stream().map(RuleDescriptor::id).collect(java.util.stream.Collectors.toSet()),
                "every contributed rule has an implementation and every implementation is contributed");
        assertEquals(breakages().keySet(), BuiltInRules.ids(), "every rule has a firing and a silent case here");
        for (RuleDescriptor rule : ours) {
            assertTrue(rule.description().length() > 40, rule.id() + " says why it matters");
            assertFalse(rule.description().startsWith("%"), rule.id() + " description is translated");
            assertTrue(rule.message().contains("{"), rule.id() + " names the element");
        }
    }

    @Test
    void aMessageNamesTheElementAndTheFacts() {
        Healthy broken = new Healthy();
        broken.step.setDemandPerPeriod(1200.0);
        Finding finding = validate(broken).findings().stream().filter(f -> f.rule().id().equals("flow.demand-exceeds-capacity"))
                .findFirst().orElseThrow();
        assertEquals("The step Triage has demand at 120% of its capacity: a pinch-point where queues grow", finding.message());
        assertEquals("triage", finding.elementId());
        assertEquals("Healthy system/All/Emergency care/Triage", finding.path());
    }

    @Test
    void aCompletedActionDoesNotCountAsAddressingAWeakLink() {
        Healthy model = new Healthy();
        model.fundsA.setStrength(LinkStrength.WEAK);
        model.action.getAddresses().add(model.fundsA);
        assertTrue(validate(model).findings().stream().noneMatch(f -> f.rule().id().equals("chain.weak-link-action")));
        model.action.setStatus(ActionStatus.DONE);
        assertTrue(validate(model).findings().stream().anyMatch(f -> f.rule().id().equals("chain.weak-link-action")));
    }
}
