// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.team.api.ModelDiff;
import org.throughline.team.api.ModelIndex;

/**
 * {@code throughline outline FILE [--or-text] [--as-at DATE]}: a model as text (with
 * {@code --as-at}, as known on that date), one block per element, so that Git's diff
 * (with this command as textconv) shows changes by element with names instead of ids.
 */
public final class OutlineCommand implements CliCommand {

    /** Prints a file that is not a readable model as it is, instead of failing. */
    static final String OR_TEXT = "--or-text"; //$NON-NLS-1$

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("outline").flag(OR_TEXT).value(AsAtOption.NAME).parse(arguments); //$NON-NLS-1$
        List<String> files = given.operands();
        boolean orText = given.has(OR_TEXT);
        LocalDate asAt = AsAtOption.parse(given.value(AsAtOption.NAME));
        if (files.size() != 1) {
            throw CliException.usage(Messages.outline_arguments);
        }
        ModelIndex index;
        try {
            index = ModelIndex.of(TeamFiles.asAt(TeamFiles.load(context, "FILE", files.get(0), false), asAt)); //$NON-NLS-1$
        } catch (CliException e) {
            if (!orText) {
                throw e;
            }
            // Git's diff stops altogether when a textconv fails: show such a version as it is.
            context.err().println(Messages.bind(Messages.outline_asText, e.getMessage()));
            try {
                context.out().write(java.nio.file.Files.readAllBytes(context.resolve(files.get(0))));
            } catch (java.io.IOException unreadable) {
                throw e;
            }
            context.out().flush();
            return ExitCode.OK;
        }
        PrintStream out = context.out();
        for (String id : index.ids()) {
            EObject element = index.get(id);
            EObject parent = ModelIndex.parent(element);
            out.println(ModelIndex.label(element) + " (" + id + ")" //$NON-NLS-1$ //$NON-NLS-2$
                    + (parent == null ? "" : Messages.bind(Messages.outline_in, ModelIndex.label(parent)))); //$NON-NLS-1$
            for (EStructuralFeature feature : ModelIndex.comparedFeatures(element.eClass())) {
                Object value = ModelIndex.value(element, feature);
                if (value != null && !"name".equals(feature.getName())) { //$NON-NLS-1$
                    out.println("    " + feature.getName() + ": " + ModelDiff.show(value, feature, index)); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return Messages.outline_usage;
    }
}
