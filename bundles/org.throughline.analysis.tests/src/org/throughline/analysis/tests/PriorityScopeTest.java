// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.analysis.tests.Fixtures.F;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.analysis.api.PriorityScope;
import org.throughline.model.Indicator;
import org.throughline.model.Outcome;
import org.throughline.model.Priority;
import org.throughline.model.ProcessStep;
import org.throughline.model.Programme;
import org.throughline.model.Project;
import org.throughline.model.Service;
import org.throughline.model.UserJourney;

/**
 * What bears on a priority: a claims priority with one outcome, measured by clearance time and
 * balanced by overturned decisions (which measures another outcome); a claims service serving the
 * outcome and an appeals service serving only the other outcome, joined by one user journey; a
 * programme whose project serves the outcome; and an unrelated service.
 */
class PriorityScopeTest {

    private final Fixtures f = new Fixtures();
    private final Priority priority = f.add(F.createPriority(), "Claims decided promptly");
    private final Outcome timely = f.add(F.createOutcome(), "Timely decisions");
    private final Outcome fair = f.add(F.createOutcome(), "Fair outcomes");
    private final Indicator clearance = f.add(F.createIndicator(), "Clearance time");
    private final Indicator overturned = f.add(F.createIndicator(), "Decisions overturned");
    private final Indicator elsewhere = f.add(F.createIndicator(), "Fair outcomes measure");
    private final Service claims = f.add(F.createService(), "Apply");
    private final Service appeals = f.add(F.createService(), "Appeal");
    private final Service unrelated = f.add(F.createService(), "Unrelated");
    private final ProcessStep decide = f.named(F.createProcessStep(), "Decide");
    private final ProcessStep hear = f.named(F.createProcessStep(), "Hear");
    private final ProcessStep other = f.named(F.createProcessStep(), "Other");
    private final Programme programme = f.add(F.createProgramme(), "Transformation");
    private final Project project = F.createProject();

    PriorityScopeTest() {
        priority.getOutcomes().add(timely);
        clearance.setMeasures(timely);
        overturned.setMeasures(fair);
        elsewhere.setMeasures(fair);
        clearance.getBalancingIndicators().add(overturned);
        claims.getOutcomes().add(timely);
        claims.getSteps().add(decide);
        appeals.getOutcomes().add(fair);
        appeals.getSteps().add(hear);
        unrelated.getSteps().add(other);
        UserJourney journey = f.add(F.createUserJourney(), "Claim to appeal");
        journey.getSteps().addAll(List.of(decide, hear));
        f.named(project, "New assessment service");
        project.getOutcomes().add(timely);
        programme.getProjects().add(project);
    }

    @Test
    void theScopeHoldsBalancingIndicatorsAndTheServicesAJourneyCrossesInto() {
        PriorityScope scope = PriorityScope.of(priority);
        assertEquals(List.of(clearance, overturned), scope.indicators(), "the balancing indicator right after the one it balances");
        assertEquals(List.of(claims, appeals), scope.services(), "the appeal service comes with the journey, the unrelated one does not");
        assertEquals(List.of(project), scope.initiatives(), "the programme serves no outcome of the priority; its project does");
        assertTrue(scope.contains(hear) && scope.contains(decide), "the steps of its services");
        assertFalse(scope.contains(other) || scope.contains(elsewhere) || scope.contains(unrelated) || scope.contains(fair));
    }
}
