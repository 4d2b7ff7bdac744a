// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Model;
import org.throughline.validation.api.ValidationResult;

/**
 * What a {@link ReportSection} may ask the report while it writes: the model, the date the
 * model describes, the validation findings and the analyses' runs (each computed once for the
 * whole report) and where each element's page is.
 *
 * @since 0.1
 */
public interface ReportContext {

    /** @return the model reported on */
    Model model();

    /**
     * @return the date the model describes: its as-at date, else today; "overdue" and "latest" are judged at this date
     */
    LocalDate asAt();

    /** @return the findings of validating the model, with suppressions; computed on first use */
    ValidationResult validation();

    /**
     * Runs an analysis on the report's model at the report's date. The report runs each analysis
     * once for a subject: every section and page asking the same question shares the run.
     *
     * @param id      an analysis id, such as {@code "where-to-look-first"}
     * @param subject the element it is about, or {@code null} for the whole model
     * @return the run: its result, or a failure
     * @throws AnalysisException when there is no analysis of that id, or it needs a subject and
     *                           none is given
     */
    default AnalysisRun analysis(String id, EObject subject) throws AnalysisException {
        return Analyses.standard().run(id, new AnalysisInput(model(), subject, asAt()));
    }

    /**
     * @return a run of every analysis that needs no subject, in contribution order, as
     *         {@link Analyses#runAll(AnalysisInput)} gives them; shared like {@link #analysis(String, EObject)}
     */
    default List<AnalysisRun> analyses() {
        return Analyses.standard().runAll(new AnalysisInput(model(), null, asAt()));
    }

    /**
     * @param element a model element
     * @return the relative address of its page from the page being written, or {@code null}
     *         when it has no page (in a stocktake pack: a place in the pack, or {@code null})
     */
    String href(EObject element);

    /**
     * @param element a model element
     * @return the name a reader knows it by: its name, else its type and id
     */
    String label(EObject element);

    /**
     * @return {@code true} while writing a PDF stocktake pack (no search, no element pages);
     *         {@code false} for the HTML report
     */
    boolean isPack();
}
