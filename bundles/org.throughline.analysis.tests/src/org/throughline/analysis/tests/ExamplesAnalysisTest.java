// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;

/** The analyses find the weaknesses the example models were built with (see examples/README.md). */
class ExamplesAnalysisTest {

    private static Model load(String name) throws IOException {
        return (Model) ModelFiles.load(Examples.file(name)).getContents().get(0);
    }

    private static AnalysisResult run(Model model, String id) throws AnalysisException {
        AnalysisRun run = Analyses.standard().run(id, AnalysisInput.of(model));
        assertTrue(!run.failed(), run.failure());
        return run.result();
    }

    /** @return the rows about the element of that name, as text */
    private static List<String> rows(AnalysisResult result, String name) {
        return result.rows().stream().filter(r -> r.element() instanceof Element e && name.equals(e.getName()))
                .map(r -> r.cells().toString()).toList();
    }

    private static Row row(AnalysisResult result, String name) {
        List<Row> rows = result.rows().stream().filter(r -> r.element() instanceof Element e && name.equals(e.getName())).toList();
        assertEquals(1, rows.size(), name + " in " + result.rows());
        return rows.get(0);
    }

    private static Object cell(AnalysisResult result, String name, String column) {
        return Fixtures.cell(result, row(result, name), column);
    }

    @Test
    void emergencyCare() throws Exception {
        Model model = load("emergency-care.throughline");
        assertEquals(java.time.LocalDate.of(2025, 4, 30), AnalysisInput.of(model).today(), "the model's as-at date");
        AnalysisResult weak = run(model, "weak-links");
        assertEquals("broken", cell(weak, "Eastvale emergency department reports to NHS England", "Strength"));
        assertEquals("none", cell(weak, "Eastvale emergency department reports to NHS England", "Open action"));
        assertEquals("weak", cell(weak, "Council commissions home care", "Strength"));
        assertEquals("Commission 40 more discharge-to-assess home care packages",
                cell(weak, "Council supports discharge from Northshire General", "Open action"));
        assertEquals("unknown", cell(weak, "NHS 111 books patients into the emergency department", "Strength"));
        assertEquals("broken", weak.rows().get(0).cells().get(5), "broken first");

        AnalysisResult trajectories = run(model, "trajectories");
        assertEquals("off track", cell(trajectories, "A&E attendances seen within four hours", "Status"));
        assertEquals(75.0, cell(trajectories, "A&E attendances seen within four hours", "Actual"));
        assertEquals(78.0, cell(trajectories, "A&E attendances seen within four hours", "Planned"));
        assertEquals(1.5, cell(trajectories, "A&E attendances seen within four hours", "Tolerance"));
        assertEquals("on track", cell(trajectories, "Category 2 ambulance mean response time", "Status"),
                "28.6 minutes against 30 planned is better when lower is better");

        AnalysisResult flow = run(model, "flow");
        assertEquals("pinch-point, waits on Source home care or a placement", cell(flow, "Admission to a ward bed", "Pinch-point"),
                "the model says admission depends on discharge");
        assertEquals(14.0, cell(flow, "Admission to a ward bed", "Queue growth"), "92 a day need a bed, 78 are freed");
        assertEquals("pinch-point, binding", cell(flow, "Source home care or a placement", "Pinch-point"));

        AnalysisResult accountability = run(model, "accountability");
        assertEquals("the owner's role is vacant", cell(accountability, "Emergency ambulance response", "Gap"));

        AnalysisResult impact = Analyses.standard().run("impact", AnalysisInput.of(model, Analyses.element(model, "ec-org-council")))
                .result();
        assertEquals("critical", cell(impact, "Patients fit to leave hospital but delayed", "Criticality"));
        assertEquals("critical", cell(impact, "Hospital discharge to assess, Northshire", "Criticality"));

        AnalysisResult dataLink = Analyses.standard().run("impact", AnalysisInput.of(model, Analyses.element(model,
                "ec-link-ed-east-nhse-data"))).result();
        assertEquals("high", cell(dataLink, "A&E attendances seen within four hours", "Criticality"),
                "the broken data link takes away how we know");

        AnalysisResult lineOfSight = run(model, "line-of-sight");
        // Before: 3.06bn (programme) + 1.6bn (its own discharge fund) = 4.66bn on the discharge line, and the programme on three lines.
        assertEquals(3_060_000_000.0, cell(lineOfSight, "Patients are admitted, transferred or discharged within four hours",
                "Budget (\u00a3)"));
        assertEquals(null, cell(lineOfSight, "Patients leave hospital as soon as they are fit to", "Budget (\u00a3)"));
        assertTrue(lineOfSight.headline().contains("Funded budgets total \u00a33,060,000,000"), lineOfSight.headline());
    }

    @Test
    void schoolLiteracy() throws Exception {
        Model model = load("school-literacy.throughline");
        AnalysisResult weak = run(model, "weak-links");
        assertEquals("broken", cell(weak, "Brookfield shares termly reading data with the council", "Strength"));
        assertEquals("weak", cell(weak, "DfE funds council school improvement", "Strength"));
        assertEquals("unknown", cell(weak, "English Hub supports St Anne's", "Strength"));

        AnalysisResult trajectories = run(model, "trajectories");
        String ks2 = "Pupils meeting the expected standard in key stage 2 reading";
        assertEquals("off track", cell(trajectories, ks2, "Status"));
        assertEquals(75.0, cell(trajectories, ks2, "Actual"));
        assertEquals(81.0, cell(trajectories, ks2, "Planned"));
        assertEquals("misses target", cell(trajectories, ks2, "Outlook"), "the trend is flat, the 2030 target is 90%");

        AnalysisResult flow = run(model, "flow");
        assertEquals("pinch-point", cell(flow, "Phonics catch-up for older readers", "Pinch-point"));
        assertEquals(14.0, cell(flow, "Phonics catch-up for older readers", "Queue growth"), "38 need it a term, 24 places");

        assertEquals("nobody holds this role", cell(run(model, "accountability"), "Head of school improvement, Westmere", "Gap"),
                "the vacant post");

        AnalysisResult lineOfSight = run(model, "line-of-sight");
        assertTrue(lineOfSight.rows().stream().anyMatch(r -> r.cells().toString().contains("Westmere reading partnership")
                && (r.cells().contains("no funded budget") || r.cells().contains("a plan is unfunded"))),
                "the unfunded local partnership breaks a line: " + lineOfSight.rows());

        AnalysisResult impact = Analyses.standard().run("impact", AnalysisInput.of(model, Analyses.element(model, "sl-org-hillside")))
                .result();
        assertTrue(rows(impact, "Year 6 pupils in England").isEmpty(), "not every pupil in England through the national outcome");
        assertTrue(impact.headline().contains("about 1,900 people"), "the pupils behind in reading it alone reaches: " + impact.headline());
    }

    @Test
    void benefitClaims() throws Exception {
        Model model = load("benefit-claims.throughline");
        AnalysisResult weak = run(model, "weak-links");
        assertEquals("broken", cell(weak, "Tribunal reasons reach DWP decision makers", "Strength"));
        assertEquals("unknown", cell(weak, "Citizens Advice helps claimants", "Strength"));
        assertEquals(3, weak.rows().stream().filter(r -> "weak".equals(r.cells().get(5))).count());

        AnalysisResult flow = run(model, "flow");
        assertEquals("pinch-point", cell(flow, "Health assessment", "Pinch-point"));
        assertEquals(125.0, cell(flow, "Health assessment", "Utilisation %"));
        assertEquals(62.0, cell(flow, "Answer calls on the enquiry line", "Failure demand %"));
        assertEquals(1, flow.rows().stream().filter(r -> "pinch-point".equals(r.cells().get(9))).count());

        AnalysisResult trajectories = run(model, "trajectories");
        assertEquals("off track", cell(trajectories, "Median clearance time for new PIP claims", "Status"));
        assertEquals(2.5, cell(trajectories, "Median clearance time for new PIP claims", "Shortfall"),
                "16 weeks against 13.5 planned, lower is better");
        assertTrue(rows(trajectories, "Median clearance time for new PIP claims").size() == 1);

        AnalysisResult single = run(model, "single-points-of-failure");
        assertEquals("Claimants whose main condition is a mental health condition", cell(single, "PIP case management centres", "Cuts off"),
                "the case management centres are the only route to claimants with a mental health condition");

        AnalysisResult lineOfSight = run(model, "line-of-sight");
        // Before: 650m (programme) + 45m + 500m + 32m (three of its own projects) = 1,227m on this line. Now the programme's 650m,
        // its projects within it; the 6m progress tracker is unfunded, apart.
        assertEquals(650_000_000.0, cell(lineOfSight, "Disabled people get a decision promptly", "Budget (\u00a3)"));
        assertTrue(lineOfSight.headline().contains("Funded budgets total \u00a31,950,000,000"), "650m + 1,300m: " + lineOfSight.headline());
        assertTrue(lineOfSight.headline().endsWith("Unfunded plans, shown apart, total \u00a36,000,000."), lineOfSight.headline());
    }

    @Test
    void everyAnalysisAnswersOnEveryExample() throws Exception {
        for (var file : Examples.all()) {
            Model model = (Model) ModelFiles.load(file).getContents().get(0);
            for (AnalysisRun run : Analyses.standard().runAll(AnalysisInput.of(model))) {
                if (!run.descriptor().id().startsWith("test.")) {
                    assertTrue(!run.failed(), file.getFileName() + ": " + run.failure());
                    assertTrue(!run.result().headline().isBlank());
                    run.result().rows().forEach(r -> assertEquals(run.result().columns().size(), r.cells().size(),
                            run.descriptor().id() + " rows have a cell per column"));
                }
            }
        }
    }

    /** The first places to look are the ones an analyst preparing the stocktake would name. */
    @Test
    void whereToLookFirstInTheExamples() throws Exception {
        AnalysisResult care = run(load("emergency-care.throughline"), "where-to-look-first");
        List<String> top = care.rows().stream().limit(3).map(r -> ((Element) r.element()).getName()).toList();
        assertEquals("Council commissions home care", top.get(0), "the council's home-care commissioning link first: " + top);
        String why = String.valueOf(cell(care, "Council commissions home care", "Why look here"));
        for (String reason : List.of("weak link", "no action", "the only route to Patients fit to leave hospital but delayed",
                "feeds the pinch-point Source home care or a placement (141.7 %)",
                "behind the off-track measure A&E attendances seen within four hours")) {
            assertTrue(why.contains(reason), reason + " in " + why);
        }
        assertTrue(top.contains("Council supports discharge from Northshire General"), top.toString());

        AnalysisResult reading = run(load("school-literacy.throughline"), "where-to-look-first");
        List<String> first = reading.rows().stream().limit(3).map(r -> ((Element) r.element()).getName()).toList();
        assertTrue(first.contains("Phonics catch-up for older readers"), "the phonics pinch-point: " + first);

        AnalysisResult claims = run(load("benefit-claims.throughline"), "where-to-look-first");
        List<String> claimsFirst = claims.rows().stream().limit(5).map(r -> ((Element) r.element()).getName()).toList();
        assertTrue(claimsFirst.contains("Health assessment") && claimsFirst.contains("Tribunal reasons reach DWP decision makers"),
                "the assessment pinch-point and the broken tribunal feedback: " + claimsFirst);
    }

    /** The portfolio example: the league table against its two stocktakes, and where to look first. */
    @Test
    void portfolioExample() throws Exception {
        Model model = load("portfolio.throughline");
        AnalysisResult league = run(model, "portfolio");
        // July 2025 judgements, worst first: RED, AMBER_RED, AMBER_GREEN, GREEN.
        assertEquals(List.of("Learner drivers get a car driving test within seven weeks", "Local roads in good repair",
                "Trains run on time", "Drivers can find a public chargepoint"),
                league.rows().stream().map(r -> ((Element) r.element()).getName()).toList());
        assertEquals("4 priorities: 1 red, 1 amber-red, 1 amber-green, 1 green, 0 not judged; "
                + "2 judged worse than at the judgement before, 1 better.", league.headline());
        assertEquals("worse: amber red on 2025-01-20", cell(league, "Learner drivers get a car driving test within seven weeks",
                "Since the judgement before"));
        assertEquals("better: amber red on 2025-01-20", cell(league, "Trains run on time", "Since the judgement before"));
        assertEquals("unchanged since 2025-01-20", cell(league, "Drivers can find a public chargepoint", "Since the judgement before"));
        // June 2025 against June 2024: 17.8 to 22.2 weeks, lower is better.
        assertEquals("worsening: Average wait for a car driving test 17.8 weeks (2024-06-30) to 22.2 weeks (2025-06-30)",
                cell(league, "Learner drivers get a car driving test within seven weeks", "Direction of travel"));
        assertEquals("1 of 1 on track", cell(league, "Trains run on time", "Trajectories"));

        AnalysisResult look = run(model, "where-to-look-first");
        assertEquals("Agency recruits and deploys examiners", ((Element) look.rows().get(0).element()).getName(),
                "weak, its action overdue, the only route to learners, feeding the examiners' pinch-point: " + look.headline());
    }
}
