// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.throughline.exchange.api.ExporterDescriptor;
import org.throughline.exchange.api.Exporters;

/**
 * A kind of file the export writes: the HTML report, the PDF stocktake pack, or the output of an
 * exporter contributed to {@code org.throughline.exporters} (the XLSX workbook is one).
 *
 * @param id         the kind's id: {@code html}, {@code pdf}, or the exporter's id
 * @param label      the choice's label on the page
 * @param folder     whether the target is a folder rather than one file
 * @param suffix     what the default target's name adds to the model's base name
 * @param exporterId the contributed exporter that writes it, or {@code null} for the reports
 */
record ExportKind(String id, String label, boolean folder, String suffix, String exporterId) {

    /** The self-contained HTML report: a folder with index.html. */
    static final ExportKind HTML = new ExportKind("html", Messages.export_html, true, "-report", null); //$NON-NLS-1$ //$NON-NLS-2$
    /** The PDF stocktake pack. */
    static final ExportKind PDF = new ExportKind("pdf", Messages.export_pdf, false, "-stocktake.pdf", null); //$NON-NLS-1$ //$NON-NLS-2$

    /** @return the reports, then every contributed exporter */
    static List<ExportKind> all(Exporters exporters) {
        List<ExportKind> kinds = new ArrayList<>(List.of(HTML, PDF));
        for (ExporterDescriptor exporter : exporters.descriptors()) {
            String label = exporter.description() == null || exporter.description().isBlank() ? exporter.name()
                    : NLS.bind(Messages.export_exporter, exporter.name(), exporter.description());
            kinds.add(new ExportKind(exporter.id(), label, false, '.' + exporter.extension(), exporter.id()));
        }
        return kinds;
    }

    /** @return the default target's name for a model file called {@code base}.throughline */
    String defaultName(String base) {
        return base + suffix;
    }
}
