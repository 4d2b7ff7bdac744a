// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.throughline.cli.internal.Messages;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;

/**
 * {@code --as-at DATE}, which every command that reads a model takes, with one meaning: the model
 * is read as it was known on that date, through {@link AsAt}, the one definition of "known then"
 * that validation, analyses and reports share. A command contributed by a plugin that reads a
 * model takes the option through this class, so that it is spelled, checked and applied alike.
 *
 * @since 0.2
 */
public final class AsAtOption {

    /** The option's name. */
    public static final String NAME = "--as-at"; //$NON-NLS-1$

    private AsAtOption() {
    }

    /**
     * @param value the option's value as given, or {@code null} when it was not given
     * @return the date, or {@code null} when not given
     * @throws CliException when the value is not a date
     */
    public static LocalDate parse(String value) throws CliException {
        if (value == null) {
            return null;
        }
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
    public static Model apply(Model model, LocalDate asAt) {
        AsAt.restrict(model, asAt != null ? asAt : AsAt.of(model));
        return model;
    }
}
