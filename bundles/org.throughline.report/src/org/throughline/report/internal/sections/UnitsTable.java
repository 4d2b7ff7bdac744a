// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal.sections;

import java.time.LocalDate;

import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.DeliveryUnits;
import org.throughline.model.Indicator;
import org.throughline.report.api.Markup;
import org.throughline.report.internal.Labels;

/**
 * Which delivery units account for an indicator's gap, as a table: {@link DeliveryUnits}' answer,
 * the same in the report's trajectory page and the stocktake pack.
 */
final class UnitsTable {

    private UnitsTable() {
    }

    /**
     * Writes the indicator's units, the largest contribution to the gap first; nothing for an
     * indicator not observed by unit.
     *
     * @param html      where to write
     * @param indicator an indicator
     * @param asAt      the date to answer as at
     */
    static void write(Markup html, Indicator indicator, LocalDate asAt) {
        DeliveryUnits.Breakdown breakdown = DeliveryUnits.of(indicator, asAt);
        if (breakdown == null) {
            return;
        }
        String unit = indicator.getUnit() == null ? "" : ' ' + indicator.getUnit(); //$NON-NLS-1$
        String sentence = breakdown.gap() == null
                ? StocktakeMessages.bind(StocktakeMessages.units_noPlan, Labels.label(indicator), Labels.date(breakdown.date()))
                : StocktakeMessages.bind(StocktakeMessages.units_intro, new Object[] { Labels.label(indicator),
                        Labels.number(breakdown.combined()) + unit, Labels.number(breakdown.planned()) + unit,
                        Labels.date(breakdown.date()), Labels.number(breakdown.gap()) + unit,
                        breakdown.rate() ? StocktakeMessages.units_rate
                                : StocktakeMessages.bind(StocktakeMessages.units_count, Labels.date(breakdown.sharesFrom())) });
        html.element("p", sentence, "class", "units"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.open("table", "class", "values units"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Sections.headerRow(html, StocktakeMessages.units_columnUnit, StocktakeMessages.units_columnValue,
                breakdown.rate() ? StocktakeMessages.units_columnWeight : StocktakeMessages.units_columnPlanShare,
                StocktakeMessages.units_columnContribution, StocktakeMessages.units_columnShareOfGap);
        html.open("tbody"); //$NON-NLS-1$
        for (DeliveryUnits.Unit part : breakdown.units()) {
            html.open("tr").open("td").link(part.unit()).close(); //$NON-NLS-1$ //$NON-NLS-2$
            html.element("td", Labels.number(part.value().getValue()) + unit, "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("td", part.share() == null ? "\u2014" : percent(part.share()), "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            html.element("td", part.contribution() == null ? "\u2014" : signed(part.contribution()) + unit, "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            boolean share = part.contribution() != null && breakdown.gap() != null && breakdown.gap() > 0 && part.contribution() > 0;
            html.element("td", share ? percent(part.contribution() / breakdown.gap()) : "\u2014", "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            html.close();
        }
        html.close().close();
    }

    private static String percent(double fraction) {
        return AnalysisResult.text(Double.valueOf(Math.round(fraction * 1000) / 10.0)) + " %"; //$NON-NLS-1$
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + Labels.number(value); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
