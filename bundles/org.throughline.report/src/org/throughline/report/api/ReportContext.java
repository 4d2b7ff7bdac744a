// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.api;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Model;
import org.throughline.validation.api.ValidationResult;

/**
 * What a {@link ReportSection} may ask the report while it writes: the model, the date the
 * model describes, the validation findings (computed once for the whole report) and where each
 * element's page is.
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
