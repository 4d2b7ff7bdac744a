// SPDX-License-Identifier: EPL-2.0
package org.throughline.testing;

import java.time.LocalDate;

import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.ThroughlineFactory;

/** Small indicators for chart and trajectory tests, built in code so that each test's figures are in view. */
public final class Indicators {

    private Indicators() {
    }

    /**
     * @param unit   the indicator's unit
     * @param values its observations, the first on 2024-01-01 and each four months after the one before
     * @return an indicator named "Patients waiting", in no model
     */
    public static Indicator every4Months(String unit, double... values) {
        Indicator indicator = ThroughlineFactory.eINSTANCE.createIndicator();
        indicator.setName("Patients waiting"); //$NON-NLS-1$
        indicator.setUnit(unit);
        LocalDate date = LocalDate.of(2024, 1, 1);
        for (double value : values) {
            Observation observation = ThroughlineFactory.eINSTANCE.createObservation();
            observation.setDate(date);
            observation.setValue(Double.valueOf(value));
            indicator.getObservations().add(observation);
            date = date.plusMonths(4);
        }
        return indicator;
    }
}
