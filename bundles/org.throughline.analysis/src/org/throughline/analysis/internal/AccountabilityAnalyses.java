// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.label;
import static org.throughline.analysis.internal.Elements.name;
import static org.throughline.analysis.internal.Elements.type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.OnTrack;
import org.throughline.model.EffectivenessRating;
import org.throughline.model.Element;
import org.throughline.model.Indicator;
import org.throughline.model.Initiative;
import org.throughline.model.Mission;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Priority;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;
import org.throughline.model.Service;
import org.throughline.model.Target;
import org.throughline.model.api.Trajectories;

/** Who is accountable (owners and SROs), and the line of sight from vision to budgets. */
final class AccountabilityAnalyses {

    private AccountabilityAnalyses() {
    }

    /** A gap in accountability, in the order rows are listed. */
    enum Gap {
        NONE, VACANT, VACANT_ROLE, WRONG_KIND;

        String label(boolean priority) {
            return switch (this) {
                case NONE -> priority ? Messages.gap_noSro : Messages.gap_noOwner;
                case VACANT -> Messages.gap_vacant;
                case VACANT_ROLE -> Messages.gap_vacantRole;
                default -> priority ? Messages.gap_notSro : Messages.gap_notServiceOwner;
            };
        }
    }

    private record Found(Element element, Gap gap, Role role, boolean priority) {
    }

    private record Line(Element element, Mission mission, Priority priority, Outcome outcome, Break at) {
    }

    private static Gap gap(Role owner, RoleKind expected) {
        if (owner == null) {
            return Gap.NONE;
        }
        if (owner.getHolder() == null) {
            return Gap.VACANT;
        }
        return expected != null && owner.getKind() != expected ? Gap.WRONG_KIND : null;
    }

    /**
     * Priorities without a senior responsible owner, services without a service owner, and
     * outcomes and programmes or projects without an owner; an owner's role that nobody holds
     * counts as a gap too. Missing owners first.
     */
    static final Analysis ACCOUNTABILITY = input -> {
        List<Found> found = new ArrayList<>();
        for (Priority priority : all(input, Priority.class)) {
            Gap gap = gap(priority.getOwner(), RoleKind.SRO);
            if (gap != null) {
                found.add(new Found(priority, gap, priority.getOwner(), true));
            }
        }
        for (Service service : all(input, Service.class)) {
            Gap gap = gap(service.getOwner(), RoleKind.SERVICE_OWNER);
            if (gap != null) {
                found.add(new Found(service, gap, service.getOwner(), false));
            }
        }
        for (Outcome outcome : all(input, Outcome.class)) {
            Gap gap = gap(outcome.getOwner(), null);
            if (gap != null) {
                found.add(new Found(outcome, gap, outcome.getOwner(), false));
            }
        }
        for (Initiative initiative : all(input, Initiative.class)) {
            boolean inProgramme = initiative.eContainer() instanceof Initiative;
            Gap gap = gap(initiative.getOwner(), null);
            if (gap != null && !(inProgramme && gap == Gap.NONE)) {
                found.add(new Found(initiative, gap, initiative.getOwner(), false));
            }
        }
        Set<Role> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        found.forEach(f -> reported.add(f.role()));
        for (Role role : all(input, Role.class)) {
            if (role.getHolder() == null && !reported.contains(role)) {
                found.add(new Found(role, Gap.VACANT_ROLE, role, false));
            }
        }
        found.sort(Comparator.comparing(Found::gap));
        List<Row> rows = new ArrayList<>();
        int noSro = 0;
        int noServiceOwner = 0;
        Set<Role> vacant = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Found f : found) {
            noSro += f.priority() && f.gap() != Gap.WRONG_KIND ? 1 : 0;
            noServiceOwner += f.element() instanceof Service && f.gap() != Gap.WRONG_KIND ? 1 : 0;
            if (f.gap() == Gap.VACANT || f.gap() == Gap.VACANT_ROLE) {
                vacant.add(f.role());
            }
            rows.add(new Row(f.element(), Arrays.asList(type(f.element()), name(f.element()), f.gap().label(f.priority()),
                    f.role() == null || f.gap() == Gap.VACANT_ROLE ? null : name(f.role()),
                    f.role() == null ? null : label(f.role().getKind()))));
        }
        String headline = rows.isEmpty() ? Messages.accountability_none
                : Elements.format(Messages.accountability_headline, new Object[] { Integer.valueOf(noSro), Integer.valueOf(noServiceOwner),
                        Integer.valueOf(vacant.size()), Integer.valueOf(rows.size()) });
        return new AnalysisResult(headline, List.of(Messages.column_type, Messages.column_element, Messages.column_gap,
                Messages.column_ownerRole, Messages.column_roleKind), rows);
    };

    /** Where a line from vision to budget breaks, in the order rows are listed. */
    enum Break {
        NO_OUTCOME, NO_TARGET, NO_PLAN, NO_BUDGET, UNFUNDED_PLAN, INEFFECTIVE_FUNDED, UNDEMONSTRATED_FUNDED, NO_VISION, NONE;

        String label() {
            return switch (this) {
                case NO_OUTCOME -> Messages.break_noOutcome;
                case NO_TARGET -> Messages.break_noTarget;
                case NO_PLAN -> Messages.break_noPlan;
                case NO_BUDGET -> Messages.break_noBudget;
                case UNFUNDED_PLAN -> Messages.break_unfundedPlan;
                case INEFFECTIVE_FUNDED -> Messages.break_ineffectiveFunded;
                case UNDEMONSTRATED_FUNDED -> Messages.break_undemonstratedFunded;
                case NO_VISION -> Messages.break_noVision;
                default -> Messages.break_none;
            };
        }
    }

    /**
     * For each priority and each outcome it is delivered through: the vision (mission) above it,
     * the targets that measure it, the plans (programmes and projects) that deliver it and their
     * budgets; the first place each line breaks. Broken lines first.
     */
    static final Analysis LINE_OF_SIGHT = input -> {
        Map<Outcome, List<Indicator>> measuredBy = new IdentityHashMap<>();
        for (Indicator indicator : all(input, Indicator.class)) {
            if (indicator.getMeasures() != null) {
                measuredBy.computeIfAbsent(indicator.getMeasures(), k -> new ArrayList<>()).add(indicator);
            }
        }
        Map<Outcome, List<Initiative>> plannedBy = new IdentityHashMap<>();
        for (Initiative initiative : all(input, Initiative.class)) {
            for (Outcome outcome : initiative.getOutcomes()) {
                plannedBy.computeIfAbsent(outcome, k -> new ArrayList<>()).add(initiative);
            }
        }
        List<Line> lines = new ArrayList<>();
        Set<Outcome> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Priority priority : all(input, Priority.class)) {
            if (priority.getOutcomes().isEmpty()) {
                lines.add(new Line(priority, priority.getMission(), priority, null, Break.NO_OUTCOME));
            }
            for (Outcome outcome : priority.getOutcomes()) {
                covered.add(outcome);
                Break at = breakAt(outcome, measuredBy, plannedBy);
                lines.add(new Line(outcome, priority.getMission(), priority, outcome,
                        at == Break.NONE && priority.getMission() == null ? Break.NO_VISION : at));
            }
        }
        Map<Outcome, Mission> missionOf = new IdentityHashMap<>();
        for (Mission mission : all(input, Mission.class)) {
            for (Outcome outcome : mission.getOutcomes()) {
                missionOf.putIfAbsent(outcome, mission);
                if (covered.add(outcome)) {
                    lines.add(new Line(outcome, mission, null, outcome, breakAt(outcome, measuredBy, plannedBy)));
                }
            }
        }
        Map<Outcome, Line> lineOf = new IdentityHashMap<>();
        lines.forEach(l -> lineOf.putIfAbsent(l.outcome(), l));
        for (Outcome outcome : all(input, Outcome.class)) {
            if (covered.contains(outcome)) {
                continue;
            }
            // An outcome that contributes to a priority's outcome shares that priority's line of sight.
            Line above = above(outcome, lineOf);
            Break at = breakAt(outcome, measuredBy, plannedBy);
            lines.add(new Line(outcome, above == null ? null : above.mission(), above == null ? null : above.priority(), outcome,
                    at == Break.NONE && above == null ? Break.NO_VISION : at));
        }
        lines.sort(Comparator.comparing(Line::at));
        List<Row> rows = new ArrayList<>();
        int broken = 0;
        double fundedTotal = 0;
        double unfundedTotal = 0;
        Set<Outcome> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Line line : lines) {
            broken += line.at() == Break.NONE ? 0 : 1;
            List<Initiative> plans = line.outcome() == null ? List.of() : plannedBy.getOrDefault(line.outcome(), List.of());
            // An outcome on two lines (two priorities) shows its money on the first only.
            boolean first = line.outcome() != null && shown.add(line.outcome());
            Double budget = null;
            Double unfunded = null;
            List<String> names = new ArrayList<>();
            for (Initiative plan : plans) {
                Money money = money(plan);
                boolean here = first && plan.getOutcomes().get(0) == line.outcome();
                if (here && money.funded() != null) {
                    budget = Double.valueOf((budget == null ? 0 : budget) + money.funded());
                    fundedTotal += money.funded();
                }
                if (here && money.unfunded() != null) {
                    unfunded = Double.valueOf((unfunded == null ? 0 : unfunded) + money.unfunded());
                    unfundedTotal += money.unfunded();
                }
                names.add(planText(plan, money, here));
            }
            rows.add(new Row(line.element(), Arrays.asList(line.mission() == null ? Messages.lineOfSight_missing : name(line.mission()),
                    line.priority() == null ? Messages.lineOfSight_missing : name(line.priority()),
                    line.outcome() == null ? Messages.lineOfSight_missing : name(line.outcome()),
                    line.outcome() == null ? null : targets(measuredBy.getOrDefault(line.outcome(), List.of())),
                    plans.isEmpty() ? null : String.join("; ", names), //$NON-NLS-1$
                    budget, unfunded, line.at().label())));
        }
        String headline = broken == 0 ? Elements.format(Messages.lineOfSight_allWhole, Integer.valueOf(lines.size()))
                : Elements.format(Messages.lineOfSight_headline, new Object[] { Integer.valueOf(broken), Integer.valueOf(lines.size()),
                        summary(lines.stream().map(Line::at).toList()) });
        if (fundedTotal > 0 || unfundedTotal > 0) {
            headline += ' ' + Elements.format(Messages.lineOfSight_money, AnalysisResult.text(Double.valueOf(fundedTotal)));
        }
        if (unfundedTotal > 0) {
            headline += ' ' + Elements.format(Messages.lineOfSight_unfundedMoney, AnalysisResult.text(Double.valueOf(unfundedTotal)));
        }
        return new AnalysisResult(headline, List.of(Messages.column_vision, Messages.column_priority, Messages.column_outcome,
                Messages.column_targets, Messages.column_plans, Messages.column_budget, Messages.column_unfunded,
                Messages.column_brokenAt), rows);
    };

    private static Break breakAt(Outcome outcome, Map<Outcome, List<Indicator>> measuredBy, Map<Outcome, List<Initiative>> plannedBy) {
        boolean targeted = measuredBy.getOrDefault(outcome, List.of()).stream().anyMatch(i -> Trajectories.finalTarget(i) != null);
        if (!targeted) {
            return Break.NO_TARGET;
        }
        List<Initiative> plans = plannedBy.getOrDefault(outcome, List.of());
        if (plans.isEmpty()) {
            return Break.NO_PLAN;
        }
        if (plans.stream().noneMatch(p -> funded(p) && budgetOf(p) != null)) {
            return Break.NO_BUDGET;
        }
        if (plans.stream().anyMatch(p -> !funded(p))) {
            return Break.UNFUNDED_PLAN;
        }
        if (plans.stream().anyMatch(p -> funded(p) && p.getRating() == EffectivenessRating.INEFFECTIVE)) {
            return Break.INEFFECTIVE_FUNDED;
        }
        boolean undemonstrated = plans.stream().anyMatch(p -> funded(p) && p.getRating() == EffectivenessRating.NOT_DEMONSTRATED);
        return undemonstrated ? Break.UNDEMONSTRATED_FUNDED : Break.NONE;
    }

    /** The nearest line that the outcome's contributions lead up to, or {@code null}. */
    private static Line above(Outcome outcome, Map<Outcome, Line> lineOf) {
        Deque<Outcome> queue = new ArrayDeque<>(List.of(outcome));
        Set<Outcome> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(outcome);
        while (!queue.isEmpty()) {
            for (OutcomeContribution contribution : queue.poll().getContributions()) {
                Outcome next = contribution.getTarget();
                if (next != null && lineOf.containsKey(next)) {
                    return lineOf.get(next);
                }
                if (next != null && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** A project in a programme is funded through the programme when it has no budget of its own. */
    private static boolean funded(Initiative plan) {
        return plan.isFunded() || plan.getBudget() == null && plan.eContainer() instanceof Initiative parent && parent.isFunded();
    }

    /**
     * A plan's money, counted once: funded or not, or within its programme's own budget (a
     * programme with a budget of its own carries its projects' money; only a programme without
     * one is the sum of its projects).
     */
    private record Money(Double funded, Double unfunded, Initiative within) {
    }

    private static Money money(Initiative plan) {
        boolean fundedHere = funded(plan);
        if (plan.eContainer() instanceof Initiative programme && programme.getBudget() != null && fundedHere) {
            return new Money(null, null, programme);
        }
        Double own = plan.getBudget();
        if (own == null) {
            return new Money(null, null, null);
        }
        return fundedHere ? new Money(own, null, null) : new Money(null, own, null);
    }

    private static String planText(Initiative plan, Money money, boolean here) {
        if (money.within() != null) {
            return Messages.bind(Messages.lineOfSight_within, name(plan), name(money.within()));
        }
        if (!here && (money.funded() != null || money.unfunded() != null)) {
            return Messages.bind(Messages.lineOfSight_countedUnder, name(plan), name(plan.getOutcomes().get(0)));
        }
        return money.unfunded() != null ? Messages.bind(Messages.lineOfSight_unfunded, name(plan)) : name(plan);
    }

    private static Double budgetOf(Initiative plan) {
        if (plan.getBudget() != null) {
            return plan.getBudget();
        }
        return plan.eContainer() instanceof Initiative parent ? parent.getBudget() : null;
    }

    private static String targets(List<Indicator> indicators) {
        List<String> texts = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Target target = Trajectories.finalTarget(indicator);
            if (target != null) {
                texts.add(Messages.bind(Messages.lineOfSight_target, new Object[] { name(indicator),
                        OnTrack.withUnit(target.getValue(), indicator), target.getDate() }));
            }
        }
        return texts.isEmpty() ? null : String.join("; ", texts); //$NON-NLS-1$
    }

    private static String summary(List<Break> breaks) {
        Set<Break> kinds = new LinkedHashSet<>(breaks);
        kinds.remove(Break.NONE);
        List<String> parts = new ArrayList<>();
        for (Break kind : kinds) {
            parts.add(Messages.bind(Messages.lineOfSight_count, Long.valueOf(breaks.stream().filter(b -> b == kind).count()),
                    kind.label()));
        }
        return String.join(", ", parts); //$NON-NLS-1$
    }
}
