// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;

/**
 * What an analysis runs on.
 *
 * @param model   the model
 * @param subject the element the user asked about, or {@code null}
 * @param today   the date to treat as today
 * @param options words that ask an analysis for more than its default answer, such as
 *                {@link #FURTHER}; never {@code null}
 */
public record AnalysisInput(Model model, EObject subject, LocalDate today, Set<String> options) {

    /**
     * The option that asks the impact analysis to follow a failure past what depends on it
     * directly: up to the programmes of failing projects, the missions of priorities, the outcomes
     * an outcome contributes to, and the people an outcome is for.
     */
    public static final String FURTHER = "further"; //$NON-NLS-1$

    /**
     * The option a caller gives when the model is already a view as known on the input's date
     * ({@link AsAt#view(Model, LocalDate)} on that same date) and stays as it is while the caller
     * asks, as a report's model does: the run does not look through the model again for anything
     * later, and an analysis asked about many elements of it (impact) may keep what it read of
     * the whole model from one question to the next. A report that asks the impact analysis
     * about each of 950 pinch-points read 100,000 elements for each.
     */
    public static final String KNOWN = "known"; //$NON-NLS-1$

    /** Never without options. */
    public AnalysisInput {
        options = options == null ? Set.of() : Set.copyOf(options);
    }

    /**
     * @param model   the model
     * @param subject the element the user asked about, or {@code null}
     * @param today   the date to treat as today
     */
    public AnalysisInput(Model model, EObject subject, LocalDate today) {
        this(model, subject, today, Set.of());
    }

    /**
     * @param option an option word
     * @return whether the input asks for it
     */
    public boolean has(String option) {
        return options.contains(option);
    }

    /**
     * @param model a model
     * @return the input for analysing the whole model as at its as-at date (or today)
     */
    public static AnalysisInput of(Model model) {
        return new AnalysisInput(model, null, Analyses.asAt(model));
    }

    /**
     * @param model   a model
     * @param subject the element the user asks about
     * @return the input for analysing that element as at the model's as-at date (or today)
     */
    public static AnalysisInput of(Model model, EObject subject) {
        return new AnalysisInput(model, subject, Analyses.asAt(model));
    }

    /**
     * @return this input as it was known on its date ({@link AsAt#view(Model, LocalDate)}): the
     *         same input when the model holds nothing later, else one on a copy that leaves out
     *         the observations, assessments, actions and stocktakes not yet known, with the
     *         subject found again in the copy by its id
     */
    public AnalysisInput asKnown() {
        if (has(KNOWN)) {
            return this;
        }
        Model known = AsAt.view(model, today);
        if (known == model) {
            return this;
        }
        EObject subjectThen = subject instanceof Element element ? Analyses.element(known, element.getId()) : null;
        return new AnalysisInput(known, subjectThen, today, options);
    }
}
