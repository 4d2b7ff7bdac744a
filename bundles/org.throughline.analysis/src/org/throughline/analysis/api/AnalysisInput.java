// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Model;

/**
 * What an analysis runs on.
 *
 * @param model   the model
 * @param subject the element the user asked about, or {@code null}
 * @param today   the date to treat as today
 */
public record AnalysisInput(Model model, EObject subject, LocalDate today) {

    /**
     * @param model a model
     * @return the input for analysing the whole model as at its {@code as-at} date (or today)
     */
    public static AnalysisInput of(Model model) {
        return new AnalysisInput(model, null, Analyses.asAt(model));
    }

    /**
     * @param model   a model
     * @param subject the element the user asks about
     * @return the input for analysing that element as at the model's {@code as-at} date (or today)
     */
    public static AnalysisInput of(Model model, EObject subject) {
        return new AnalysisInput(model, subject, Analyses.asAt(model));
    }
}
