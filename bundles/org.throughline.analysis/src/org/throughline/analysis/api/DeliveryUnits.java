// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Organisation;
import org.throughline.model.api.Trajectories;

/**
 * Which delivery units account for an indicator's gap to its trajectory: the one answer that the
 * analyses, the report and the stocktake pack show. The units are those whose values were
 * observed on the latest date any unit was (as at a date); they combine into the indicator's
 * value as {@link Trajectories#totals} says: a count adds up, a rate (its units carry weights,
 * such as attendances) is their weighted mean. The gap is the combined value's shortfall against
 * the trajectory's plan at that date, and it is shared among the units so that their
 * contributions add up to it exactly:
 * <ul>
 * <li>a rate: each unit's own shortfall against the plan, times its share of the weight;</li>
 * <li>a count: each unit's shortfall against its part of the plan, the plan shared in proportion
 * to the units' values on the first date all of them were observed (each unit is asked for the
 * same proportional change).</li>
 * </ul>
 * A unit better than the plan has a negative contribution: it makes the gap smaller.
 */
public final class DeliveryUnits {

    /**
     * One unit's part.
     *
     * @param unit         the organisation
     * @param value        its observation on the breakdown's date
     * @param share        its share of the whole: of the weight (a rate) or of the plan (a count),
     *                     0 to 1; {@code null} for a rate's unit without a weight (left out of the total)
     * @param contribution how much of the gap it accounts for, in the indicator's unit (negative
     *                     when it is better than its part of the plan); {@code null} when it
     *                     cannot be judged
     */
    public record Unit(Organisation unit, Observation value, Double share, Double contribution) {
    }

    /**
     * An indicator's gap, unit by unit.
     *
     * @param indicator  the indicator
     * @param date       the latest date its units were observed (as at the date asked)
     * @param rate       whether the units combine as a weighted mean (else they add up)
     * @param combined   the units' values combined
     * @param planned    the trajectory's plan at the date, or {@code null}
     * @param gap        the combined value's shortfall against the plan (positive when worse),
     *                   or {@code null} when it cannot be judged (no plan, no polarity)
     * @param sharesFrom for a count, the date whose values share out the plan; {@code null} for a rate
     * @param units      the units, the largest contribution first (those that cannot be judged last)
     */
    public record Breakdown(Indicator indicator, LocalDate date, boolean rate, double combined, Double planned, Double gap,
            LocalDate sharesFrom, List<Unit> units) {
    }

    private DeliveryUnits() {
    }

    /**
     * @param indicator an indicator
     * @param asAt      the date to answer as at
     * @return its units' parts on the latest date they were observed by then, or {@code null}
     *         when it has no unit observations by then
     */
    public static Breakdown of(Indicator indicator, LocalDate asAt) {
        LocalDate date = null;
        for (Observation observation : indicator.getObservations()) {
            if (known(observation, asAt) && (date == null || observation.getDate().isAfter(date))) {
                date = observation.getDate();
            }
        }
        if (date == null) {
            return null;
        }
        Map<Organisation, Observation> values = valuesOn(indicator, date);
        boolean rate = Trajectories.isRate(indicator);
        double combined = 0;
        double whole = 0;
        for (Observation observation : values.values()) {
            if (!rate) {
                combined += observation.getValue();
            } else if (weighted(observation)) {
                combined += observation.getValue() * observation.getWeight();
                whole += observation.getWeight();
            }
        }
        if (rate) {
            combined = whole > 0 ? combined / whole : 0;
        }
        Double planned = Trajectories.planned(indicator, date);
        boolean judged = planned != null && Trajectories.hasPolarity(indicator) && (!rate || whole > 0);
        Double gap = judged ? Double.valueOf(Trajectories.shortfall(indicator, combined, planned)) : null;
        LocalDate sharesFrom = null;
        Map<Organisation, Double> shares = new IdentityHashMap<>();
        if (rate) {
            for (Map.Entry<Organisation, Observation> entry : values.entrySet()) {
                if (weighted(entry.getValue()) && whole > 0) {
                    shares.put(entry.getKey(), Double.valueOf(entry.getValue().getWeight() / whole));
                }
            }
        } else {
            sharesFrom = firstDateAllObserved(indicator, values, date);
            Map<Organisation, Observation> first = valuesOn(indicator, sharesFrom);
            double total = first.values().stream().mapToDouble(Observation::getValue).sum();
            for (Organisation unit : values.keySet()) {
                shares.put(unit, Double.valueOf(total > 0 ? first.get(unit).getValue() / total : 1.0 / values.size()));
            }
        }
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<Organisation, Observation> entry : values.entrySet()) {
            Double share = shares.get(entry.getKey());
            Double contribution = null;
            if (judged && share != null) {
                double value = entry.getValue().getValue();
                contribution = Double.valueOf(rate ? share * Trajectories.shortfall(indicator, value, planned)
                        : Trajectories.shortfall(indicator, value, planned * share));
            }
            units.add(new Unit(entry.getKey(), entry.getValue(), share, contribution));
        }
        units.sort(Comparator.comparing(Unit::contribution, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Breakdown(indicator, date, rate, combined, planned, gap, sharesFrom, List.copyOf(units));
    }

    private static boolean known(Observation observation, LocalDate asAt) {
        return observation.getUnit() != null && observation.getDate() != null && observation.getValue() != null
                && !observation.getDate().isAfter(asAt);
    }

    private static boolean weighted(Observation observation) {
        return observation.getWeight() != null && observation.getWeight() > 0;
    }

    /** @return each unit's value on the date (the last written, if a unit has two), in the order first written */
    private static Map<Organisation, Observation> valuesOn(Indicator indicator, LocalDate date) {
        Map<Organisation, Observation> values = new LinkedHashMap<>();
        for (Observation observation : indicator.getObservations()) {
            if (observation.getUnit() != null && observation.getValue() != null && date.equals(observation.getDate())) {
                values.put(observation.getUnit(), observation);
            }
        }
        return values;
    }

    /** @return the earliest date on which every one of the units was observed (at latest, the date itself) */
    private static LocalDate firstDateAllObserved(Indicator indicator, Map<Organisation, Observation> units, LocalDate date) {
        Map<LocalDate, List<Organisation>> byDate = new TreeMap<>();
        for (Observation observation : indicator.getObservations()) {
            if (observation.getUnit() != null && observation.getValue() != null && observation.getDate() != null
                    && !observation.getDate().isAfter(date) && units.containsKey(observation.getUnit())) {
                List<Organisation> seen = byDate.computeIfAbsent(observation.getDate(), d -> new ArrayList<>());
                if (!seen.contains(observation.getUnit())) {
                    seen.add(observation.getUnit());
                }
            }
        }
        for (Map.Entry<LocalDate, List<Organisation>> entry : byDate.entrySet()) {
            if (entry.getValue().size() == units.size()) {
                return entry.getKey();
            }
        }
        return date;
    }
}
