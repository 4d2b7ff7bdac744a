// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

/** The kinds of report the export writes, with the name each target gets by default. */
enum ReportFormat {

    /** The self-contained HTML report: a folder with index.html. */
    HTML("-report"), //$NON-NLS-1$
    /** The PDF stocktake pack. */
    PDF("-stocktake.pdf"), //$NON-NLS-1$
    /** The Excel workbook. */
    XLSX(".xlsx"); //$NON-NLS-1$

    private final String suffix;

    ReportFormat(String suffix) {
        this.suffix = suffix;
    }

    /** @return the default target's name for a model file called {@code base}.throughline */
    String defaultName(String base) {
        return base + suffix;
    }

    /** @return the label of the format's choice on the page */
    String label() {
        return switch (this) {
            case HTML -> Messages.export_html;
            case PDF -> Messages.export_pdf;
            case XLSX -> Messages.export_xlsx;
        };
    }
}
