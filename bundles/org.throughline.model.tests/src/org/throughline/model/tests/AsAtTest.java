// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.Indicator;
import org.throughline.model.Issue;
import org.throughline.model.Milestone;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Priority;
import org.throughline.model.Programme;
import org.throughline.model.Stocktake;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.AsAt;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;

/** The model as it was known on a date: what is left out, what stays, and that nothing else changes. */
class AsAtTest {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;
    private static final LocalDate OCT = LocalDate.of(2024, 10, 31);

    private final Model model = F.createModel();
    private final Priority priority = F.createPriority();
    private final Indicator indicator = F.createIndicator();
    private final Stocktake october = F.createStocktake();
    private final Stocktake april = F.createStocktake();
    private final Action agreedInOctober = F.createAction();
    private final Action agreedInApril = F.createAction();
    private final Action neverAgreed = F.createAction();
    private final Assessment amber = F.createAssessment();
    private final Assessment red = F.createAssessment();
    private final Issue lateIssue = F.createIssue();
    private final Milestone milestone = F.createMilestone();

    AsAtTest() {
        model.setId("m");
        model.setAsAt(LocalDate.of(2025, 4, 30));
        priority.setId("p");
        indicator.setId("i");
        for (LocalDate date : List.of(LocalDate.of(2024, 9, 30), OCT, LocalDate.of(2024, 11, 30), LocalDate.of(2025, 3, 31))) {
            Observation observation = F.createObservation();
            observation.setDate(date);
            observation.setValue(Double.valueOf(date.getMonthValue()));
            indicator.getObservations().add(observation);
        }
        october.setId("st-oct");
        october.setDate(LocalDate.of(2024, 10, 15));
        april.setId("st-apr");
        april.setDate(LocalDate.of(2025, 4, 10));
        agreedInOctober.setId("a-oct");
        agreedInApril.setId("a-apr");
        neverAgreed.setId("a-none");
        october.getActionsAgreed().add(agreedInOctober);
        april.getActionsAgreed().add(agreedInApril);
        amber.setId("as-oct");
        amber.setDate(LocalDate.of(2024, 10, 15));
        amber.setSubject(priority);
        red.setId("as-apr");
        red.setDate(LocalDate.of(2025, 4, 10));
        red.setSubject(priority);
        october.getAssessments().add(amber);
        april.getAssessments().add(red);
        lateIssue.setId("iss");
        lateIssue.setRaisedDate(LocalDate.of(2025, 1, 5));
        Programme programme = F.createProgramme();
        programme.setId("prog");
        milestone.setId("ms");
        milestone.setAchieved(true);
        milestone.setAchievedDate(LocalDate.of(2025, 2, 1));
        programme.getMilestones().add(milestone);
        model.getElements().addAll(List.of(priority, indicator, october, april, agreedInOctober, agreedInApril, neverAgreed, amber, red,
                lateIssue, programme));
    }

    @Test
    void aViewAtAnEarlierDateLeavesOutWhatCameLaterAndTheModelIsUntouched() {
        Model then = AsAt.view(model, OCT);
        assertNotSame(model, then);
        assertEquals(OCT, then.getAsAt());
        Indicator indicatorThen = (Indicator) find(then, "i");
        assertEquals(List.of(LocalDate.of(2024, 9, 30), OCT), indicatorThen.getObservations().stream().map(Observation::getDate).toList(),
                "observations after 31 October 2024 are not yet known");
        assertTrue(find(then, "st-oct") != null && find(then, "st-apr") == null, "the April stocktake has not happened");
        assertTrue(find(then, "as-oct") != null && find(then, "as-apr") == null, "nor its RED judgement");
        assertTrue(find(then, "a-oct") != null && find(then, "a-apr") == null, "an action agreed in April is not known in October");
        assertTrue(find(then, "a-none") != null, "an action no stocktake agreed has no date: it stays");
        assertTrue(find(then, "iss") == null, "an issue raised in January 2025 is not known");
        Milestone milestoneThen = (Milestone) find(then, "ms");
        assertFalse(milestoneThen.isAchieved(), "achieved in February 2025, so not achieved at the end of October 2024");
        assertEquals(4, indicator.getObservations().size(), "the model itself keeps everything");
        assertEquals(2, model.getElements().stream().filter(Stocktake.class::isInstance).count());
        assertTrue(milestone.isAchieved());
    }

    @Test
    void anActionClosedAfterTheDateWasOpenThen() {
        // Agreed at the October 2024 stocktake; done on 20 January 2025, or cancelled on 3 March.
        agreedInOctober.setStatus(ActionStatus.DONE);
        agreedInOctober.setClosedDate(LocalDate.of(2025, 1, 20));
        neverAgreed.setStatus(ActionStatus.CANCELLED);
        neverAgreed.setClosedDate(LocalDate.of(2025, 3, 3));
        Action october31 = (Action) find(AsAt.view(model, OCT), "a-oct");
        assertEquals(ActionStatus.OPEN, october31.getStatus(), "on 31 October 2024 the action was not yet done");
        assertEquals(null, october31.getClosedDate());
        assertEquals(ActionStatus.OPEN, AsAt.status(agreedInOctober, OCT));
        assertEquals(ActionStatus.DONE, AsAt.status(agreedInOctober, LocalDate.of(2025, 1, 20)), "done on the day it closed");
        Model february = AsAt.view(model, LocalDate.of(2025, 2, 1));
        assertEquals(ActionStatus.DONE, ((Action) find(february, "a-oct")).getStatus(), "done in January");
        assertEquals(ActionStatus.OPEN, ((Action) find(february, "a-none")).getStatus(), "cancelled only in March");
        assertEquals(ActionStatus.DONE, agreedInOctober.getStatus(), "the model itself keeps its statuses");
        Action undated = F.createAction();
        undated.setStatus(ActionStatus.DONE);
        assertEquals(ActionStatus.DONE, AsAt.status(undated, OCT), "done with no closed date: nothing says it was open");
    }

    @Test
    void aModelWithNothingLaterIsItsOwnView() {
        assertSame(model, AsAt.view(model), "as at its own date, 30 April 2025, everything was known");
        assertFalse(AsAt.holdsLaterThan(model, model.getAsAt()));
        assertTrue(AsAt.holdsLaterThan(model, OCT));
    }

    @Test
    void partOfAModelHoldsWhatItOrWhatItContainsSaysLater() {
        // As at 31 October 2024: the indicator holds observations of November and March; the priority nothing dated.
        assertTrue(AsAt.holdsLaterThan(model, List.of(indicator), OCT), "its observations of 30 November and 31 March");
        assertFalse(AsAt.holdsLaterThan(model, List.of(priority, october, amber), OCT), "undated, and held or judged on 15 October");
        assertTrue(AsAt.holdsLaterThan(model, List.of(agreedInApril), OCT), "agreed only at the April stocktake");
        assertFalse(AsAt.holdsLaterThan(model, List.of(indicator), model.getAsAt()), "every observation is before 30 April 2025");
        Observation removed = indicator.getObservations().remove(3);
        assertFalse(AsAt.holdsLaterThan(model, List.of(removed), OCT), "an observation no longer in the model is passed over");
    }

    @Test
    void answersOnAViewNameTheModelsOwnElements() {
        Model then = AsAt.view(model, OCT);
        Function<EObject, EObject> back = AsAt.backTo(model);
        assertSame(priority, back.apply(find(then, "p")));
        Indicator indicatorThen = (Indicator) find(then, "i");
        assertSame(indicator.getObservations().get(1), back.apply(indicatorThen.getObservations().get(1)),
                "a part without an id is found by its place under its element");
    }

    @Test
    void restrictingInPlaceIsWhatTheCommandLineReadsAndTheExampleAsAtOctober2024ShowsOctober() throws Exception {
        Model example = (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
        AsAt.restrict(example, OCT);
        Indicator fourHours = (Indicator) find(example, "ec-ind-4hr");
        Observation latest = fourHours.getObservations().get(fourHours.getObservations().size() - 1);
        assertEquals(OCT, latest.getDate());
        assertEquals(72.9, latest.getValue().doubleValue(), "October 2024's 72.9%, not March 2025's 75.0%");
        assertTrue(find(example, "ec-assess-2025-04") == null, "the April 2025 RED judgement is not yet made");
        assertTrue(find(example, "ec-assess-2024-10") != null, "the October 2024 one is");
        assertEquals(OCT, example.getAsAt());
    }

    private static EObject find(Model model, String id) {
        for (var all = model.eAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (next instanceof org.throughline.model.Element element && id.equals(element.getId())) {
                return next;
            }
        }
        return null;
    }
}
