// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.util.List;

import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.exchange.api.ObservationImport;

/**
 * {@code throughline import-observations FILE DATA.csv|DATA.xlsx [--dry-run]}: the same as
 * {@code throughline import FILE DATA --importer observations [--dry-run]}, kept for the scripts
 * and the workbook's About sheet that name it.
 */
public final class ImportObservationsCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        return new ImportCommand("import-observations", ObservationImport.IMPORTER_ID).run(context, arguments); //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return ImportObservationsMessages.importObservations_usage;
    }
}
