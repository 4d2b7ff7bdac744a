// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

/**
 * {@code throughline info FILE... [--as-at DATE]}: the metamodel version of each model file, the
 * date it describes and how many elements of each type it holds (with {@code --as-at}, of those
 * known on that date). A file that cannot be read is reported in one line and the
 * command ends with exit code 2, after reporting the others.
 */
public final class InfoCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (arguments.isEmpty()) {
            throw CliException.usage(Messages.info_noFiles);
        }
        Options.Parsed given = Options.of("info").value(AsAtOption.NAME).parse(arguments); //$NON-NLS-1$
        LocalDate asAt = AsAtOption.parse(given.value(AsAtOption.NAME));
        List<String> files = given.operands();
        if (files.isEmpty()) {
            throw CliException.usage(Messages.info_noFiles);
        }
        int exitCode = ExitCode.OK;
        boolean first = true;
        for (String argument : files) {
            Path file = context.resolve(argument);
            Resource resource;
            try {
                resource = ModelFiles.load(file);
            } catch (ModelLoadException e) {
                context.err().println(Messages.bind(Messages.dispatcher_prefix, e.getMessage()));
                if (context.debug()) {
                    e.printStackTrace(context.err());
                }
                exitCode = ExitCode.USAGE;
                continue;
            }
            if (!first) {
                context.out().println();
            }
            first = false;
            if (asAt != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
                AsAtOption.apply(model, asAt);
            }
            print(context, argument, resource);
        }
        return exitCode;
    }

    private static void print(CliContext context, String name, Resource resource) {
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            counts.merge(all.next().eClass().getName(), Integer.valueOf(1), Integer::sum);
            total++;
        }
        String namespace = resource.getContents().isEmpty() ? "" : resource.getContents().get(0).eClass().getEPackage().getNsURI(); //$NON-NLS-1$
        context.out().println(name);
        context.out().println(Messages.bind(Messages.info_metamodel, namespace.substring(namespace.lastIndexOf('/') + 1), namespace));
        if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
            context.out().println(model.getAsAt() == null ? Messages.info_asAtNone : Messages.bind(Messages.info_asAt, model.getAsAt()));
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            context.out().println(Messages.bind(Messages.info_note, warning.getMessage()));
        }
        context.out().println(Messages.bind(Messages.info_total, Integer.valueOf(total)));
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((type, count) -> context.out().printf("    %-" + width + "s %8d%n", type, count)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String usage() {
        return Messages.info_usage;
    }
}
