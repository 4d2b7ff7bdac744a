// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.throughline.exchange.api.ImportException;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.ModelImporter;
import org.throughline.exchange.api.ObservationImport;
import org.throughline.model.Model;

/** The observations importer, contributed to {@code org.throughline.importers}: {@link ObservationImport} as a plan. */
public final class ObservationImporter implements ModelImporter {

    @Override
    public ImportPlan check(Model model, Path data, IProgressMonitor monitor) throws ImportException {
        return ObservationImport.check(model, data, monitor).toPlan();
    }
}
