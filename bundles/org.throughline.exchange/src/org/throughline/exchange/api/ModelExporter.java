// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.throughline.model.Model;

/**
 * Writes a model to a file in another format: implement it and contribute it to the extension
 * point {@code org.throughline.exporters}.
 * <p>
 * An exporter only reads the model. {@link Exporters} gives it a new temporary file beside the
 * file the user chose and moves it into place only when the exporter returns normally, so an
 * exporter never needs to care about half-written files. An instance is created for each export;
 * it may run on a worker thread, and is abandoned when it does not answer within the time limit.
 *
 * @since 0.1
 */
public interface ModelExporter {

    /**
     * Writes the model.
     *
     * @param model   the model; only read
     * @param target  the file to write (it exists and is empty; overwrite it)
     * @param monitor progress and cancellation, never {@code null}
     * @throws IOException when the file cannot be written; one sentence for the user
     */
    void write(Model model, Path target, IProgressMonitor monitor) throws IOException;
}
