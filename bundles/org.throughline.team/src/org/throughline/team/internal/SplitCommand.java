// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;

/**
 * {@code throughline split MODEL --by organisation|folder --out DIR}: writes the model as a main
 * file and one fragment per organisation or top-level folder ({@link FragmentPlan} says which
 * element goes where): {@code DIR/NAME.throughline} and {@code DIR/NAME-fragments/*.throughline},
 * with the model's diagrams beside the main file. A model already in fragments is split anew.
 */
public final class SplitCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("split").choice("--by", FragmentPlan.BY_ORGANISATION, FragmentPlan.BY_FOLDER) //$NON-NLS-1$ //$NON-NLS-2$
                .value("--out").parse(arguments); //$NON-NLS-1$
        String rule = given.value("--by"); //$NON-NLS-1$
        String out = given.value("--out"); //$NON-NLS-1$
        if (given.operands().size() != 1 || rule == null || out == null) {
            throw CliException.usage(Messages.split_arguments);
        }
        String model = given.operands().get(0);
        Path source = context.resolve(model);
        Resource main = Fragmented.loadWhole(context, source);
        Path folder = context.resolve(out);
        String name = source.getFileName().toString().replaceFirst("\\.throughline$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        Path mainFile = folder.resolve(name + '.' + ModelFiles.FILE_EXTENSION);
        Path fragments = folder.resolve(name + "-fragments"); //$NON-NLS-1$
        FragmentPlan plan;
        try {
            ModelFragments.join(main);
            plan = FragmentPlan.of(TeamFiles.model(main), rule);
            Files.createDirectories(fragments);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, Messages.bind(Messages.split_writeFailed, folder, e.getMessage()), e);
        }
        main.setURI(URI.createFileURI(mainFile.toAbsolutePath().normalize().toString()));
        Map<String, Resource> files = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<EObject, String> entry : plan.fragmentOf().entrySet()) {
            Resource fragment = files.computeIfAbsent(entry.getValue(),
                    file -> ModelFiles.create(main.getResourceSet(), fragments.resolve(file + '.' + ModelFiles.FILE_EXTENSION)));
            ModelFragments.moveTo(entry.getKey(), fragment);
            counts.merge(entry.getValue(), Integer.valueOf(1 + (int) count(entry.getKey())),
                    (a, b) -> Integer.valueOf(a.intValue() + b.intValue()));
        }
        try {
            ModelFragments.writeAll(main);
            Fragmented.copyDiagrams(source, mainFile);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, Messages.bind(Messages.split_writeFailed, folder, e.getMessage()), e);
        }
        context.out().println(Messages.bind(Messages.split_done, mainFile, Integer.valueOf(files.size())));
        for (Map.Entry<String, Resource> file : files.entrySet()) {
            context.out().println(Messages.bind(Messages.split_fragment,
                    new Object[] { folder.relativize(Path.of(file.getValue().getURI().toFileString())), counts.get(file.getKey()),
                            plan.titles().get(file.getKey()) }));
        }
        return ExitCode.OK;
    }

    /** @return how many elements with ids an element holds */
    private static long count(EObject element) {
        long count = 0;
        for (var all = element.eAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (next.eClass().getEIDAttribute() != null) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String usage() {
        return Messages.split_usage;
    }
}
