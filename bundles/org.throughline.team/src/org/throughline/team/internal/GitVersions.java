// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.nio.file.Path;

import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ModelVersions;
import org.throughline.model.Model;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.TeamException;

/**
 * {@code REVISION:FILE} for a model in a Git repository: the file as it was in that commit, tag
 * or branch, a fragmented model with its fragments of the same commit ({@link ModelRepository#load}).
 */
public final class GitVersions implements ModelVersions {

    @Override
    public Model load(Path file, String revision) throws CliException {
        ModelRepository repository;
        try {
            repository = ModelRepository.open(file.getParent());
        } catch (TeamException e) {
            return null;
        }
        try (repository) {
            return (Model) repository.load(repository.path(file), revision).getContents().get(0);
        } catch (TeamException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
