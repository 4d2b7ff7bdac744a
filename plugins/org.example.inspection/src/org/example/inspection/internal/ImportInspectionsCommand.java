// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.exchange.api.ImportException;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.Rejection;
import org.throughline.model.Model;

/**
 * {@code throughline import-inspections MODEL CSV [--regime NAME]}: records inspection ratings
 * published by a regulator in a model, with the {@link InspectionRatingsImporter} this plugin
 * contributes to {@code org.throughline.importers} (so {@code throughline import MODEL CSV
 * --importer org.example.inspection.ratings} does the same into the default regime). All rows are
 * checked before anything is changed: one wrong row and the model file is left as it was.
 */
public final class ImportInspectionsCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        // Throughline's one option parser: the same errors for unknown options and missing values as every command.
        Options.Parsed given = Options.of("import-inspections").value("--regime").parse(arguments); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> files = given.operands();
        String regimeName = given.value("--regime", Messages.import_defaultRegime); //$NON-NLS-1$
        if (files.size() != 2) {
            throw CliException.usage(Messages.import_arguments);
        }
        Path modelFile = context.resolve(files.get(0));
        Path csvFile = context.resolve(files.get(1));
        Resource resource = context.loadModel(files.get(0)).eResource();
        ImportPlan plan;
        try {
            plan = new InspectionRatingsImporter(regimeName).check((Model) resource.getContents().get(0), csvFile,
                    new NullProgressMonitor());
        } catch (ImportException e) {
            throw CliException.usage(e.getMessage());
        }
        if (!plan.accepted()) {
            for (Rejection rejection : plan.rejections()) {
                context.err().println(Messages.bind(Messages.import_badRow, new Object[] {csvFile.getFileName(),
                    Integer.toString(rejection.row()), rejection.reason()}));
            }
            throw CliException.usage(Messages.bind(Messages.import_rejected, new Object[] {Integer.valueOf(plan.rejectedCount()),
                Integer.valueOf(plan.rows()), modelFile}));
        }
        try {
            plan.apply(resource);
        } catch (IOException e) {
            throw CliException.usage(Messages.bind(Messages.import_cannotSave, modelFile, e.getMessage()));
        }
        context.out().println(Messages.bind(Messages.import_done, files.get(0), plan.summary()));
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return Messages.import_usage;
    }
}
