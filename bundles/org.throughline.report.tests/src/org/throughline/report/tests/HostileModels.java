// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import java.time.LocalDate;
import java.util.List;

import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Folder;
import org.throughline.model.Indicator;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.Property;
import org.throughline.model.Risk;
import org.throughline.model.Target;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.Trajectory;
import org.throughline.model.TrajectoryPoint;

/** A corpus of hostile names and descriptions, and a model made of them. */
final class HostileModels {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;

    /** Texts that would run, break out of markup or mislead if a report did not escape them. */
    static final List<String> CORPUS = List.of(
            "<script>alert('x')</script>",
            "\" onmouseover=\"alert(1)\" x=\"",
            "' onfocus='alert(1)' autofocus='",
            "</svg><script>alert(2)</script><svg onload=\"alert(2)\">",
            "<img src=x onerror=alert(3)>",
            "]]><!-- <![CDATA[ --> &lt;script&gt;",
            "javascript:alert(4)",
            "</title></textarea></style><a href=\"javascript:alert(5)\">click</a>",
            "\u202Egnp.exe\u202C and \u2066isolated\u2069 \u200Fmark",
            "nul\u0000bell\u0007 and a lone \uD800 surrogate",
            "<foreignObject><body onload=alert(6)></body></foreignObject>",
            "{{7*7}} ${7*7} <%= 7*7 %>");

    /** One megabyte in one word: no place to wrap. */
    static final String MEGABYTE_WORD = "A".repeat(1_000_000);

    /** One megabyte of words. */
    static final String MEGABYTE_TEXT = "word <b>bold</b> ".repeat(1_000_000 / 17);

    private HostileModels() {
    }

    private static <T extends Element> T named(T element, String id, String name, String description) {
        element.setId(id);
        element.setName(name);
        element.setDescription(description);
        return element;
    }

    /** @return a model whose every text is hostile, with a chain, indicators, actions, risks, assessments */
    static Model model() {
        Model model = named(F.createModel(), "m<script>", CORPUS.get(0), CORPUS.get(3));
        model.setAsAt(java.time.LocalDate.of(2025, 4, 30));
        Folder folder = named(F.createFolder(), "f\"><svg onload=alert(1)>", CORPUS.get(1), CORPUS.get(2));
        model.getFolders().add(folder);
        Priority priority = named(F.createPriority(), "p-1", CORPUS.get(3), MEGABYTE_TEXT);
        priority.setRank(Integer.valueOf(1));
        for (String text : CORPUS) {
            Property property = F.createProperty();
            property.setKey(text);
            property.setValue(text);
            priority.getProperties().add(property);
        }
        folder.getElements().add(priority);
        Outcome outcome = named(F.createOutcome(), "o-1", CORPUS.get(4), CORPUS.get(5));
        priority.getOutcomes().add(outcome);
        folder.getElements().add(outcome);
        Indicator indicator = named(F.createIndicator(), "i-1", CORPUS.get(8), CORPUS.get(9));
        indicator.setUnit(CORPUS.get(0));
        indicator.setMeasures(outcome);
        Trajectory trajectory = named(F.createTrajectory(), "t-1", CORPUS.get(7), null);
        trajectory.setTolerance(Double.valueOf(1));
        for (int month = 0; month < 12; month++) {
            TrajectoryPoint point = F.createTrajectoryPoint();
            point.setDate(LocalDate.of(2024, 5, 1).plusMonths(month));
            point.setValue(Double.valueOf(60 + month));
            trajectory.getPoints().add(point);
            Observation observation = F.createObservation();
            observation.setDate(point.getDate());
            observation.setValue(Double.valueOf(60 + month * 0.5));
            observation.setSource(CORPUS.get(month % CORPUS.size()));
            observation.setNote(CORPUS.get((month + 3) % CORPUS.size()));
            indicator.getObservations().add(observation);
        }
        indicator.setTrajectory(trajectory);
        Target target = named(F.createTarget(), "tg-1", CORPUS.get(6), null);
        target.setDate(LocalDate.of(2025, 4, 1));
        target.setValue(Double.valueOf(72));
        indicator.getTargets().add(target);
        folder.getElements().add(indicator);

        DeliveryChain chain = named(F.createDeliveryChain(), "c-1", CORPUS.get(10), CORPUS.get(11));
        chain.setPriority(priority);
        folder.getElements().add(chain);
        Organisation centre = named(F.createOrganisation(), "org-centre", CORPUS.get(0), MEGABYTE_TEXT);
        centre.setKind(OrganisationKind.CENTRAL_DEPARTMENT);
        Organisation middle = named(F.createOrganisation(), "org-middle", CORPUS.get(3), null);
        Organisation frontline = named(F.createOrganisation(), "org-front", CORPUS.get(8), null);
        BeneficiaryGroup people = named(F.createBeneficiaryGroup(), "people", CORPUS.get(9), CORPUS.get(1));
        for (var actor : List.of(centre, middle, frontline, people)) {
            folder.getElements().add(actor);
            chain.getActors().add(actor);
        }
        Link[] links = { link("l-1", centre, middle, LinkStrength.WEAK), link("l-2", middle, frontline, LinkStrength.BROKEN),
                link("l-3", frontline, people, LinkStrength.UNKNOWN) };
        for (Link link : links) {
            folder.getElements().add(link);
            chain.getLinks().add(link);
        }
        // A second chain with a one-megabyte name that cannot be wrapped: it must not stall the report.
        DeliveryChain longChain = named(F.createDeliveryChain(), "c-2", "Long", null);
        longChain.setPriority(priority);
        Organisation huge = named(F.createOrganisation(), "org-huge", MEGABYTE_WORD, null);
        folder.getElements().add(huge);
        longChain.getActors().add(huge);
        folder.getElements().add(longChain);

        Action action = named(F.createAction(), "a-1", CORPUS.get(2), CORPUS.get(7));
        action.setOwner(middle);
        action.setDueDate(LocalDate.of(2025, 1, 31));
        action.setStatus(ActionStatus.OPEN);
        action.getAddresses().add(links[0]);
        action.getAddresses().add(priority);
        folder.getElements().add(action);
        Risk risk = named(F.createRisk(), "r-1", CORPUS.get(4), null);
        risk.setMitigation(CORPUS.get(5));
        risk.getAffects().add(priority);
        folder.getElements().add(risk);
        Assessment assessment = named(F.createAssessment(), "as-1", CORPUS.get(11), null);
        assessment.setSubject(priority);
        assessment.setRating(LikelihoodRating.AMBER_RED);
        assessment.setDate(LocalDate.of(2025, 3, 1));
        assessment.setRationale(CORPUS.get(3));
        folder.getElements().add(assessment);
        return model;
    }

    private static Link link(String id, org.throughline.model.Actor from, org.throughline.model.Actor to, LinkStrength strength) {
        Link link = named(F.createLink(), id, CORPUS.get(Math.abs(id.hashCode()) % CORPUS.size()), null);
        link.setSource(from);
        link.setTarget(to);
        link.setStrength(strength);
        link.setEvidence(CORPUS.get(7));
        return link;
    }
}
