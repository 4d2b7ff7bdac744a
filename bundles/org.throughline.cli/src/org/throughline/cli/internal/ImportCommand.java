// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.exchange.api.ContributionException;
import org.throughline.exchange.api.ImportException;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.ImporterDescriptor;
import org.throughline.exchange.api.Importers;
import org.throughline.exchange.api.Rejection;
import org.throughline.model.Model;

/**
 * {@code throughline import MODEL DATA --importer ID [--dry-run]} and {@code throughline import --list}:
 * brings a data file into a model file with an importer contributed to
 * {@code org.throughline.importers}, all or nothing. Exit code 0 when imported (or, with
 * {@code --dry-run}, importable), 1 when rows were rejected (each listed on standard error with its
 * number and why; the model file is untouched), 2 for bad usage or a file that cannot be read, 3
 * when the importer failed.
 */
public final class ImportCommand implements CliCommand {

    private final String command;
    private final String importer;

    /** The {@code import} command, which is told the importer. */
    public ImportCommand() {
        this("import", null); //$NON-NLS-1$
    }

    /**
     * @param command  the command's name, in messages
     * @param importer the importer it always uses, or {@code null} when the user names it
     */
    ImportCommand(String command, String importer) {
        this.command = command;
        this.importer = importer;
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options options = Options.of(command).flag("--dry-run"); //$NON-NLS-1$
        if (importer == null) {
            options.flag("--list").value("--importer"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Options.Parsed given = options.parse(arguments);
        boolean dryRun = given.has("--dry-run"); //$NON-NLS-1$
        boolean list = given.has("--list"); //$NON-NLS-1$
        String id = importer != null ? importer : given.value("--importer"); //$NON-NLS-1$
        List<String> files = given.operands();
        Importers importers = Importers.standard();
        importers.problems().forEach(p -> context.err().println(Messages.bind(Messages.dispatcher_prefix, p)));
        if (list) {
            for (ImporterDescriptor descriptor : importers.descriptors()) {
                context.out().println(ExchangeMessages.bind(ExchangeMessages.import_listLine, new Object[] {descriptor.id(),
                    descriptor.name(), String.join(", ", descriptor.extensions()), descriptor.description()})); //$NON-NLS-1$
            }
            return ExitCode.OK;
        }
        if (files.size() != 2) {
            throw CliException.usage(ExchangeMessages.bind(ExchangeMessages.import_arguments, command));
        }
        String ids = String.join(", ", importers.descriptors().stream().map(ImporterDescriptor::id).toList()); //$NON-NLS-1$
        if (id == null) {
            throw CliException.usage(ExchangeMessages.bind(ExchangeMessages.import_noImporter, ids));
        }
        if (importers.descriptor(id) == null) {
            throw CliException.usage(ExchangeMessages.bind(ExchangeMessages.import_unknownImporter, id, ids));
        }
        Resource resource = load(context, files.get(0));
        Path data = context.resolve(files.get(1));
        if (!Files.isRegularFile(data)) {
            throw CliException.usage(ExchangeMessages.bind(ExchangeMessages.import_noData, files.get(1)));
        }
        StandardErrorProgress progress = new StandardErrorProgress(context.err(), command);
        ImportPlan plan;
        try {
            plan = dryRun ? importers.check(id, (Model) resource.getContents().get(0), data, progress)
                    : importers.apply(id, resource, data, progress);
        } catch (ImportException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        } catch (ContributionException e) {
            throw new CliException(ExitCode.INTERNAL, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, ExchangeMessages.bind(ExchangeMessages.import_cannotSave, files.get(0), e.getMessage()),
                    e);
        }
        return report(context, plan, files.get(0), files.get(1), dryRun);
    }

    /**
     * @param context  where relative paths start
     * @param userPath the model file as the user typed it
     * @return the loaded model file, whose root is a model
     * @throws CliException when it cannot be loaded or holds no model
     */
    static Resource load(CliContext context, String userPath) throws CliException {
        return context.loadModel(userPath).eResource();
    }

    private static int report(CliContext context, ImportPlan plan, String modelName, String dataName, boolean dryRun) {
        if (!plan.accepted()) {
            PrintStream err = context.err();
            err.println(Messages.bind(Messages.dispatcher_prefix, ExchangeMessages.bind(ExchangeMessages.import_rejected,
                    new Object[] {dataName, Integer.valueOf(plan.rejectedCount()), Integer.valueOf(plan.rows()), modelName})));
            for (Rejection rejection : plan.rejections()) {
                err.println(ExchangeMessages.bind(ExchangeMessages.import_rejection, rejection));
            }
            if (plan.rejectedCount() > plan.rejections().size()) {
                err.println(ExchangeMessages.bind(ExchangeMessages.import_more,
                        Integer.valueOf(plan.rejectedCount() - plan.rejections().size())));
            }
            return ExitCode.PROBLEMS;
        }
        String message = !plan.changes() ? ExchangeMessages.import_nothingToChange
                : dryRun ? ExchangeMessages.import_dryRun : ExchangeMessages.import_applied;
        context.out().println(ExchangeMessages.bind(message, new Object[] {dataName, modelName, plan.summary()}));
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return ExchangeMessages.import_usage;
    }
}
