// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.throughline.analysis.internal.Messages;
import org.throughline.model.Frequency;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.Target;
import org.throughline.model.api.Trajectories;

/**
 * "Are we on track?" for one indicator as at a date: the one answer that the trajectories
 * analysis, the HTML report, the stocktake pack and the command line all show.
 * <ul>
 * <li><b>Status</b>: the latest actual known at the date against the trajectory's plan at the
 * actual's date; worse by more than the tolerance is off track (see
 * {@link Trajectories#offTrajectory}).</li>
 * <li><b>Outlook</b> for the target (the next one still to come, else the latest one passed): a
 * target whose date has passed is judged on the actual at its date (the latest observation on or
 * before it), never forecast; a target still to come is judged on a forecast. A value equal to
 * the target meets it.</li>
 * <li><b>Forecast</b>: for monthly and weekly series with at least a year of data, like with like
 * (the same month or week a year before the target, plus the year-on-year change measured over
 * the latest twelve months, with its lowest and highest as the range); for other series, a
 * straight line through the latest six observations, with the largest distance of an
 * observation from the line as the range. Estimated or provisional values and gaps are
 * flagged.</li>
 * </ul>
 * Nothing dated after the as-at date is read.
 */
public final class OnTrack {

    /** How many observations the straight-line forecast reads. */
    private static final int LINE_POINTS = 6;

    private OnTrack() {
    }

    /** Where the indicator stands now, in the order a reader wants problems first. */
    public enum Status {
        /** The latest actual is worse than planned by more than the tolerance. */
        OFF_TRACK,
        /** The indicator's polarity is not set, so better cannot be told from worse. */
        CANNOT_JUDGE,
        /** A trajectory or target, but no observation on or before the date. */
        NO_DATA,
        /** A trajectory, but none at the latest actual's date. */
        NO_PLAN_AT_DATE,
        /** Observations but no trajectory: the latest value is all there is. */
        NO_TRAJECTORY,
        /** The latest actual is within the tolerance of the plan, or better. */
        ON_TRACK;

        /** @return the status in words */
        public String label() {
            return switch (this) {
                case OFF_TRACK -> Messages.status_off;
                case CANNOT_JUDGE -> Messages.status_noPolarity;
                case NO_DATA -> Messages.status_noData;
                case NO_PLAN_AT_DATE -> Messages.status_noPlan;
                case NO_TRAJECTORY -> Messages.status_noTrajectory;
                default -> Messages.status_on;
            };
        }
    }

    /** What the target's date brings (or brought). */
    public enum Outlook {
        /** The target's date has passed and the actual then fell short. */
        MISSED,
        /** The forecast falls short of the target. */
        MISSES,
        /** The target's date has passed with no actual on or before it. */
        NO_ACTUAL,
        /** Too little data for a forecast (the reason is in the answer). */
        NO_FORECAST,
        /** The polarity is not set. */
        CANNOT_JUDGE,
        /** The indicator has no target. */
        NO_TARGET,
        /** The forecast meets the target. */
        MEETS,
        /** The target's date has passed and the actual then met it. */
        MET;

        /** @return the outlook in words (empty without a target) */
        public String label() {
            return switch (this) {
                case MISSED -> Messages.forecast_missed;
                case MISSES -> Messages.forecast_misses;
                case NO_ACTUAL -> Messages.forecast_noActual;
                case NO_FORECAST -> Messages.forecast_none;
                case CANNOT_JUDGE -> Messages.forecast_noPolarity;
                case NO_TARGET -> ""; //$NON-NLS-1$
                case MEETS -> Messages.forecast_meets;
                default -> Messages.forecast_met;
            };
        }
    }

    /**
     * A forecast at the target's date.
     *
     * @param value the central forecast
     * @param low   the low end of its range
     * @param high   the high end of its range
     * @param method the method in a few words, for tables
     * @param how    how it was computed, with its figures, in words an analyst can check
     */
    public record Forecast(double value, double low, double high, String method, String how) {
    }

    /**
     * The answer for one indicator.
     *
     * @param indicator the indicator
     * @param asAt      the date of the answer
     * @param latest    the latest observation on or before the date, or {@code null}
     * @param planned   the plan at the latest observation's date, or {@code null}
     * @param shortfall how far the latest actual is worse than planned (negative: better), or
     *                  {@code null} when it cannot be judged
     * @param status    where it stands now
     * @param target    the target judged, or {@code null}
     * @param actualAtTarget for a target whose date has passed, the actual then, or {@code null}
     * @param forecast  for a target still to come, the forecast, or {@code null}
     * @param outlook   what the target's date brings
     * @param notes     why there is no forecast, and estimated or missing data, in words
     */
    public record Answer(Indicator indicator, LocalDate asAt, Observation latest, Double planned, Double shortfall, Status status,
            Target target, Observation actualAtTarget, Forecast forecast, Outlook outlook, List<String> notes) {

        /**
         * @return the outlook in one sentence with its figures, such as "missed target: 75 on
         *         2025-03-31 against a target of 78 by 2025-03-31"; empty without a target
         */
        public String outlookSentence() {
            if (target == null) {
                return ""; //$NON-NLS-1$
            }
            String unit = unit(indicator);
            String goal = Messages.bind(Messages.ontrack_target, new Object[] { number(target.getValue()), unit, target.getDate() });
            String sentence = switch (outlook) {
                case MET, MISSED -> Messages.bind(Messages.ontrack_actualThen, new Object[] { outlook.label(),
                        number(actualAtTarget.getValue()), unit, actualAtTarget.getDate(), goal });
                case MEETS, MISSES -> Messages.bind(Messages.ontrack_forecast, new Object[] { outlook.label(), number(forecast.value()),
                        unit, number(forecast.low()) + unit, number(forecast.high()) + unit, goal });
                case NO_ACTUAL -> Messages.bind(Messages.ontrack_noActual, goal);
                case NO_FORECAST -> Messages.bind(Messages.ontrack_noForecast, goal, String.join("; ", notes)); //$NON-NLS-1$
                default -> outlook.label();
            };
            return sentence;
        }

        /** @return the forecast's range in words ("72.5% to 77.2%"), or empty without a forecast */
        public String rangeText() {
            return forecast == null ? "" //$NON-NLS-1$
                    : Messages.bind(Messages.ontrack_range, number(forecast.low()) + unit(indicator),
                            number(forecast.high()) + unit(indicator));
        }

        /**
         * @return how the forecast was made, with any estimated or missing data, or why there is
         *         none; empty when there is nothing to say
         */
        public String basis() {
            return joined(forecast == null ? null : forecast.method());
        }

        /**
         * @return how the forecast was computed with its figures, and any estimated or missing
         *         data, or why there is none; empty when there is nothing to say
         */
        public String explanation() {
            return joined(forecast == null ? null : forecast.how());
        }

        private String joined(String first) {
            List<String> parts = new ArrayList<>();
            if (first != null) {
                parts.add(first);
            }
            parts.addAll(notes);
            return String.join("; ", parts); //$NON-NLS-1$
        }

        /**
         * @return the latest actual in words ("93.8 % on 2025-03-31"), or the status when there
         *         is none
         */
        public String latestText() {
            return latest == null ? status.label()
                    : Messages.bind(Messages.ontrack_latest, new Object[] { number(latest.getValue()), unit(indicator), latest.getDate() });
        }
    }

    /**
     * @param indicator an indicator
     * @param asAt      the date to answer as at
     * @return where it stands and what its target's date brings, from what was known at the date
     */
    public static Answer of(Indicator indicator, LocalDate asAt) {
        List<Observation> known = Trajectories.observations(indicator, asAt);
        Observation latest = known.isEmpty() ? null : known.get(known.size() - 1);
        Double planned = latest == null ? null : Trajectories.planned(indicator, latest.getDate());
        boolean polar = Trajectories.hasPolarity(indicator);
        Double shortfall = planned == null || !polar ? null : Double.valueOf(Trajectories.shortfall(indicator, latest.getValue(), planned));
        Status status;
        if (latest == null) {
            status = Status.NO_DATA;
        } else if (indicator.getTrajectory() == null) {
            status = Status.NO_TRAJECTORY;
        } else if (!polar) {
            status = Status.CANNOT_JUDGE;
        } else if (planned == null) {
            status = Status.NO_PLAN_AT_DATE;
        } else {
            status = Trajectories.offTrajectory(indicator, latest) ? Status.OFF_TRACK : Status.ON_TRACK;
        }
        Target target = target(indicator, asAt);
        List<String> notes = new ArrayList<>();
        Observation actualAtTarget = null;
        Forecast forecast = null;
        Outlook outlook;
        if (target == null) {
            outlook = Outlook.NO_TARGET;
        } else if (!polar) {
            outlook = Outlook.CANNOT_JUDGE;
        } else if (!target.getDate().isAfter(asAt)) {
            actualAtTarget = Trajectories.latest(indicator, target.getDate());
            outlook = actualAtTarget == null ? Outlook.NO_ACTUAL
                    : Trajectories.meets(indicator, actualAtTarget.getValue(), target.getValue()) ? Outlook.MET : Outlook.MISSED;
        } else {
            forecast = forecast(indicator, known, target.getDate(), notes);
            outlook = forecast == null ? Outlook.NO_FORECAST
                    : Trajectories.meets(indicator, forecast.value(), target.getValue()) ? Outlook.MEETS : Outlook.MISSES;
        }
        return new Answer(indicator, asAt, latest, planned, shortfall, status, target, actualAtTarget, forecast, outlook,
                List.copyOf(notes));
    }

    /** @return the next target still to come after the date, else the latest one passed, else null */
    static Target target(Indicator indicator, LocalDate asAt) {
        List<Target> targets = indicator.getTargets().stream().filter(t -> t.getValue() != null && t.getDate() != null)
                .sorted(Comparator.comparing(Target::getDate)).toList();
        for (Target target : targets) {
            if (target.getDate().isAfter(asAt)) {
                return target;
            }
        }
        return targets.isEmpty() ? null : targets.get(targets.size() - 1);
    }

    /** The calendar step of a series: a month, a week, or neither (no seasonal comparison). */
    private enum Cadence {
        MONTHLY(12, 31), WEEKLY(52, 7), OTHER(0, 0);

        final int perYear;
        final int days;

        Cadence(int perYear, int days) {
            this.perYear = perYear;
            this.days = days;
        }
    }

    /** @return the indicator's frequency, or for a frequency not set the spacing of its observations */
    private static Cadence cadence(Indicator indicator, List<Observation> known) {
        if (indicator.getFrequency() == Frequency.MONTHLY) {
            return Cadence.MONTHLY;
        }
        if (indicator.getFrequency() == Frequency.WEEKLY) {
            return Cadence.WEEKLY;
        }
        if (indicator.getFrequency() != Frequency.NOT_SET || known.size() < 3) {
            return Cadence.OTHER;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = Math.max(1, known.size() - 13); i < known.size(); i++) {
            gaps.add(Long.valueOf(ChronoUnit.DAYS.between(known.get(i - 1).getDate(), known.get(i).getDate())));
        }
        gaps.sort(null);
        long median = gaps.get(gaps.size() / 2).longValue();
        return median >= 25 && median <= 35 ? Cadence.MONTHLY : median >= 5 && median <= 9 ? Cadence.WEEKLY : Cadence.OTHER;
    }

    /**
     * @return the forecast at the date, or {@code null} with the reason added to the notes
     */
    private static Forecast forecast(Indicator indicator, List<Observation> known, LocalDate date, List<String> notes) {
        Cadence cadence = cadence(indicator, known);
        if (cadence != Cadence.OTHER) {
            return seasonal(known, date, cadence, notes);
        }
        return line(known, date, notes);
    }

    /** Like with like: the same month (week) a year earlier, moved by the year-on-year change. */
    private static Forecast seasonal(List<Observation> known, LocalDate date, Cadence cadence, List<String> notes) {
        String step = cadence == Cadence.MONTHLY ? Messages.ontrack_months : Messages.ontrack_weeks;
        if (known.isEmpty()) {
            notes.add(Messages.ontrack_noObservations);
            return null;
        }
        Observation last = known.get(known.size() - 1);
        LocalDate yearStart = last.getDate().minusYears(1);
        List<Observation> year = known.stream().filter(o -> o.getDate().isAfter(yearStart)).toList();
        boolean fullYear = !known.get(0).getDate().isAfter(yearStart.plusDays(cadence.days + cadence.days / 2L))
                && year.size() * 4 >= cadence.perYear * 3;
        if (!fullYear) {
            notes.add(Messages.ontrack_lessThanAYear);
            return null;
        }
        int years = 1;
        while (date.minusYears(years).isAfter(last.getDate())) {
            years++;
        }
        Observation anchor = near(known, date.minusYears(years), cadence);
        if (anchor == null) {
            notes.add(Messages.bind(Messages.ontrack_noSamePeriod, date.minusYears(years)));
            return null;
        }
        flag(year, cadence, step, notes);
        List<Double> changes = new ArrayList<>();
        for (Observation observation : year) {
            Observation before = near(known, observation.getDate().minusYears(1), cadence);
            if (before != null) {
                changes.add(Double.valueOf(observation.getValue() - before.getValue()));
            }
        }
        if (changes.size() * 2 >= year.size() && changes.size() >= 3) {
            double mean = changes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double low = changes.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double high = changes.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double value = anchor.getValue() + years * mean;
            String how = Messages.bind(Messages.ontrack_howSeasonalTrend, new Object[] { anchor.getDate(),
                    number(anchor.getValue()) + unitOf(anchor), Integer.valueOf(years), signed(mean), Integer.valueOf(changes.size()), step,
                    signed(low), signed(high) });
            return new Forecast(value, Math.min(value, anchor.getValue() + years * low), Math.max(value, anchor.getValue() + years * high),
                    Messages.ontrack_methodSeasonalTrend, how);
        }
        double low = year.stream().mapToDouble(Observation::getValue).min().orElse(anchor.getValue());
        double high = year.stream().mapToDouble(Observation::getValue).max().orElse(anchor.getValue());
        String how = Messages.bind(Messages.ontrack_howSeasonal,
                new Object[] { anchor.getDate(), number(anchor.getValue()) + unitOf(anchor), step });
        return new Forecast(anchor.getValue(), Math.min(low, anchor.getValue()), Math.max(high, anchor.getValue()),
                Messages.ontrack_methodSeasonal, how);
    }

    /** Estimated or provisional values, and gaps, in the latest year. */
    private static void flag(List<Observation> year, Cadence cadence, String step, List<String> notes) {
        long estimated = year.stream().filter(Trajectories::estimated).count();
        if (estimated > 0) {
            notes.add(Messages.bind(Messages.ontrack_estimated, Long.valueOf(estimated), Integer.valueOf(year.size())));
        }
        int missing = cadence.perYear - year.size();
        if (missing > 0) {
            notes.add(Messages.bind(Messages.ontrack_missing, new Object[] { Integer.valueOf(missing), step }));
        }
    }

    /** @return the observation nearest the date, within half a step of it, or {@code null} */
    private static Observation near(List<Observation> known, LocalDate date, Cadence cadence) {
        long reach = cadence.days / 2 + 1L;
        Observation nearest = null;
        long best = Long.MAX_VALUE;
        for (Observation observation : known) {
            long distance = Math.abs(ChronoUnit.DAYS.between(date, observation.getDate()));
            if (distance <= reach && distance < best) {
                best = distance;
                nearest = observation;
            }
        }
        return nearest;
    }

    /** A least-squares line through the latest observations, extended to the date. */
    private static Forecast line(List<Observation> known, LocalDate date, List<String> notes) {
        List<Observation> recent = known.subList(Math.max(0, known.size() - LINE_POINTS), known.size());
        if (recent.size() < 2) {
            notes.add(Messages.ontrack_tooFew);
            return null;
        }
        double n = recent.size();
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumXX = 0;
        for (Observation observation : recent) {
            double x = observation.getDate().toEpochDay();
            double y = observation.getValue();
            sumX += x;
            sumY += y;
            sumXY += x * y;
            sumXX += x * x;
        }
        double denominator = n * sumXX - sumX * sumX;
        if (denominator == 0) {
            notes.add(Messages.ontrack_tooFew);
            return null;
        }
        double slope = (n * sumXY - sumX * sumY) / denominator;
        double intercept = (sumY - slope * sumX) / n;
        double spread = 0;
        for (Observation observation : recent) {
            spread = Math.max(spread, Math.abs(observation.getValue() - (intercept + slope * observation.getDate().toEpochDay())));
        }
        long estimated = recent.stream().filter(Trajectories::estimated).count();
        if (estimated > 0) {
            notes.add(Messages.bind(Messages.ontrack_estimated, Long.valueOf(estimated), Integer.valueOf(recent.size())));
        }
        double value = intercept + slope * date.toEpochDay();
        String how = Messages.bind(Messages.ontrack_howLine, new Object[] { Integer.valueOf(recent.size()), recent.get(0).getDate(),
                recent.get(recent.size() - 1).getDate(), number(spread) + unitOf(recent.get(0)) });
        return new Forecast(value, value - spread, value + spread,
                Messages.bind(Messages.ontrack_methodLine, Integer.valueOf(recent.size())), how);
    }

    private static String unitOf(Observation observation) {
        return observation.eContainer() instanceof Indicator indicator ? unit(indicator) : ""; //$NON-NLS-1$
    }

    private static String unit(Indicator indicator) {
        return AnalysisResult.Quantity.suffix(indicator.getUnit());
    }

    /**
     * @param value     a value of the indicator, or {@code null}
     * @param indicator an indicator
     * @return the value in the indicator's unit as people read it ("75%"), empty for none
     * @since 0.2
     */
    public static String withUnit(Number value, Indicator indicator) {
        AnalysisResult.Quantity quantity = quantity(value, indicator);
        return quantity == null ? "" : quantity.toString(); //$NON-NLS-1$
    }

    /**
     * @param value     a value of the indicator, or {@code null}
     * @param indicator an indicator
     * @return the value in the indicator's unit, rounded to one decimal place, or {@code null}
     * @since 0.2
     */
    public static AnalysisResult.Quantity quantity(Number value, Indicator indicator) {
        return value == null || Double.isNaN(value.doubleValue()) ? null
                : new AnalysisResult.Quantity(Math.round(value.doubleValue() * 10) / 10.0, indicator.getUnit());
    }

    /** @return the number to one decimal place, without a trailing ".0" */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
