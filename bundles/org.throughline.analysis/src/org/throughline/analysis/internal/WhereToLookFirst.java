// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.name;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.ProcessStep;
import org.throughline.model.Service;

/**
 * Where to look first: the places where problems coincide, ranked by what meets there. It asks
 * the other analyses (weak links, single points of failure, trajectory status, flow,
 * accountability) for their judgements and never makes its own, so each judgement has one
 * source; then it scores each element they name.
 * <p>
 * The score of an element is the sum of
 * <ul>
 * <li>its own problems: a broken link 3, a weak link 2, a link of unknown strength 1; a single
 * point of failure 2; a pinch-point 3; an off-track indicator 3, a target missed or forecast to
 * be missed 1; a vacant accountable role 2;</li>
 * <li>what makes them worse: no open action addresses the element 1, or an open action on it
 * is overdue 1; the element performs the pinch-point, or is a link to or from an actor that
 * does, 2; the outcomes it serves lead (through the theory of change) to an outcome whose
 * indicator is off track 1.</li>
 * </ul>
 * Only elements with a problem of their own are ranked. Ties go to the heavier own problems,
 * then by name.
 */
final class WhereToLookFirst {

    static final int BROKEN = 3;
    static final int WEAK = 2;
    static final int UNKNOWN = 1;
    static final int SINGLE_POINT = 2;
    static final int PINCH = 3;
    static final int OFF_TRACK = 3;
    static final int OUTLOOK = 1;
    static final int VACANT = 2;
    static final int NO_ACTION = 1;
    static final int OVERDUE = 1;
    static final int FEEDS_PINCH = 2;
    static final int BEHIND = 1;

    static final Analysis WHERE_TO_LOOK_FIRST = input -> new WhereToLookFirst(input).answer();

    private final AnalysisInput input;
    private final Elements.Kinds kinds;
    private final Map<EObject, Place> places = new IdentityHashMap<>();
    private final List<Place> order = new ArrayList<>();
    /** The pinch-points, the most utilised first, with their utilisation in per cent. */
    private final Map<ProcessStep, Double> pinches = new LinkedHashMap<>();
    private final List<Indicator> offTrack = new ArrayList<>();
    /** For each actor performing a pinch-point, the position of the first (most utilised) it performs. */
    private Map<Actor, Integer> firstPinch;
    private List<Map.Entry<ProcessStep, Double>> pinchList;
    /** For each actor, the outcomes of the services it provides, owns or performs steps of, in model order. */
    private Map<Actor, List<Outcome>> worksFor;

    private WhereToLookFirst(AnalysisInput input) {
        this.input = input;
        this.kinds = Elements.kinds(input);
    }

    /** A problem, or what makes one worse, in words, with its weight. */
    private record Concern(int weight, String words) {
    }

    /** An element where problems show. */
    private static final class Place {
        final EObject element;
        final List<Concern> own = new ArrayList<>();
        final List<Concern> worse = new ArrayList<>();

        Place(EObject element) {
            this.element = element;
        }

        int ownWeight() {
            return own.stream().mapToInt(Concern::weight).sum();
        }

        int score() {
            return ownWeight() + worse.stream().mapToInt(Concern::weight).sum();
        }

        String reasons() {
            List<String> words = new ArrayList<>();
            own.forEach(c -> words.add(c.words()));
            worse.forEach(c -> words.add(c.words()));
            return String.join(", ", words); //$NON-NLS-1$
        }
    }

    private Place place(EObject element) {
        return places.computeIfAbsent(element, e -> {
            Place place = new Place(e);
            order.add(place);
            return place;
        });
    }

    private AnalysisResult answer() throws AnalysisException {
        weakLinks(ChainAnalyses.WEAK_LINKS.run(input));
        singlePoints(ChainAnalyses.SINGLE_POINTS.run(input));
        flow(MeasureAnalyses.FLOW.run(input));
        trajectories(MeasureAnalyses.TRAJECTORIES.run(input));
        accountability(AccountabilityAnalyses.ACCOUNTABILITY.run(input));
        Map<EObject, List<Action>> open = kinds.openActions();
        Map<Outcome, Indicator> offTrackOutcomes = offTrackOutcomes();
        for (Place place : order) {
            actions(place, open.getOrDefault(place.element, List.of()));
            feedsPinch(place);
            behind(place, offTrackOutcomes);
        }
        List<Place> ranked = new ArrayList<>(order);
        // Each place's score, weight and name worked out once, not at every comparison of the sort.
        Map<Place, int[]> weights = new IdentityHashMap<>();
        Map<Place, String> names = new IdentityHashMap<>();
        for (Place place : ranked) {
            weights.put(place, new int[] { place.score(), place.ownWeight() });
            names.put(place, name(place.element));
        }
        ranked.sort(Comparator.comparingInt((Place p) -> -weights.get(p)[0]).thenComparingInt(p -> -weights.get(p)[1])
                .thenComparing(names::get));
        List<Row> rows = new ArrayList<>();
        int coinciding = 0;
        for (Place place : ranked) {
            coinciding += place.own.size() + place.worse.size() >= 2 ? 1 : 0;
            rows.add(new Row(place.element, Arrays.asList(Integer.valueOf(rows.size() + 1), name(place.element),
                    Elements.type(place.element), Integer.valueOf(place.score()), place.reasons())));
        }
        String headline = ranked.isEmpty() ? StocktakeMessages.look_none
                : Elements.format(StocktakeMessages.look_headline, Integer.valueOf(ranked.size()), Integer.valueOf(coinciding),
                        name(ranked.get(0).element), Integer.valueOf(ranked.get(0).score()), ranked.get(0).reasons());
        return new AnalysisResult(headline, List.of(StocktakeMessages.look_columnRank, StocktakeMessages.look_columnElement,
                StocktakeMessages.look_columnType, StocktakeMessages.look_columnScore, StocktakeMessages.look_columnReasons), rows);
    }

    private void weakLinks(AnalysisResult result) {
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Row row : result.rows()) {
            if (row.element() instanceof Link link && seen.add(link)) {
                LinkStrength strength = link.getStrength();
                if (strength == LinkStrength.BROKEN) {
                    place(link).own.add(new Concern(BROKEN, StocktakeMessages.look_broken));
                } else if (strength == LinkStrength.WEAK) {
                    place(link).own.add(new Concern(WEAK, StocktakeMessages.look_weak));
                } else if (strength == LinkStrength.UNKNOWN) {
                    place(link).own.add(new Concern(UNKNOWN, StocktakeMessages.look_unknown));
                }
            }
        }
    }

    private void singlePoints(AnalysisResult result) {
        int cutsOff = column(result, Messages.column_cutsOff);
        int people = column(result, Messages.column_populationCutOff);
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Row row : result.rows()) {
            // Rows come the most damaging first: an element in several chains is described by its worst.
            if (row.element() != null && seen.add(row.element())) {
                Object population = people < 0 ? null : row.cells().get(people);
                String whom = cutsOff < 0 ? "" : AnalysisResult.text(row.cells().get(cutsOff)); //$NON-NLS-1$
                String words = population == null ? Elements.format(StocktakeMessages.look_onlyRoute, whom)
                        : Elements.format(StocktakeMessages.look_onlyRoutePeople, whom, AnalysisResult.text(population));
                place(row.element()).own.add(new Concern(SINGLE_POINT, words));
            }
        }
    }

    private void flow(AnalysisResult result) {
        int pinch = column(result, Messages.column_pinch);
        int utilisation = column(result, Messages.column_utilisation);
        List<Map.Entry<ProcessStep, Double>> found = new ArrayList<>();
        for (Row row : result.rows()) {
            if (pinch >= 0 && Messages.isPinchPointToActOn(row.cells().get(pinch)) && row.element() instanceof ProcessStep step
                    && row.cells().get(utilisation) instanceof Number used) {
                found.add(Map.entry(step, Double.valueOf(used.doubleValue())));
                place(step).own.add(new Concern(PINCH, Elements.format(StocktakeMessages.look_pinch, AnalysisResult.text(used))));
            }
        }
        found.sort(Comparator.comparingDouble(e -> -e.getValue()));
        found.forEach(e -> pinches.put(e.getKey(), e.getValue()));
    }

    private void trajectories(AnalysisResult result) {
        int status = column(result, Messages.column_status);
        int outlook = column(result, Messages.column_outlook);
        int actual = column(result, Messages.column_actual);
        int planned = column(result, Messages.column_planned);
        int date = column(result, Messages.column_latestDate);
        for (Row row : result.rows()) {
            if (!(row.element() instanceof Indicator indicator)) {
                continue;
            }
            if (status >= 0 && Messages.status_off.equals(row.cells().get(status))) {
                offTrack.add(indicator);
                place(indicator).own.add(new Concern(OFF_TRACK, Elements.format(StocktakeMessages.look_offTrack,
                        text(row, actual), text(row, planned), text(row, date))));
            }
            Object said = outlook < 0 ? null : row.cells().get(outlook);
            if (Messages.forecast_missed.equals(said)) {
                place(indicator).own.add(new Concern(OUTLOOK, StocktakeMessages.look_targetMissed));
            } else if (Messages.forecast_misses.equals(said)) {
                place(indicator).own.add(new Concern(OUTLOOK, StocktakeMessages.look_forecastMisses));
            }
        }
    }

    private void accountability(AnalysisResult result) {
        int gap = column(result, Messages.column_gap);
        int owner = column(result, Messages.column_ownerRole);
        for (Row row : result.rows()) {
            if (row.element() == null || gap < 0) {
                continue;
            }
            Object said = row.cells().get(gap);
            if (Messages.gap_vacant.equals(said)) {
                place(row.element()).own.add(new Concern(VACANT, Elements.format(StocktakeMessages.look_vacantOwner, text(row, owner))));
            } else if (Messages.gap_vacantRole.equals(said)) {
                place(row.element()).own.add(new Concern(VACANT, StocktakeMessages.look_vacantRole));
            }
        }
    }

    /** No open action on a problem, or one that is overdue, makes it worse. */
    private void actions(Place place, List<Action> open) {
        if (open.isEmpty()) {
            place.worse.add(new Concern(NO_ACTION, StocktakeMessages.look_noAction));
            return;
        }
        for (Action action : open) {
            if (action.getDueDate() != null && action.getDueDate().isBefore(input.today())) {
                place.worse.add(new Concern(OVERDUE, Elements.format(StocktakeMessages.look_overdue, name(action), action.getDueDate())));
                return;
            }
        }
    }

    /** An actor that performs a pinch-point, or a link to or from one, is where the queue is fed. */
    private void feedsPinch(Place place) {
        // The most utilised pinch-point an actor performs decides (the first of the ranked list).
        if (firstPinch == null) {
            firstPinch = new IdentityHashMap<>();
            int position = 0;
            for (ProcessStep step : pinches.keySet()) {
                if (step.getPerformedBy() != null) {
                    firstPinch.putIfAbsent(step.getPerformedBy(), Integer.valueOf(position));
                }
                position++;
            }
        }
        if (place.element instanceof Actor actor && firstPinch.containsKey(actor)) {
            Map.Entry<ProcessStep, Double> pinch = pinchAt(firstPinch.get(actor).intValue());
            place.worse.add(new Concern(FEEDS_PINCH, Elements.format(StocktakeMessages.look_performsPinch, name(pinch.getKey()),
                    AnalysisResult.text(pinch.getValue()))));
        } else if (place.element instanceof Link link) {
            Integer fromSource = link.getSource() == null ? null : firstPinch.get(link.getSource());
            Integer fromTarget = link.getTarget() == null ? null : firstPinch.get(link.getTarget());
            Integer first = fromSource == null ? fromTarget
                    : fromTarget == null ? fromSource : Integer.valueOf(Math.min(fromSource.intValue(), fromTarget.intValue()));
            if (first != null) {
                Map.Entry<ProcessStep, Double> pinch = pinchAt(first.intValue());
                place.worse.add(new Concern(FEEDS_PINCH, Elements.format(StocktakeMessages.look_feedsPinch, name(pinch.getKey()),
                        AnalysisResult.text(pinch.getValue()))));
            }
        }
    }

    private Map.Entry<ProcessStep, Double> pinchAt(int position) {
        if (pinchList == null) {
            pinchList = new ArrayList<>(pinches.entrySet());
        }
        return pinchList.get(position);
    }

    /** A problem whose outcomes lead to an outcome measured by an off-track indicator sits behind that measure. */
    private void behind(Place place, Map<Outcome, Indicator> offTrackOutcomes) {
        if (offTrackOutcomes.isEmpty() || place.element instanceof Indicator) {
            return;
        }
        Deque<Outcome> queue = new ArrayDeque<>(served(place.element));
        Set<Outcome> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!queue.isEmpty()) {
            Outcome outcome = queue.poll();
            if (!seen.add(outcome)) {
                continue;
            }
            Indicator measure = offTrackOutcomes.get(outcome);
            if (measure != null) {
                place.worse.add(new Concern(BEHIND, Elements.format(StocktakeMessages.look_behind, name(measure))));
                return;
            }
            for (OutcomeContribution contribution : outcome.getContributions()) {
                if (contribution.getTarget() != null) {
                    queue.add(contribution.getTarget());
                }
            }
        }
    }

    /** @return for each outcome an off-track indicator measures, the first such indicator */
    private Map<Outcome, Indicator> offTrackOutcomes() {
        Map<Outcome, Indicator> measured = new IdentityHashMap<>();
        for (Indicator indicator : offTrack) {
            if (indicator.getMeasures() != null) {
                measured.putIfAbsent(indicator.getMeasures(), indicator);
            }
        }
        return measured;
    }

    /** @return the outcomes an element works for: through the services it provides, performs steps of or owns */
    private List<Outcome> served(EObject element) {
        List<Outcome> outcomes = new ArrayList<>();
        if (element instanceof Outcome outcome) {
            outcomes.add(outcome);
        } else if (element instanceof Service service) {
            outcomes.addAll(service.getOutcomes());
        } else if (element instanceof ProcessStep step && step.eContainer() instanceof Service service) {
            outcomes.addAll(service.getOutcomes());
        } else if (element instanceof Link link) {
            outcomes.addAll(served(link.getSource()));
            outcomes.addAll(served(link.getTarget()));
        } else if (element instanceof Actor actor) {
            outcomes.addAll(worksFor().getOrDefault(actor, List.of()));
        }
        return outcomes;
    }

    /**
     * @return for each actor the outcomes it works for, found in one pass over the services (each
     *         service it provides, owns as a role or performs a step of, in model order, then the
     *         outcomes a role owns), instead of a pass over every service for each actor
     */
    private Map<Actor, List<Outcome>> worksFor() {
        if (worksFor == null) {
            worksFor = new IdentityHashMap<>();
            for (Service service : kinds.all(Service.class)) {
                Set<Actor> working = Collections.newSetFromMap(new IdentityHashMap<>());
                if (service.getProvider() != null) {
                    working.add(service.getProvider());
                }
                if (service.getOwner() != null) {
                    working.add(service.getOwner());
                }
                for (ProcessStep step : service.getSteps()) {
                    if (step.getPerformedBy() != null) {
                        working.add(step.getPerformedBy());
                    }
                }
                for (Actor actor : working) {
                    worksFor.computeIfAbsent(actor, a -> new ArrayList<>()).addAll(service.getOutcomes());
                }
            }
            for (Outcome outcome : kinds.all(Outcome.class)) {
                if (outcome.getOwner() != null) {
                    worksFor.computeIfAbsent(outcome.getOwner(), a -> new ArrayList<>()).add(outcome);
                }
            }
        }
        return worksFor;
    }

    private static int column(AnalysisResult result, String title) {
        return result.columns().indexOf(title);
    }

    private static String text(Row row, int column) {
        return column < 0 ? "" : AnalysisResult.text(row.cells().get(column)); //$NON-NLS-1$
    }
}
