// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.throughline.cli.api.CliException;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;

/**
 * {@code --as-at DATE}, which every command that reads a model takes: the model is read as it was
 * known on that date (or on its own as-at date without the option), through {@link AsAt}, the one
 * definition of "known then" that validation, analyses and reports share.
 */
final class AsAtOption {

    /** The option's name. */
    static final String NAME = "--as-at"; //$NON-NLS-1$

    private AsAtOption() {
    }

    /**
     * @param arguments the command's arguments
     * @param index     where the option's value should be
     * @return the date
     * @throws CliException when the value is missing or not a date
     */
    static LocalDate parse(List<String> arguments, int index) throws CliException {
        String value = index < arguments.size() ? arguments.get(index) : ""; //$NON-NLS-1$
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw CliException.usage(Messages.bind(Messages.asAt_bad, value));
        }
    }

    /**
     * Leaves in the model only what was known on the date: it is read, never saved, afterwards.
     *
     * @param model a model just loaded
     * @param asAt  the date the user gave, or {@code null} for the model's own as-at date
     * @return the model
     */
    static Model apply(Model model, LocalDate asAt) {
        AsAt.restrict(model, asAt != null ? asAt : AsAt.of(model));
        return model;
    }
}
