// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.throughline.cli.internal.VersionReaders;
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

    /** @return whether {@code C:\\…} names a Windows drive rather than a revision */
    private static boolean isDrive(String userPath, int colon) {
        return colon == 1 && userPath.length() > 2 && (userPath.charAt(2) == '\\' || userPath.charAt(2) == '/');
    }

    /**
     * Whether what the user typed names a model as it was in a revision ({@code REVISION:FILE}, in
     * Git's notation) rather than a file: no file has that name, and a colon parts a revision from
     * a path ({@code C:\\…} is a Windows drive, not a revision). Every command that reads a model
     * decides it here.
     *
     * @param userPath a path as typed
     * @return whether {@link #loadModel(String)} reads it from a repository's history
     */
    public boolean isRevision(String userPath) {
        int colon = userPath.indexOf(':');
        return colon > 0 && colon < userPath.length() - 1 && !isDrive(userPath, colon) && !Files.exists(resolve(userPath));
    }

    /**
     * Loads the model file the user named: the one way commands load a model, with the same
     * one-sentence errors ({@link ModelFiles#loadModel(Path)}). {@code REVISION:FILE}, when no file
     * has that name, is the model as it was in that revision of its repository (Git's notation),
     * read by a {@link ModelVersions} reader.
     *
     * @param userPath a path as typed, absolute or relative, or {@code REVISION:FILE}
     * @return the model; its file is {@code model.eResource()}
     * @throws CliException with exit code {@link ExitCode#USAGE} when the file is missing,
     *                      unreadable, damaged or holds no model, or the revision cannot be read
     */
    public Model loadModel(String userPath) throws CliException {
        Path file = resolve(userPath);
        if (isRevision(userPath)) {
            int colon = userPath.indexOf(':');
            return VersionReaders.load(userPath, resolve(userPath.substring(colon + 1)), userPath.substring(0, colon));
        }
        try {
            return ModelFiles.loadModel(file);
        } catch (ModelLoadException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
    }
}
