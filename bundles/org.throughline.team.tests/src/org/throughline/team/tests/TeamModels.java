// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.team.api.ModelIndex;
import org.throughline.testing.Examples;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.Severity;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;

/** Versions of example models edited as modellers would, and commands run as a user would. */
final class TeamModels {

    private TeamModels() {
    }

    /** A file of the benefit claims example, copied to a folder. */
    static Path benefitClaims(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.copy(Examples.file("benefit-claims.throughline"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
        return file;
    }

    static Resource load(Path file) throws IOException {
        return ModelFiles.load(file);
    }

    static Model model(Resource resource) {
        return (Model) resource.getContents().get(0);
    }

    @SuppressWarnings("unchecked")
    static <T extends EObject> T element(Resource resource, String id) {
        EObject element = ModelIndex.of(resource).get(id);
        if (element == null) {
            throw new AssertionError("no element " + id); //$NON-NLS-1$
        }
        return (T) element;
    }

    static boolean has(Resource resource, String id) {
        return ModelIndex.of(resource).contains(id);
    }

    /** The error findings of a model as rule and element, to compare versions. */
    static Set<String> errors(Resource resource) {
        ValidationResult result = Validator.standard().validate(model(resource));
        if (!result.failedRules().isEmpty()) {
            throw new AssertionError("rules failed: " + result.failedRules()); //$NON-NLS-1$
        }
        Set<String> errors = new HashSet<>();
        for (Finding finding : result.findings()) {
            if (finding.severity() == Severity.ERROR) {
                errors.add(finding.rule().id() + '@' + finding.elementId());
            }
        }
        return errors;
    }

    /** What a command printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(CliCommand command, Path folder, String... arguments) throws CliException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = command.run(new CliContext(o, e, folder, false), List.of(arguments));
        }
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
