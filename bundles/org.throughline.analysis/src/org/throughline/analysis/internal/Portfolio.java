// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.name;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.OnTrack;
import org.throughline.model.Action;
import org.throughline.model.Assessment;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Indicator;
import org.throughline.model.Initiative;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Link;
import org.throughline.model.Observation;
import org.throughline.model.Outcome;
import org.throughline.model.Polarity;
import org.throughline.model.Priority;
import org.throughline.model.Service;

/**
 * The portfolio: a league table of priorities as a stocktake reads it. For each priority its
 * latest likelihood judgement and how it moved from the one before, how its indicators stand
 * against their trajectories (from the trajectory analysis), the direction of travel of its
 * first indicator, the weakest link of its chains (from the weak-links analysis) and its open
 * actions. The worst judgement first, then by rank.
 */
final class Portfolio {

    static final Analysis PORTFOLIO = input -> new Portfolio(input).answer();

    private final AnalysisInput input;
    private final Elements.Kinds kinds;

    /** Indexes of the model made the first time a priority needs them: the analysis asks about every priority. */
    private Map<EObject, List<Assessment>> bySubject;
    private Map<EObject, List<Indicator>> byMeasures;
    private Map<EObject, List<DeliveryChain>> chainsBy;
    private Map<EObject, Integer> firstWeakRow;
    private Map<EObject, List<EObject>> servingOutcome;

    private Portfolio(AnalysisInput input) {
        this.input = input;
        this.kinds = Elements.kinds(input);
    }

    /** One priority's line of the table. */
    private record Line(Priority priority, Assessment latest, Assessment previous, List<Object> cells) {
    }

    /**
     * @param rating a likelihood rating, or {@code null}
     * @return how bad it is: red 4, amber-red 3, amber-green 2, green 1, none 0
     */
    static int severity(LikelihoodRating rating) {
        if (rating == null) {
            return 0;
        }
        return switch (rating) {
            case RED -> 4;
            case AMBER_RED -> 3;
            case AMBER_GREEN -> 2;
            case GREEN -> 1;
            default -> 0;
        };
    }

    private AnalysisResult answer() throws AnalysisException {
        AnalysisResult trajectories = MeasureAnalyses.TRAJECTORIES.run(input);
        AnalysisResult weakLinks = ChainAnalyses.WEAK_LINKS.run(input);
        Map<EObject, String> status = new IdentityHashMap<>();
        int statusColumn = trajectories.columns().indexOf(Messages.column_status);
        for (Row row : trajectories.rows()) {
            if (row.element() != null && statusColumn >= 0) {
                status.put(row.element(), String.valueOf(row.cells().get(statusColumn)));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Priority priority : kinds.all(Priority.class)) {
            lines.add(line(priority, status, weakLinks));
        }
        lines.sort(Comparator.comparingInt((Line l) -> -severity(l.latest() == null ? null : l.latest().getRating()))
                .thenComparing(l -> l.priority().getRank(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(l -> name(l.priority())));
        int[] byRating = new int[5];
        int worse = 0;
        int better = 0;
        List<Row> rows = new ArrayList<>();
        for (Line line : lines) {
            byRating[severity(line.latest() == null ? null : line.latest().getRating())]++;
            if (line.latest() != null && line.previous() != null) {
                int move = severity(line.latest().getRating()) - severity(line.previous().getRating());
                worse += move > 0 && severity(line.previous().getRating()) > 0 ? 1 : 0;
                better += move < 0 && severity(line.latest().getRating()) > 0 ? 1 : 0;
            }
            rows.add(new Row(line.priority(), line.cells()));
        }
        String headline = lines.isEmpty() ? StocktakeMessages.portfolio_none
                : Elements.format(StocktakeMessages.portfolio_headline, new Object[] { Integer.valueOf(lines.size()),
                        Integer.valueOf(byRating[4]), Integer.valueOf(byRating[3]), Integer.valueOf(byRating[2]),
                        Integer.valueOf(byRating[1]), Integer.valueOf(byRating[0]), Integer.valueOf(worse), Integer.valueOf(better) });
        return new AnalysisResult(headline, List.of(StocktakeMessages.portfolio_columnPriority, StocktakeMessages.portfolio_columnRating,
                StocktakeMessages.portfolio_columnJudged, StocktakeMessages.portfolio_columnChange,
                StocktakeMessages.portfolio_columnTrajectory, StocktakeMessages.portfolio_columnDirection,
                StocktakeMessages.portfolio_columnWeakest, StocktakeMessages.portfolio_columnActions), rows);
    }

    private Line line(Priority priority, Map<EObject, String> status, AnalysisResult weakLinks) {
        List<Assessment> judgements = judgements(priority);
        Assessment latest = judgements.isEmpty() ? null : judgements.get(judgements.size() - 1);
        Assessment previous = judgements.size() < 2 ? null : judgements.get(judgements.size() - 2);
        List<Indicator> indicators = indicators(priority);
        return new Line(priority, latest, previous, Arrays.asList(name(priority),
                latest == null ? StocktakeMessages.portfolio_notJudged : Elements.label(latest.getRating()),
                latest == null ? null : latest.getDate().toString(), change(latest, previous), trajectory(indicators, status),
                indicators.isEmpty() ? null : direction(indicators.get(0)), weakest(priority, weakLinks), actions(priority, indicators)));
    }

    /** @return the priority's dated judgements up to today, oldest first */
    private List<Assessment> judgements(Priority priority) {
        List<Assessment> judgements = new ArrayList<>();
        if (bySubject == null) {
            bySubject = new IdentityHashMap<>();
            for (Assessment assessment : kinds.all(Assessment.class)) {
                bySubject.computeIfAbsent(assessment.getSubject(), k -> new ArrayList<>()).add(assessment);
            }
        }
        for (Assessment assessment : bySubject.getOrDefault(priority, List.of())) {
            if (assessment.getSubject() == priority && assessment.getDate() != null && assessment.getRating() != null
                    && !assessment.getDate().isAfter(input.today())) {
                judgements.add(assessment);
            }
        }
        judgements.sort(Comparator.comparing(Assessment::getDate));
        return judgements;
    }

    private static String change(Assessment latest, Assessment previous) {
        if (latest == null) {
            return null;
        }
        if (previous == null) {
            return StocktakeMessages.portfolio_first;
        }
        int move = severity(latest.getRating()) - severity(previous.getRating());
        String from = Elements.label(previous.getRating());
        if (move == 0 || severity(previous.getRating()) == 0 || severity(latest.getRating()) == 0) {
            return move == 0 ? Elements.format(StocktakeMessages.portfolio_same, previous.getDate())
                    : Elements.format(StocktakeMessages.portfolio_from, from, previous.getDate());
        }
        return Elements.format(move > 0 ? StocktakeMessages.portfolio_worse : StocktakeMessages.portfolio_better, from, previous.getDate());
    }

    /** @return the indicators measuring the priority's outcomes, in the order of its outcomes */
    private List<Indicator> indicators(Priority priority) {
        List<Indicator> found = new ArrayList<>();
        if (byMeasures == null) {
            byMeasures = new IdentityHashMap<>();
            for (Indicator indicator : kinds.all(Indicator.class)) {
                byMeasures.computeIfAbsent(indicator.getMeasures(), k -> new ArrayList<>()).add(indicator);
            }
        }
        for (Outcome outcome : priority.getOutcomes()) {
            for (Indicator indicator : byMeasures.getOrDefault(outcome, List.of())) {
                if (!found.contains(indicator)) {
                    found.add(indicator);
                }
            }
        }
        return found;
    }

    /** @return how many of the indicators with a trajectory are on it, and which are off */
    private static String trajectory(List<Indicator> indicators, Map<EObject, String> status) {
        int judged = 0;
        int on = 0;
        List<String> off = new ArrayList<>();
        for (Indicator indicator : indicators) {
            String said = status.get(indicator);
            if (Messages.status_on.equals(said)) {
                judged++;
                on++;
            } else if (Messages.status_off.equals(said)) {
                judged++;
                off.add(name(indicator));
            }
        }
        if (judged == 0) {
            return StocktakeMessages.portfolio_noTrajectory;
        }
        String text = Elements.format(StocktakeMessages.portfolio_onTrack, Integer.valueOf(on), Integer.valueOf(judged));
        return off.isEmpty() ? text : text + "; " + Elements.format(StocktakeMessages.portfolio_offTrack, String.join(", ", off)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The direction of travel: the latest value against the one a year before when there is one
     * (like with like, whatever the season), else against the one before it.
     */
    private String direction(Indicator indicator) {
        List<Observation> known = org.throughline.model.api.Trajectories.observations(indicator, input.today());
        if (known.size() < 2) {
            return StocktakeMessages.portfolio_noDirection;
        }
        Observation latest = known.get(known.size() - 1);
        Observation before = known.get(known.size() - 2);
        LocalDate yearBefore = latest.getDate().minusYears(1);
        for (Observation observation : known) {
            if (Math.abs(observation.getDate().toEpochDay() - yearBefore.toEpochDay()) <= 16) {
                before = observation;
            }
        }
        double change = latest.getValue() - before.getValue();
        boolean lower = indicator.getPolarity() == Polarity.LOWER_IS_BETTER;
        String word;
        if (Math.abs(change) < 1e-9) {
            word = StocktakeMessages.portfolio_flat;
        } else {
            word = change > 0 != lower ? StocktakeMessages.portfolio_improving : StocktakeMessages.portfolio_worsening;
        }
        return Elements.format(StocktakeMessages.portfolio_direction, word, name(indicator), OnTrack.withUnit(before.getValue(), indicator),
                before.getDate(), OnTrack.withUnit(latest.getValue(), indicator), latest.getDate());
    }

    /** @return the weakest link of the priority's chains as the weak-links analysis lists it (weakest first), or none */
    private String weakest(Priority priority, AnalysisResult weakLinks) {
        if (firstWeakRow == null) {
            // Each weak or broken link's first row: a priority's weakest link is the first of its chains' links listed.
            firstWeakRow = new IdentityHashMap<>();
            for (int i = 0; i < weakLinks.rows().size(); i++) {
                if (weakLinks.rows().get(i).element() instanceof Link link && link.getStrength() != null
                        && ChainAnalyses.weakness(link.getStrength()) <= 1) {
                    firstWeakRow.putIfAbsent(link, Integer.valueOf(i));
                }
            }
        }
        int first = Integer.MAX_VALUE;
        for (DeliveryChain chain : chains(priority)) {
            for (Link link : chain.getLinks()) {
                Integer row = firstWeakRow.get(link);
                if (row != null && row.intValue() < first) {
                    first = row.intValue();
                }
            }
        }
        if (first == Integer.MAX_VALUE) {
            return StocktakeMessages.portfolio_noWeakLink;
        }
        Link link = (Link) weakLinks.rows().get(first).element();
        return Elements.format(StocktakeMessages.portfolio_weakest, name(link), Elements.label(link.getStrength()));
    }

    /** @return the chains delivering the priority or one of its outcomes */
    private List<DeliveryChain> chains(Priority priority) {
        if (chainsBy == null) {
            // Each chain under its priority and its outcome, in model order.
            chainsBy = new IdentityHashMap<>();
            for (DeliveryChain chain : kinds.all(DeliveryChain.class)) {
                if (chain.getPriority() != null) {
                    chainsBy.computeIfAbsent(chain.getPriority(), k -> new ArrayList<>()).add(chain);
                }
                if (chain.getOutcome() != null && chain.getOutcome() != chain.getPriority()) {
                    chainsBy.computeIfAbsent(chain.getOutcome(), k -> new ArrayList<>()).add(chain);
                }
            }
        }
        Set<DeliveryChain> found = Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(chainsBy.getOrDefault(priority, List.of()));
        for (Outcome outcome : priority.getOutcomes()) {
            found.addAll(chainsBy.getOrDefault(outcome, List.of()));
        }
        return kinds.inModelOrder(found, DeliveryChain.class);
    }

    /** @return the open actions on the priority or anything of it, and how many are overdue */
    private String actions(Priority priority, List<Indicator> indicators) {
        Set<EObject> scope = Collections.newSetFromMap(new IdentityHashMap<>());
        scope.add(priority);
        scope.addAll(priority.getOutcomes());
        scope.addAll(indicators);
        for (DeliveryChain chain : chains(priority)) {
            scope.add(chain);
            scope.addAll(chain.getLinks());
            scope.addAll(chain.getActors());
        }
        if (servingOutcome == null) {
            servingOutcome = new IdentityHashMap<>();
            for (Service service : kinds.all(Service.class)) {
                service.getOutcomes().forEach(o -> servingOutcome.computeIfAbsent(o, k -> new ArrayList<>()).add(service));
            }
            for (Initiative initiative : kinds.all(Initiative.class)) {
                initiative.getOutcomes().forEach(o -> servingOutcome.computeIfAbsent(o, k -> new ArrayList<>()).add(initiative));
            }
        }
        for (Outcome outcome : priority.getOutcomes()) {
            for (EObject serving : servingOutcome.getOrDefault(outcome, List.of())) {
                scope.add(serving);
                if (serving instanceof Service service) {
                    scope.addAll(service.getSteps());
                } else if (serving instanceof Initiative initiative) {
                    scope.addAll(initiative.getMilestones());
                }
            }
        }
        Set<Action> open = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<EObject, List<Action>> openActions = kinds.openActions();
        for (EObject element : scope) {
            open.addAll(openActions.getOrDefault(element, List.of()));
        }
        long overdue = open.stream().filter(a -> a.getDueDate() != null && a.getDueDate().isBefore(input.today())).count();
        return Elements.format(StocktakeMessages.portfolio_actions, Integer.valueOf(open.size()), Long.valueOf(overdue));
    }
}
