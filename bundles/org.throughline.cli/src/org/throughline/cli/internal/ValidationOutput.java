// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
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

    void json(List<ValidateCommand.Report> reports) {
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
        out.print(Json.write(root));
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

    void sarif(List<ValidateCommand.Report> reports, List<RuleDescriptor> rules) {
        List<Object> ruleList = new ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleDescriptor rule : rules) {
            ruleIndex.put(rule.id(), Integer.valueOf(ruleList.size()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", rule.id()); //$NON-NLS-1$
            json.put("shortDescription", Map.of("text", rule.description())); //$NON-NLS-1$ //$NON-NLS-2$
            json.put("fullDescription", Map.of("text", rule.description())); //$NON-NLS-1$ //$NON-NLS-2$
            json.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity()))); //$NON-NLS-1$ //$NON-NLS-2$
            json.put("properties", Map.of("category", rule.category())); //$NON-NLS-1$ //$NON-NLS-2$
            ruleList.add(json);
        }
        List<Object> results = new ArrayList<>();
        for (ValidateCommand.Report report : reports) {
            for (List<Finding> findings : List.of(report.result().findings(), report.result().suppressed())) {
                for (Finding finding : findings) {
                    results.add(result(finding, report, ruleIndex));
                }
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Throughline"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.put("version", version()); //$NON-NLS-1$
        driver.put("informationUri", "https://throughline.org"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.put("rules", ruleList); //$NON-NLS-1$
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver)); //$NON-NLS-1$ //$NON-NLS-2$
        run.put("results", results); //$NON-NLS-1$
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json"); //$NON-NLS-1$ //$NON-NLS-2$
        root.put("version", "2.1.0"); //$NON-NLS-1$ //$NON-NLS-2$
        root.put("runs", List.of(run)); //$NON-NLS-1$
        out.print(Json.write(root));
    }

    private static Map<String, Object> result(Finding finding, ValidateCommand.Report report, Map<String, Integer> ruleIndex) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", report.name().replace('\\', '/'))); //$NON-NLS-1$ //$NON-NLS-2$
        Integer line = finding.elementId() == null ? null : report.lines().get(finding.elementId());
        if (line != null) {
            physical.put("region", Map.of("startLine", line)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Map<String, Object> logical = new LinkedHashMap<>();
        logical.put("name", finding.elementId() == null ? finding.path() : finding.elementId()); //$NON-NLS-1$
        logical.put("fullyQualifiedName", finding.path()); //$NON-NLS-1$
        logical.put("kind", "object"); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical); //$NON-NLS-1$
        location.put("logicalLocations", List.of(logical)); //$NON-NLS-1$
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", finding.rule().id()); //$NON-NLS-1$
        Integer index = ruleIndex.get(finding.rule().id());
        if (index != null) {
            result.put("ruleIndex", index); //$NON-NLS-1$
        }
        result.put("level", level(finding.severity())); //$NON-NLS-1$
        result.put("message", Map.of("text", finding.message())); //$NON-NLS-1$ //$NON-NLS-2$
        result.put("locations", List.of(location)); //$NON-NLS-1$
        if (finding.isSuppressed()) {
            result.put("suppressions", List.of(Map.of("kind", "inSource", "justification", finding.suppressed()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return result;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error"; //$NON-NLS-1$
            case WARNING -> "warning"; //$NON-NLS-1$
            default -> "note"; //$NON-NLS-1$
        };
    }

    void catalogue(List<RuleDescriptor> rules, String format) {
        if ("json".equals(format)) { //$NON-NLS-1$
            List<Object> list = new ArrayList<>();
            for (RuleDescriptor rule : rules) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", rule.id()); //$NON-NLS-1$
                json.put("category", rule.category()); //$NON-NLS-1$
                json.put("severity", rule.defaultSeverity().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
                json.put("appliesTo", rule.appliesTo()); //$NON-NLS-1$
                json.put("why", rule.description()); //$NON-NLS-1$
                json.put("contributor", rule.contributor()); //$NON-NLS-1$
                list.add(json);
            }
            out.print(Json.write(list));
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
