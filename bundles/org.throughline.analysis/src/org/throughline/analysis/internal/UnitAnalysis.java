// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.name;
import static org.throughline.analysis.internal.Elements.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.DeliveryUnits;
import org.throughline.model.Indicator;

/** Indicators by delivery unit: which units account for each indicator's gap to its trajectory. */
final class UnitAnalysis {

    private UnitAnalysis() {
    }

    /** For each indicator observed by unit, each unit's latest value and its contribution to the gap, the largest first. */
    static final Analysis DELIVERY_UNITS = input -> {
        List<Row> rows = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Indicator indicator : all(input, Indicator.class)) {
            DeliveryUnits.Breakdown breakdown = DeliveryUnits.of(indicator, input.today());
            if (breakdown == null) {
                continue;
            }
            items.add(sentence(breakdown));
            for (DeliveryUnits.Unit unit : breakdown.units()) {
                Double contribution = unit.contribution();
                rows.add(new Row(unit.unit(), Arrays.asList(name(indicator), name(unit.unit()), breakdown.date().toString(),
                        round(unit.value().getValue()), unit.share() == null ? null : round(100 * unit.share()), round(contribution),
                        contribution == null || contribution <= 0 || breakdown.gap() == null || breakdown.gap() <= 0 ? null
                                : round(100 * contribution / breakdown.gap()))));
            }
        }
        String headline = items.isEmpty() ? RegisterMessages.units_none
                : RegisterMessages.bind(RegisterMessages.units_headline, String.join("; ", items) + '.'); //$NON-NLS-1$
        return new AnalysisResult(headline, List.of(RegisterMessages.units_columnIndicator, RegisterMessages.units_columnUnit,
                RegisterMessages.units_columnDate, RegisterMessages.units_columnValue, RegisterMessages.units_columnShare,
                RegisterMessages.units_columnContribution, RegisterMessages.units_columnShareOfGap), rows);
    };

    /** @return the breakdown in a sentence: what the units combine to, against what plan, and who accounts for most of the gap */
    static String sentence(DeliveryUnits.Breakdown breakdown) {
        String indicator = name(breakdown.indicator());
        String combined = MeasureAnalyses.format(breakdown.combined());
        if (breakdown.gap() == null) {
            return indicator;
        }
        Object[] common = { indicator, combined, MeasureAnalyses.format(breakdown.planned()), breakdown.date() };
        DeliveryUnits.Unit top = breakdown.units().get(0);
        if (breakdown.gap() <= 0 || top.contribution() == null || top.contribution() <= 0) {
            return RegisterMessages.bind(RegisterMessages.units_noGap, common);
        }
        return RegisterMessages.bind(RegisterMessages.units_item, new Object[] { common[0], common[1], common[2], common[3],
                MeasureAnalyses.format(breakdown.gap()), name(top.unit()), MeasureAnalyses.format(top.contribution()) });
    }

    /**
     * @param indicator an indicator off its trajectory
     * @param today     the date to answer as at
     * @return a sentence naming the unit that accounts for most of its gap, or {@code null} when
     *         it has no unit observations or no unit adds to the gap
     */
    static String offTrack(Indicator indicator, LocalDate today) {
        DeliveryUnits.Breakdown breakdown = DeliveryUnits.of(indicator, today);
        if (breakdown == null || breakdown.gap() == null || breakdown.gap() <= 0 || breakdown.units().isEmpty()) {
            return null;
        }
        DeliveryUnits.Unit top = breakdown.units().get(0);
        if (top.contribution() == null || top.contribution() <= 0) {
            return null;
        }
        return RegisterMessages.bind(RegisterMessages.units_offTrack, new Object[] { name(indicator), name(top.unit()),
                MeasureAnalyses.format(top.contribution()), MeasureAnalyses.format(breakdown.gap()), breakdown.date() });
    }
}
