// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.model.api.CanonicalFiles;
import org.throughline.model.api.ModelFragments;

/**
 * {@code throughline join MODEL --out FILE}: writes a model kept in fragments as one file (with
 * its diagrams beside it), the same model element for element. A model with a fragment that
 * cannot be read is not joined.
 */
public final class JoinCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("join").value("--out").parse(arguments); //$NON-NLS-1$
        String out = given.value("--out"); //$NON-NLS-1$
        if (given.operands().size() != 1 || out == null) {
            throw CliException.usage(Messages.join_arguments);
        }
        String model = given.operands().get(0);
        Path source = context.resolve(model);
        Path target = context.resolve(out);
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw CliException.usage(Messages.bind(Messages.merge_noFolder, target, target.getParent()));
        }
        Resource main = Fragmented.loadWhole(context, source);
        int files = ModelFragments.files(main).size();
        try {
            ModelFragments.join(main);
            main.setURI(URI.createFileURI(target.toAbsolutePath().normalize().toString()));
            CanonicalFiles.replace(main, target);
            Fragmented.copyDiagrams(source, target);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, Messages.bind(Messages.join_writeFailed, target, e.getMessage()), e);
        }
        context.out().println(Messages.bind(Messages.join_done, Integer.valueOf(files), target));
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return Messages.join_usage;
    }
}
