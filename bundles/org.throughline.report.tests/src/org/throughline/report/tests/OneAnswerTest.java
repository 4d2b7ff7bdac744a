// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.Routes;
import org.throughline.model.Actor;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;
import org.throughline.model.api.ModelFiles;
import org.throughline.report.api.Reports;
import org.throughline.testing.Examples;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.Validator;

/**
 * The same question gets the same answer wherever it is asked: the analysis (command line and
 * workbench), the HTML report and validation, for "are we on track?" and "who alone cuts the
 * people off?" on the examples.
 */
class OneAnswerTest {

    @TempDir
    Path temp;

    private static Model load(String example) throws Exception {
        return (Model) ModelFiles.load(Examples.file(example)).getContents().get(0);
    }

    private static AnalysisResult analyse(Model model, String id) throws Exception {
        return Analyses.standard().run(id, new AnalysisInput(model, null, AsAt.of(model))).result();
    }

    private static String name(EObject element) {
        return element instanceof Element named ? named.getName() : String.valueOf(element);
    }

    @Test
    void onTrackIsTheSameInTheAnalysisAndTheReport() throws Exception {
        for (String example : new String[] { "emergency-care.throughline", "portfolio.throughline" }) {
            Model model = load(example);
            AnalysisResult trajectories = analyse(model, "trajectories");
            Path folder = temp.resolve(example);
            Reports.writeHtml(model, folder, null);
            String page = Pages.text(Pages.parse(folder.resolve("trajectories.html")));
            int status = trajectories.columns().indexOf("Status");
            assertFalse(trajectories.rows().isEmpty(), example);
            for (AnalysisResult.Row row : trajectories.rows()) {
                String said = AnalysisResult.text(row.cells().get(status));
                String shown = name(row.element()) + " " + said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1);
                assertTrue(page.contains(shown), example + ": the report says what the analysis says, " + shown);
            }
        }
    }

    @Test
    void singlePointsOfFailureAreTheSameInTheAnalysisTheRuleAndTheReport() throws Exception {
        for (String example : new String[] { "emergency-care.throughline", "benefit-claims.throughline", "school-literacy.throughline" }) {
            Model model = load(example);
            Set<String> analysis = new TreeSet<>();
            for (AnalysisResult.Row row : analyse(model, "single-points-of-failure").rows()) {
                if (row.element() instanceof Actor) {
                    analysis.add(name(row.element()));
                }
            }
            Set<String> rule = new TreeSet<>();
            for (Finding finding : Validator.standard().validate(model).findings()) {
                if (finding.rule().id().equals("chain.single-point-of-failure") && finding.element() instanceof Actor) {
                    rule.add(name(finding.element()));
                }
            }
            assertFalse(analysis.isEmpty(), example);
            assertEquals(analysis, rule, example + ": the rule and the analysis");

            Path folder = temp.resolve(example);
            Reports.writeHtml(model, folder, null);
            String page = Pages.text(Pages.parse(folder.resolve("weak-links.html")));
            Set<String> routes = new TreeSet<>();
            for (var all = model.eAllContents(); all.hasNext();) {
                if (all.next() instanceof DeliveryChain chain) {
                    for (Routes.Cut cut : Routes.of(chain).singlePoints()) {
                        if (cut.element() instanceof Actor actor) {
                            routes.add(name(actor));
                            assertTrue(page.contains(name(actor)), example + ": the weak links page names " + name(actor));
                        }
                    }
                }
            }
            assertEquals(analysis, routes, example + ": the report's routes and the analysis");
        }
    }

    @Test
    void aWeakRouteIsTheSameInTheAnalysisAndTheReport() throws Exception {
        // Emergency care: patients fit to leave hospital but delayed are reached only by a weak route
        // whose weakest link is the council's home care contract (methods page, weak links).
        Model model = load("emergency-care.throughline");
        AnalysisResult weak = analyse(model, "weak-links");
        Path folder = temp.resolve("ec-weak");
        Reports.writeHtml(model, folder, null);
        String page = Pages.text(Pages.parse(folder.resolve("weak-links.html")));
        for (var all = model.eAllContents(); all.hasNext();) {
            if (all.next() instanceof DeliveryChain chain) {
                for (Routes.Group group : Routes.of(chain).groups()) {
                    if (group.strongest() != null && group.strongest().weak()) {
                        String weakest = name(group.strongest().weakest());
                        assertTrue(weak.headline().contains(name(group.group()) + " only by a weak route (weakest link " + weakest),
                                weak.headline());
                        assertTrue(page.contains(weakest), "the report's routes table names " + weakest);
                    }
                }
            }
        }
        assertTrue(weak.headline().contains("only by a weak route (weakest link Council commissions home care"), weak.headline());
    }
}
