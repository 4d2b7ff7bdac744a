// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.ModelVersions;
import org.throughline.model.Model;
import org.throughline.model.internal.extensions.Contributions;

/**
 * The readers of earlier versions of models, contributed on {@code org.throughline.cli.versions},
 * asked in turn for {@code REVISION:FILE}.
 */
public final class VersionReaders {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.throughline.cli.versions"; //$NON-NLS-1$

    private VersionReaders() {
    }

    /**
     * @param typed    the operand as typed, for the error sentence
     * @param file     the model file in the working folder
     * @param revision the revision
     * @return the model as it was in the revision
     * @throws CliException (exit code 2) when no reader keeps the file's versions, or the one
     *                      that does cannot read it
     */
    public static Model load(String typed, Path file, String revision) throws CliException {
        List<String> problems = new ArrayList<>();
        List<ModelVersions> readers = Contributions.read(EXTENSION_POINT, "reader", VersionReaders::create, //$NON-NLS-1$
                reader -> reader.getClass().getName(), (id, contributor) -> id, (contributor, reason) -> reason, problems);
        for (ModelVersions reader : readers) {
            Model model;
            try {
                model = reader.load(file, revision);
            } catch (RuntimeException e) {
                throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.versions_failed, reader.getClass().getName(), typed), e);
            }
            if (model != null) {
                return model;
            }
        }
        throw CliException.usage(Messages.bind(Messages.versions_none, new Object[] { typed, revision, file }));
    }

    private static ModelVersions create(IConfigurationElement element, String contributor) {
        String cannotCreate = Messages.bind(Messages.versions_cannotCreate, contributor);
        try {
            return Contributions.create(element, ModelVersions.class, type -> cannotCreate, reason -> cannotCreate);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(cannotCreate, e);
        }
    }
}
