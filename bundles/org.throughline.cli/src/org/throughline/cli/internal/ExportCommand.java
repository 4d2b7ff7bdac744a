// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
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
        Options.Parsed given = Options.of("export").flag("--list").value("--exporter").value("--out").value(AsAtOption.NAME) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .parse(arguments);
        boolean list = given.has("--list"); //$NON-NLS-1$
        String id = given.value("--exporter"); //$NON-NLS-1$
        String out = given.value("--out"); //$NON-NLS-1$
        LocalDate asAt = AsAtOption.parse(given.value(AsAtOption.NAME));
        List<String> files = given.operands();
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

    @Override
    public String usage() {
        return ExchangeMessages.export_usage;
    }
}
