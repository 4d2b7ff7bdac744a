// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

import java.nio.file.Path;

import org.throughline.model.Model;

/**
 * Reads a model as it was in an earlier version kept by a version-control system, so that every
 * command that reads a model also takes {@code REVISION:FILE}, in Git's notation (for example
 * {@code ./throughline compare stocktake-2024-10:model.throughline model.throughline}).
 * Contributed on the extension point {@code org.throughline.cli.versions}; Throughline's own
 * reader knows Git repositories.
 *
 * @since 0.3
 */
public interface ModelVersions {

    /**
     * @param file     the model file's path in the working folder (it need not exist there now)
     * @param revision the revision as the user typed it: a commit id, a tag, a branch, {@code HEAD~1}…
     * @return the model as it was in that revision, a fragmented model with its fragments of the
     *         same revision; {@code null} when this reader does not keep the file's versions (the
     *         file is in no repository it knows)
     * @throws CliException (exit code 2) when the revision is unknown or the file was not a model
     *                      there, in one sentence
     */
    Model load(Path file, String revision) throws CliException;
}
