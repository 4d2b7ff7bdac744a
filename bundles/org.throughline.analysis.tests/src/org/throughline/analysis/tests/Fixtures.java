// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Actor;
import org.throughline.model.BeneficiaryGroup;
import org.throughline.model.Concept;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Folder;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.LinkKind;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.OrganisationKind;
import org.throughline.model.Target;
import org.throughline.model.ThroughlineFactory;

/** Small hand-built models, and running one analysis on them. */
final class Fixtures {

    static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    final Model model = F.createModel();
    final Folder folder = F.createFolder();
    private int ids;

    Fixtures() {
        model.setId("m");
        model.setName("Fixture");
        folder.setId("f");
        model.getFolders().add(folder);
    }

    <T extends Concept> T add(T element, String name) {
        element.setId("e" + ++ids);
        element.setName(name);
        folder.getElements().add(element);
        return element;
    }

    <T extends Element> T named(T element, String name) {
        element.setId("e" + ++ids);
        element.setName(name);
        return element;
    }

    /** @return a central department (the centre of any chain it is in) */
    Organisation centre(String name) {
        Organisation organisation = add(F.createOrganisation(), name);
        organisation.setKind(OrganisationKind.CENTRAL_DEPARTMENT);
        return organisation;
    }

    Organisation provider(String name) {
        Organisation organisation = add(F.createOrganisation(), name);
        organisation.setKind(OrganisationKind.PROVIDER);
        return organisation;
    }

    BeneficiaryGroup people(String name, long population) {
        BeneficiaryGroup group = add(F.createBeneficiaryGroup(), name);
        group.setPopulation(Long.valueOf(population));
        return group;
    }

    Link link(Actor from, Actor to, LinkStrength strength) {
        return link(from, to, LinkKind.SUPPORT, strength);
    }

    Link link(Actor from, Actor to, LinkKind kind, LinkStrength strength) {
        Link link = add(F.createLink(), from.getName() + " to " + to.getName());
        link.setSource(from);
        link.setTarget(to);
        link.setKind(kind);
        link.setStrength(strength);
        link.setEvidence("Observed in 2025.");
        return link;
    }

    /** @return a chain of the given links and every actor at their ends */
    DeliveryChain chain(String name, Link... links) {
        DeliveryChain chain = add(F.createDeliveryChain(), name);
        for (Link link : links) {
            chain.getLinks().add(link);
            for (Actor end : List.of(link.getSource(), link.getTarget())) {
                if (!chain.getActors().contains(end)) {
                    chain.getActors().add(end);
                }
            }
        }
        return chain;
    }

    AnalysisResult run(String id) throws AnalysisException {
        return run(id, null);
    }

    AnalysisResult run(String id, EObject subject, String... options) throws AnalysisException {
        AnalysisRun run = Analyses.standard().run(id, new AnalysisInput(model, subject, TODAY, java.util.Set.of(options)));
        if (run.failed()) {
            throw new AssertionError(run.failure());
        }
        return run.result();
    }

    /** Adds an actual value on a date. */
    static void observe(Indicator indicator, LocalDate date, double value) {
        Observation observation = F.createObservation();
        observation.setDate(date);
        observation.setValue(Double.valueOf(value));
        indicator.getObservations().add(observation);
    }

    /** Adds a target value by a date. */
    static void target(Indicator indicator, LocalDate date, double value) {
        Target target = F.createTarget();
        target.setDate(date);
        target.setValue(Double.valueOf(value));
        indicator.getTargets().add(target);
    }

    /** @return the value in the named column of the row */
    static Object cell(AnalysisResult result, Row row, String column) {
        int index = result.columns().indexOf(column);
        if (index < 0) {
            throw new AssertionError("no column " + column + " in " + result.columns());
        }
        // A quantity compares as its number here; its unit is tested where it is shown.
        Object cell = row.cells().get(index);
        return cell instanceof AnalysisResult.Quantity quantity ? Double.valueOf(quantity.doubleValue()) : cell;
    }

    /** @return the rows about the element */
    static List<Row> rowsOf(AnalysisResult result, EObject element) {
        return result.rows().stream().filter(r -> r.element() == element).toList();
    }

    /** @return the one row about the element */
    static Row rowOf(AnalysisResult result, EObject element) {
        List<Row> rows = rowsOf(result, element);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows about " + element + " in " + result.rows());
        }
        return rows.get(0);
    }
}
