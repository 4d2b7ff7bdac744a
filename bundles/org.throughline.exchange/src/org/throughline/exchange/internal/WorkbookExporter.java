// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.throughline.exchange.api.ModelExporter;
import org.throughline.exchange.api.Workbooks;
import org.throughline.model.Model;

/** The workbook exporter, contributed to {@code org.throughline.exporters}: the workbook of {@link Workbooks}. */
public final class WorkbookExporter implements ModelExporter {

    @Override
    public void write(Model model, Path target, IProgressMonitor monitor) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            new WorkbookWriter(model).write(out);
        }
    }
}
