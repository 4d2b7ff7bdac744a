// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

import java.io.PrintStream;
import java.nio.file.Path;

import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

/**
 * What a {@link CliCommand} needs from the process it runs in.
 *
 * @param out              where results go (standard output)
 * @param err              where one-line errors and warnings go (standard error)
 * @param workingDirectory where the user ran the command; relative paths resolve against it
 * @param debug            {@code true} when the user asked for {@code --debug}: commands may
 *                         then print stack traces and extra detail on {@link #err()}
 */
public record CliContext(PrintStream out, PrintStream err, Path workingDirectory, boolean debug) {

    /**
     * Resolves a path the user typed against the working directory.
     *
     * @param userPath a path as typed, absolute or relative
     * @return the absolute, normalised path
     */
    public Path resolve(String userPath) {
        return workingDirectory.resolve(userPath).toAbsolutePath().normalize();
    }

    /**
     * Loads the model file the user named: the one way commands load a model, with the same
     * one-sentence errors ({@link ModelFiles#loadModel(Path)}).
     *
     * @param userPath a path as typed, absolute or relative
     * @return the model; its file is {@code model.eResource()}
     * @throws CliException with exit code {@link ExitCode#USAGE} when the file is missing,
     *                      unreadable, damaged or holds no model
     */
    public Model loadModel(String userPath) throws CliException {
        try {
            return ModelFiles.loadModel(resolve(userPath));
        } catch (ModelLoadException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
    }
}
