// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.exchange.api.ContributionException;
import org.throughline.exchange.api.ExporterDescriptor;
import org.throughline.exchange.api.Exporters;
import org.throughline.model.Model;

/**
 * {@code throughline export MODEL --exporter ID --out PATH} and {@code throughline export --list}:
 * writes a model with an exporter contributed to {@code org.throughline.exporters}. The file is
 * replaced atomically, or left as it was. Exit code 0 when written, 2 for bad usage or a file that
 * cannot be read or written, 3 when the exporter failed.
 */
public final class ExportCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        boolean list = false;
        String id = null;
        String out = null;
        LocalDate asAt = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--list" -> list = true; //$NON-NLS-1$
                case "--exporter" -> id = value(arguments, ++i, argument); //$NON-NLS-1$
                case "--out" -> out = value(arguments, ++i, argument); //$NON-NLS-1$
                case AsAtOption.NAME -> asAt = AsAtOption.parse(arguments, ++i);
                default -> {
                    if (argument.startsWith("-")) { //$NON-NLS-1$
                        throw CliException.usage(ExchangeMessages.bind(ExchangeMessages.export_unknownOption, argument));
                    }
                    files.add(argument);
                }
            }
        }
        Exporters exporters = Exporters.standard();
        exporters.problems().forEach(p -> context.err().println(Messages.bind(Messages.dispatcher_prefix, p)));
        if (list) {
            for (ExporterDescriptor descriptor : exporters.descriptors()) {
                context.out().println(ExchangeMessages.bind(ExchangeMessages.export_listLine, new Object[] {descriptor.id(),
                    descriptor.name(), descriptor.extension(), descriptor.description()}));
            }
            return ExitCode.OK;
        }
        if (files.size() != 1) {
            throw CliException.usage(ExchangeMessages.export_arguments);
        }
        String ids = String.join(", ", exporters.descriptors().stream().map(ExporterDescriptor::id).toList()); //$NON-NLS-1$
        if (id == null) {
            throw CliException.usage(ExchangeMessages.bind(ExchangeMessages.export_noExporter, ids));
        }
        ExporterDescriptor exporter = exporters.descriptor(id);
        if (exporter == null) {
            throw CliException.usage(ExchangeMessages.bind(ExchangeMessages.export_unknownExporter, id, ids));
        }
        if (out == null) {
            throw CliException.usage(ExchangeMessages.export_noOut);
        }
        Model model = AsAtOption.apply((Model) ImportCommand.load(context, files.get(0)).getContents().get(0), asAt);
        Path target = context.resolve(out);
        try {
            exporters.export(id, model, target, new NullProgressMonitor());
        } catch (ContributionException e) {
            throw new CliException(ExitCode.INTERNAL, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, ExchangeMessages.bind(ExchangeMessages.export_cannotWrite, out, e.getMessage()), e);
        }
        context.out().println(ExchangeMessages.bind(ExchangeMessages.export_written, new Object[] {out, exporter.name(), files.get(0)}));
        return ExitCode.OK;
    }

    private static String value(List<String> arguments, int index, String option) throws CliException {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) { //$NON-NLS-1$
            throw CliException.usage(ExchangeMessages.bind(ExchangeMessages.export_missingValue, option));
        }
        return arguments.get(index);
    }

    @Override
    public String usage() {
        return ExchangeMessages.export_usage;
    }
}
