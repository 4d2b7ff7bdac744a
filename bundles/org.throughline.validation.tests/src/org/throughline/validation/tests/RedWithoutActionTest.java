// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.model.ActionStatus;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Stocktake;
import org.throughline.model.ThroughlineFactory;
import org.throughline.validation.api.Validator;

/**
 * A RED judgement is answered by an action agreed at the stocktake that made it, or since, on the
 * priority or anything it rests on: the healthy model judged RED at its spring stocktake (15 May
 * 2025), whose one agreed action is moved about.
 */
class RedWithoutActionTest {

    private static List<String> fired(Healthy model) {
        return Validator.standard().validate(model.model, Healthy.TODAY).findings().stream()
                .filter(f -> f.rule().id().equals("ontrack.red-without-action")).map(f -> f.message()).toList();
    }

    private static Healthy red() {
        Healthy model = new Healthy();
        model.assessment.setRating(LikelihoodRating.RED);
        return model;
    }

    @Test
    void anActionOnTheIndicatorAgreedAtTheSameStocktakeAnswersIt() {
        Healthy model = red();
        model.action.getAddresses().clear();
        model.action.getAddresses().add(model.indicator);
        assertEquals(List.of(), fired(model), "the action names the indicator, not the priority: still an answer");
    }

    @Test
    void anActionOnAStepOfAServiceOfThePriorityAnswersIt() {
        Healthy model = red();
        model.service.getOutcomes().add(model.outcome);
        model.action.getAddresses().clear();
        model.action.getAddresses().add(model.step);
        assertEquals(List.of(), fired(model));
    }

    @Test
    void anActionOnALinkOfItsChainAnswersItEvenWhenDone() {
        Healthy model = red();
        model.action.getAddresses().clear();
        model.action.getAddresses().add(model.fundsA);
        model.action.setStatus(ActionStatus.DONE);
        assertEquals(List.of(), fired(model), "agreed at the judging stocktake and carried out");
    }

    @Test
    void anActionAgreedAtAnEarlierStocktakeDoesNotAnswerALaterJudgement() {
        Healthy model = red();
        Stocktake winter = ThroughlineFactory.eINSTANCE.createStocktake();
        winter.setName("Winter stocktake");
        winter.setId("winter");
        winter.setDate(LocalDate.of(2025, 1, 15));
        model.add(winter);
        model.action.getAddresses().clear();
        model.action.getAddresses().add(model.indicator);
        model.stocktake.getActionsAgreed().remove(model.action);
        winter.getActionsAgreed().add(model.action);
        List<String> messages = fired(model);
        assertEquals(1, messages.size(), "agreed in January, before the May judgement: " + messages);
        assertTrue(messages.get(0).startsWith("The priority Cut waiting times is rated red"), messages.get(0));
    }

    @Test
    void anActionCancelledAfterTheDateStillAnsweredItThen() {
        // Agreed at the 15 May stocktake on the indicator, cancelled on 20 June: as at 1 June
        // (the date validated) it was open and answers the RED; as at 30 June it no longer does.
        Healthy model = red();
        model.action.getAddresses().clear();
        model.action.getAddresses().add(model.indicator);
        model.action.setStatus(ActionStatus.CANCELLED);
        model.action.setClosedDate(LocalDate.of(2025, 6, 20));
        assertEquals(List.of(), fired(model), "on 1 June the action had not been cancelled");
        List<String> june30 = Validator.standard().validate(model.model, LocalDate.of(2025, 6, 30)).findings().stream()
                .filter(f -> f.rule().id().equals("ontrack.red-without-action")).map(f -> f.message()).toList();
        assertEquals(1, june30.size(), "cancelled on 20 June: nothing answers the RED on 30 June");
    }

    @Test
    void anActionOnSomethingElseDoesNotAnswerIt() {
        Healthy model = red();
        // The service serves no outcome of the priority in the healthy model: an action on it answers nothing here.
        assertEquals(1, fired(model).size());
    }
}
