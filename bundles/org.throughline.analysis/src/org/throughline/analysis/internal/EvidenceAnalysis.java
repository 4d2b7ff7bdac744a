// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.blank;
import static org.throughline.analysis.internal.Elements.label;
import static org.throughline.analysis.internal.Elements.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.Concept;
import org.throughline.model.EvidenceStrength;
import org.throughline.model.Initiative;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Service;

/**
 * The theory of change, path by path: from each activity (a programme, project or service)
 * through the outcomes it serves and their contributions to further outcomes, to an outcome that
 * contributes to nothing further; each path is as strong as its weakest evidence.
 */
final class EvidenceAnalysis {

    /** At most this many paths from one activity, so that a dense theory of change stays readable. */
    static final int MAX_PATHS_PER_ACTIVITY = 200;

    private EvidenceAnalysis() {
    }

    /**
     * @param contribution a contribution between outcomes
     * @return its evidence strength; none when no evidence is written down, whatever the rating says
     */
    static EvidenceStrength strength(OutcomeContribution contribution) {
        return blank(contribution.getEvidence()) ? EvidenceStrength.NONE : contribution.getEvidenceStrength();
    }

    /** One path: the outcomes in order and the contributions between them. */
    record Path(Concept activity, List<Outcome> outcomes, List<OutcomeContribution> steps) {

        /** @return the contribution with the weakest evidence, the first of equals; {@code null} for a direct path */
        OutcomeContribution weakest() {
            return steps.stream().max(Comparator.comparingInt(c -> strength(c).getValue())).orElse(null);
        }
    }

    /**
     * @param activity an activity
     * @param outcomes the outcomes it serves directly
     * @param paths    where to add its paths
     * @return whether paths were left out because there were too many
     */
    static boolean paths(Concept activity, List<Outcome> outcomes, List<Path> paths) {
        int before = paths.size();
        boolean[] truncated = { false };
        for (Outcome start : outcomes) {
            List<Outcome> trail = new ArrayList<>(List.of(start));
            Set<Outcome> onTrail = Collections.newSetFromMap(new IdentityHashMap<>());
            onTrail.add(start);
            walk(activity, trail, new ArrayList<>(), onTrail, paths, before, truncated);
        }
        return truncated[0];
    }

    private static void walk(Concept activity, List<Outcome> trail, List<OutcomeContribution> steps, Set<Outcome> onTrail,
            List<Path> paths, int before, boolean[] truncated) {
        Outcome last = trail.get(trail.size() - 1);
        boolean extended = false;
        for (OutcomeContribution contribution : last.getContributions()) {
            Outcome next = contribution.getTarget();
            if (next == null || onTrail.contains(next)) {
                continue;
            }
            extended = true;
            if (paths.size() - before >= MAX_PATHS_PER_ACTIVITY) {
                truncated[0] = true;
                return;
            }
            trail.add(next);
            steps.add(contribution);
            onTrail.add(next);
            walk(activity, trail, steps, onTrail, paths, before, truncated);
            onTrail.remove(next);
            steps.remove(steps.size() - 1);
            trail.remove(trail.size() - 1);
        }
        if (!extended) {
            if (paths.size() - before >= MAX_PATHS_PER_ACTIVITY) {
                truncated[0] = true;
                return;
            }
            paths.add(new Path(activity, List.copyOf(trail), List.copyOf(steps)));
        }
    }

    /** Every path from an activity to the outcome it ends at; the weakest evidence first. */
    static final Analysis EVIDENCE = input -> {
        List<Path> paths = new ArrayList<>();
        List<String> truncated = new ArrayList<>();
        for (Initiative initiative : all(input, Initiative.class)) {
            if (paths(initiative, initiative.getOutcomes(), paths)) {
                truncated.add(name(initiative));
            }
        }
        for (Service service : all(input, Service.class)) {
            if (paths(service, service.getOutcomes(), paths)) {
                truncated.add(name(service));
            }
        }
        paths.sort(Comparator.comparingInt((Path p) -> p.weakest() == null ? -1 : strength(p.weakest()).getValue()).reversed());
        List<Row> rows = new ArrayList<>();
        int weak = 0;
        // In the order the paths are ranked (elements are equal only to themselves): the headline reads the same each run.
        Set<OutcomeContribution> weakSteps = new java.util.LinkedHashSet<>();
        for (Path path : paths) {
            OutcomeContribution weakest = path.weakest();
            EvidenceStrength strength = weakest == null ? null : strength(weakest);
            if (strength == EvidenceStrength.WEAK || strength == EvidenceStrength.NONE) {
                weak++;
                weakSteps.add(weakest);
            }
            String route = String.join(" \u2192 ", path.outcomes().stream().map(Elements::name).toList()); //$NON-NLS-1$
            rows.add(new Row(weakest == null ? path.activity() : weakest, Arrays.asList(name(path.activity()), route,
                    name(path.outcomes().get(path.outcomes().size() - 1)), Integer.valueOf(path.steps().size()),
                    strength == null ? Messages.evidence_direct : label(strength),
                    weakest == null ? null : name(weakest))));
        }
        String headline;
        if (paths.isEmpty()) {
            headline = Messages.evidence_noPaths;
        } else if (weak == 0) {
            headline = Elements.format(Messages.evidence_allSound, Integer.valueOf(paths.size()));
        } else {
            headline = Elements.format(Messages.evidence_headline, new Object[] { Integer.valueOf(weak), Integer.valueOf(paths.size()),
                    String.join("; ", weakSteps.stream().map(c -> Messages.bind(Messages.evidence_step, name(c), //$NON-NLS-1$
                            name(c.eContainer()), name(c.getTarget()))).toList()) });
        }
        if (!truncated.isEmpty()) {
            headline += ' ' + Messages.bind(Messages.evidence_truncated, Integer.valueOf(MAX_PATHS_PER_ACTIVITY),
                    String.join("; ", truncated)); //$NON-NLS-1$
        }
        return new AnalysisResult(headline, List.of(Messages.column_activity, Messages.column_path, Messages.column_endsAt,
                Messages.column_steps, Messages.column_weakestEvidence, Messages.column_weakestStep), rows);
    };
}
