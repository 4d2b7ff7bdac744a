// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * An analysis's answer: a headline, and a table whose rows each concern one element so that the
 * workbench can navigate to it and reports can link to it.
 *
 * @param headline one or two sentences that answer the question
 * @param columns  the column titles
 * @param rows     the rows, most important first
 */
public record AnalysisResult(String headline, List<String> columns, List<Row> rows) {

    /**
     * One row.
     *
     * @param element the element the row is about (may be {@code null})
     * @param cells   one value per column: text, a number, or {@code null} for a blank cell
     */
    public record Row(EObject element, List<Object> cells) {
    }
}
