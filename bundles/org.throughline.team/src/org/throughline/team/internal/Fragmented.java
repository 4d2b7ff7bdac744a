// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.model.Model;
import org.throughline.model.api.AtomicFiles;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.model.api.ModelLoadException;

/** What split and join share: reading a model whole, and carrying its diagrams along. */
final class Fragmented {

    private static final String DIAGRAMS = "-diagrams"; //$NON-NLS-1$

    private Fragmented() {
    }

    /**
     * @param context the command's context
     * @param file    a model file, whole or the main file of a fragmented model
     * @return its resource, with every fragment loaded
     * @throws CliException (exit 2) when it cannot be read, is not a model, or a fragment is missing
     */
    static Resource loadWhole(CliContext context, Path file) throws CliException {
        Resource resource;
        try {
            resource = ModelFiles.load(file);
        } catch (ModelLoadException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model)) {
            throw CliException.usage(Messages.bind(Messages.file_notModel, "MODEL", file)); //$NON-NLS-1$
        }
        List<String> problems = ModelFragments.problems(resource.getResourceSet());
        if (!problems.isEmpty()) {
            throw CliException.usage(problems.get(0));
        }
        return resource;
    }

    /** Copies the diagrams kept beside a model file to beside another, when there are any. */
    static void copyDiagrams(Path from, Path to) throws IOException {
        Path diagrams = from.resolveSibling(from.getFileName() + DIAGRAMS);
        Path target = to.resolveSibling(to.getFileName() + DIAGRAMS);
        if (Files.isRegularFile(diagrams) && !diagrams.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            AtomicFiles.write(target, Files.readAllBytes(diagrams));
        }
    }
}
