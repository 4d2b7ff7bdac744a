// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.Severity;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;

/**
 * {@code throughline validate FILE... [--format text|json|sarif] [--fail-on error|warning|info]}
 * and {@code throughline validate --list-rules}. Exit code 0 when no finding reaches the
 * {@code --fail-on} severity (error by default), 1 when one does, 2 for bad usage or a file that
 * cannot be read, 3 when a rule failed (threw, passed its time limit, could not be created) or was
 * skipped as malformed: the findings of the others are still written.
 */
public final class ValidateCommand implements CliCommand {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\""); //$NON-NLS-1$

    /** One validated file. */
    record Report(String name, Path file, ValidationResult result, Map<String, Integer> lines) {
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("validate").choice("--format", "text", "json", "sarif", "markdown") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                .choice("--fail-on", "error", "warning", "info").flag("--list-rules").value(AsAtOption.NAME).parse(arguments); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        String format = given.value("--format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
        Severity failOn = Severity.valueOf(given.value("--fail-on", "error").toUpperCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
        boolean listRules = given.has("--list-rules"); //$NON-NLS-1$
        LocalDate asAt = AsAtOption.parse(given.value(AsAtOption.NAME));
        List<String> files = given.operands();
        Validator validator = Validator.standard();
        validator.problems().forEach(p -> context.err().println(Messages.bind(Messages.dispatcher_prefix, p)));
        if (listRules) {
            new ValidationOutput(context.out()).catalogue(validator.rules(), format);
            return ExitCode.OK;
        }
        if (files.isEmpty()) {
            throw CliException.usage(Messages.validate_noFiles);
        }
        if ("markdown".equals(format)) { //$NON-NLS-1$
            throw CliException.usage(Messages.validate_markdownOnlyCatalogue);
        }
        List<Report> reports = new ArrayList<>();
        List<SarifLog.LoadFailure> failures = new ArrayList<>();
        for (String name : files) {
            Path file = context.resolve(name);
            try {
                Model model = AsAtOption.apply(ModelFiles.loadModel(file), asAt);
                reports.add(new Report(name, file, validator.validate(model), idLines(file)));
            } catch (ModelLoadException e) {
                failures.add(new SarifLog.LoadFailure(file, e.getMessage(), e.line()));
            }
        }
        // Said on standard error and, in SARIF, as notifications of an unsuccessful run.
        for (SarifLog.LoadFailure failure : failures) {
            context.err().println(Messages.bind(Messages.dispatcher_prefix, failure.message()));
        }
        ValidationOutput output = new ValidationOutput(context.out());
        switch (format) {
            case "json" -> output.json(reports, validator.problems()); //$NON-NLS-1$
            case "sarif" -> output.sarif(reports, failures, validator.problems(), validator.rules(), context.workingDirectory()); //$NON-NLS-1$
            default -> output.text(reports);
        }
        for (Report report : reports) {
            report.result().failedRules().forEach(f -> context.err().println(Messages.bind(Messages.dispatcher_prefix, f)));
        }
        if (!failures.isEmpty()) {
            return ExitCode.USAGE;
        }
        if (!validator.problems().isEmpty() || reports.stream().anyMatch(r -> !r.result().failedRules().isEmpty())) {
            // The findings are incomplete: a rule failed or was skipped, whatever the others found.
            return ExitCode.INTERNAL;
        }
        final Severity threshold = failOn;
        return reports.stream().anyMatch(r -> r.result().hasAtLeast(threshold)) ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    /** The line on which each id is declared, so that SARIF and text output can point into the file. */
    private static Map<String, Integer> idLines(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try {
            List<String> text = Files.readAllLines(file);
            for (int i = 0; i < text.size(); i++) {
                Matcher matcher = ID.matcher(text.get(i));
                if (matcher.find()) {
                    lines.putIfAbsent(matcher.group(1), Integer.valueOf(i + 1));
                }
            }
        } catch (IOException e) {
            // Without line numbers the findings still name the element's path and id.
        }
        return lines;
    }

    @Override
    public String usage() {
        return Messages.validate_usage;
    }

    static Map<String, Long> counts(ValidationResult result) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            counts.put(severity.name().toLowerCase(Locale.ROOT), Long.valueOf(result.count(severity)));
        }
        return counts;
    }

    static String elementLine(Finding finding, Report report) {
        Integer line = finding.elementId() == null ? null : report.lines().get(finding.elementId());
        return line == null ? report.name() : report.name() + ":" + line; //$NON-NLS-1$
    }
}
