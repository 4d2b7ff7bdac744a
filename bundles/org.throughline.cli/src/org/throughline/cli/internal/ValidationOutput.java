// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
import org.throughline.cli.api.JsonText;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.Severity;

/** Prints validation results as text for people, JSON for scripts, and SARIF 2.1.0 for code-hosting and CI systems. */
final class ValidationOutput {

    private final PrintStream out;

    ValidationOutput(PrintStream out) {
        this.out = out;
    }

    void text(List<ValidateCommand.Report> reports) {
        for (ValidateCommand.Report report : reports) {
            for (Finding finding : report.result().findings()) {
                out.printf("%s: %s [%s] %s%n", ValidateCommand.elementLine(finding, report), //$NON-NLS-1$
                        finding.severity().name().toLowerCase(Locale.ROOT), finding.rule().id(), finding.message());
                out.printf("    at %s%s%n", finding.path(), finding.elementId() == null ? "" : " (id " + finding.elementId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            for (Finding finding : report.result().suppressed()) {
                out.printf("%s: suppressed [%s] %s%n    reason: %s%n", ValidateCommand.elementLine(finding, report), //$NON-NLS-1$
                        finding.rule().id(), finding.message(), finding.suppressed());
            }
            out.println(java.text.MessageFormat.format(Messages.validate_summary, new Object[] { report.name(),
                    Long.valueOf(report.result().count(Severity.ERROR)), Long.valueOf(report.result().count(Severity.WARNING)),
                    Long.valueOf(report.result().count(Severity.INFO)), Integer.valueOf(report.result().suppressed().size()) }));
        }
    }

    void json(List<ValidateCommand.Report> reports, List<String> skippedRules) {
        List<Object> files = new ArrayList<>();
        for (ValidateCommand.Report report : reports) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", report.name()); //$NON-NLS-1$
            file.put("counts", ValidateCommand.counts(report.result())); //$NON-NLS-1$
            file.put("findings", report.result().findings().stream().map(f -> finding(f, report)).toList()); //$NON-NLS-1$
            file.put("suppressed", report.result().suppressed().stream().map(f -> finding(f, report)).toList()); //$NON-NLS-1$
            file.put("failedRules", report.result().failedRules()); //$NON-NLS-1$
            files.add(file);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "Throughline " + version()); //$NON-NLS-1$ //$NON-NLS-2$
        root.put("files", files); //$NON-NLS-1$
        root.put("skippedRules", skippedRules); //$NON-NLS-1$
        out.print(JsonText.write(root));
    }

    private static Map<String, Object> finding(Finding finding, ValidateCommand.Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", finding.rule().id()); //$NON-NLS-1$
        json.put("category", finding.rule().category()); //$NON-NLS-1$
        json.put("severity", finding.severity().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        json.put("message", finding.message()); //$NON-NLS-1$
        json.put("elementId", finding.elementId()); //$NON-NLS-1$
        json.put("elementType", finding.element().eClass().getName()); //$NON-NLS-1$
        json.put("path", finding.path()); //$NON-NLS-1$
        Integer line = finding.elementId() == null ? null : report.lines().get(finding.elementId());
        json.put("line", line); //$NON-NLS-1$
        if (finding.isSuppressed()) {
            json.put("reason", finding.suppressed()); //$NON-NLS-1$
        }
        return json;
    }

    void sarif(List<ValidateCommand.Report> reports, List<SarifLog.LoadFailure> failures, List<String> skippedRules,
            List<RuleDescriptor> rules, java.nio.file.Path workingDirectory) {
        out.print(JsonText.write(new SarifLog(workingDirectory).log(reports, failures, skippedRules, rules, version())));
    }

    void catalogue(List<RuleDescriptor> rules, String format) {
        if ("markdown".equals(format)) { //$NON-NLS-1$
            out.print(RuleCatalogue.markdown(rules));
            return;
        }
        if ("json".equals(format)) { //$NON-NLS-1$
            List<Object> list = new ArrayList<>();
            for (RuleDescriptor rule : rules) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", rule.id()); //$NON-NLS-1$
                json.put("category", rule.category()); //$NON-NLS-1$
                json.put("severity", rule.defaultSeverity().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
                json.put("appliesTo", rule.appliesTo()); //$NON-NLS-1$
                json.put("why", rule.description()); //$NON-NLS-1$
                json.put("fix", rule.help()); //$NON-NLS-1$
                json.put("contributor", rule.contributor()); //$NON-NLS-1$
                list.add(json);
            }
            out.print(JsonText.write(list));
            return;
        }
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        out.printf("%-" + width + "s  %-15s %-8s %s%n", "ID", "CATEGORY", "SEVERITY", "WHY IT MATTERS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (RuleDescriptor rule : rules) {
            out.printf("%-" + width + "s  %-15s %-8s %s%n", rule.id(), rule.category(), //$NON-NLS-1$ //$NON-NLS-2$
                    rule.defaultSeverity().name().toLowerCase(Locale.ROOT), rule.description());
        }
        out.println(Messages.bind(Messages.validate_ruleCount, Integer.valueOf(rules.size())));
    }

    private static String version() {
        var bundle = FrameworkUtil.getBundle(ValidationOutput.class);
        return bundle == null ? "development" : bundle.getVersion().toString(); //$NON-NLS-1$
    }
}
