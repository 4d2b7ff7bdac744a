// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.exchange.api.ImportResult;
import org.throughline.exchange.api.ObservationImport;
import org.throughline.exchange.api.ObservationImportException;
import org.throughline.exchange.api.Rejection;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

/**
 * {@code throughline import-observations FILE DATA.csv|DATA.xlsx [--dry-run]}: adds observations
 * from a CSV file or a workbook to a model file, all or nothing. Exit code 0 when imported (or,
 * with {@code --dry-run}, importable), 1 when rows were rejected (each listed with its number
 * and why; the model file is untouched), 2 for bad usage or a file that cannot be read.
 */
public final class ImportObservationsCommand implements CliCommand {

    /** Reports the reading of a long file on standard error. */
    private static final class Progress extends NullProgressMonitor {
        private final PrintStream err;

        Progress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void subTask(String name) {
            err.println(ImportObservationsMessages.bind(ImportObservationsMessages.importObservations_progress, name));
        }
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        boolean dryRun = false;
        List<String> files = new ArrayList<>();
        for (String argument : arguments) {
            if ("--dry-run".equals(argument)) { //$NON-NLS-1$
                dryRun = true;
            } else if (argument.startsWith("-")) { //$NON-NLS-1$
                throw CliException.usage(ImportObservationsMessages.bind(ImportObservationsMessages.importObservations_unknownOption,
                        argument));
            } else {
                files.add(argument);
            }
        }
        if (files.size() != 2) {
            throw CliException.usage(ImportObservationsMessages.importObservations_arguments);
        }
        Path modelFile = context.resolve(files.get(0));
        Path data = context.resolve(files.get(1));
        Resource resource;
        try {
            resource = ModelFiles.load(modelFile);
        } catch (ModelLoadException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            throw CliException.usage(
                    ImportObservationsMessages.bind(ImportObservationsMessages.importObservations_notAModel, files.get(0)));
        }
        Progress progress = new Progress(context.err());
        ImportResult result;
        try {
            result = dryRun ? ObservationImport.check(model, data, progress) : ObservationImport.apply(resource, data, progress);
        } catch (ObservationImportException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        } catch (IOException e) {
            String message = ImportObservationsMessages.bind(ImportObservationsMessages.importObservations_cannotSave, files.get(0),
                    e.getMessage());
            throw new CliException(ExitCode.USAGE, message, e);
        }
        return report(context.out(), result, files.get(0), files.get(1), dryRun);
    }

    private static int report(PrintStream out, ImportResult result, String modelName, String dataName, boolean dryRun) {
        Integer rows = Integer.valueOf(result.rows());
        if (!result.accepted()) {
            out.println(ImportObservationsMessages.bind(ImportObservationsMessages.importObservations_rejected,
                    new Object[] {dataName, Integer.valueOf(result.rejectedCount()), rows, modelName}));
            for (Rejection rejection : result.rejections()) {
                out.println(ImportObservationsMessages.bind(ImportObservationsMessages.importObservations_rejection, rejection));
            }
            if (result.rejectedCount() > result.rejections().size()) {
                out.println(ImportObservationsMessages.bind(ImportObservationsMessages.importObservations_more,
                        Integer.valueOf(result.rejectedCount() - result.rejections().size())));
            }
            return ExitCode.PROBLEMS;
        }
        if (result.added() == 0) {
            out.println(ImportObservationsMessages.bind(ImportObservationsMessages.importObservations_nothingNew,
                    new Object[] {rows, dataName, modelName}));
            return ExitCode.OK;
        }
        String message = dryRun ? ImportObservationsMessages.importObservations_wouldAdd
                : ImportObservationsMessages.importObservations_added;
        out.println(ImportObservationsMessages.bind(message, new Object[] {Integer.valueOf(result.added()), modelName, rows, dataName,
                Integer.valueOf(result.duplicates())}));
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return ImportObservationsMessages.importObservations_usage;
    }
}
