// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.throughline.validation.api.Finding;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.Severity;

/**
 * A validation run as a SARIF 2.1.0 log that code-scanning services accept: artifact locations
 * are encoded URIs relative to the working directory (declared in {@code originalUriBaseIds}) or
 * absolute {@code file:} URIs; files that did not load and rules that failed are tool execution
 * notifications of an unsuccessful run; each rule carries a name, why it matters, how to fix it
 * and a link to its entry in the rule catalogue; each result a fingerprint that survives renames
 * and line moves; suppressed findings carry their reason.
 */
final class SarifLog {

    /** The uriBaseId under which artifact locations are relative to where the command ran. */
    static final String BASE_ID = "WORKINGDIR"; //$NON-NLS-1$
    /** The page of the rule catalogue (docs/rules.md in the repository). */
    static final String CATALOGUE = "https://throughline.org/docs/rules.md"; //$NON-NLS-1$
    /** The fingerprint key: rule, file and element id, so a finding keeps its identity across runs. */
    static final String FINGERPRINT = "throughlineFinding/v1"; //$NON-NLS-1$
    private static final String OWN_RULES = "org.throughline.validation"; //$NON-NLS-1$
    private static final String LOAD_FAILED = "load-failed"; //$NON-NLS-1$
    private static final String RULE_FAILED = "rule-failed"; //$NON-NLS-1$

    private final Path base;

    /** @param base the directory relative to which artifact URIs are written (where the command ran) */
    SarifLog(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** A model file that could not be validated, and why. */
    record LoadFailure(Path file, String message, int line) {
    }

    Map<String, Object> log(List<ValidateCommand.Report> reports, List<LoadFailure> failures, List<String> skippedRules,
            List<RuleDescriptor> rules, String version) {
        List<Object> ruleList = new ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleDescriptor rule : rules) {
            ruleIndex.put(rule.id(), Integer.valueOf(ruleList.size()));
            ruleList.add(rule(rule));
        }
        List<Object> notifications = new ArrayList<>();
        for (LoadFailure failure : failures) {
            Map<String, Object> notification = notification(LOAD_FAILED, 0, failure.message());
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact(failure.file())); //$NON-NLS-1$
            if (failure.line() > 0) {
                physical.put("region", Map.of("startLine", Integer.valueOf(failure.line()))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            notification.put("locations", List.of(Map.of("physicalLocation", physical))); //$NON-NLS-1$ //$NON-NLS-2$
            notifications.add(notification);
        }
        for (String skipped : skippedRules) {
            notifications.add(notification(RULE_FAILED, 1, skipped));
        }
        List<Object> results = new ArrayList<>();
        for (ValidateCommand.Report report : reports) {
            for (String failed : report.result().failedRules()) {
                Map<String, Object> notification = notification(RULE_FAILED, 1, failed);
                notification.put("locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", artifact(report.file()))))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                failedRule(failed, ruleIndex).ifPresent(rule -> notification.put("associatedRule", rule)); //$NON-NLS-1$
                notifications.add(notification);
            }
            Map<String, Integer> seen = new HashMap<>();
            for (List<Finding> findings : List.of(report.result().findings(), report.result().suppressed())) {
                for (Finding finding : findings) {
                    results.add(result(finding, report, ruleIndex, seen));
                }
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Throughline"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.put("version", version); //$NON-NLS-1$
        driver.put("informationUri", "https://throughline.org"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.put("rules", ruleList); //$NON-NLS-1$
        driver.put("notifications", List.of( //$NON-NLS-1$
                descriptor(LOAD_FAILED, "LoadFailed", Messages.sarif_loadFailed, Messages.sarif_loadFailedHelp), //$NON-NLS-1$
                descriptor(RULE_FAILED, "RuleFailed", Messages.sarif_ruleFailed, Messages.sarif_ruleFailedHelp))); //$NON-NLS-1$
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", Boolean.valueOf(notifications.isEmpty())); //$NON-NLS-1$
        if (!notifications.isEmpty()) {
            invocation.put("toolExecutionNotifications", notifications); //$NON-NLS-1$
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver)); //$NON-NLS-1$ //$NON-NLS-2$
        run.put("invocations", List.of(invocation)); //$NON-NLS-1$
        run.put("originalUriBaseIds", Map.of(BASE_ID, Map.of("uri", directoryUri(base)))); //$NON-NLS-1$ //$NON-NLS-2$
        run.put("results", results); //$NON-NLS-1$
        run.put("columnKind", "unicodeCodePoints"); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json"); //$NON-NLS-1$ //$NON-NLS-2$
        root.put("version", "2.1.0"); //$NON-NLS-1$ //$NON-NLS-2$
        root.put("runs", List.of(run)); //$NON-NLS-1$
        return root;
    }

    private static Map<String, Object> rule(RuleDescriptor rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", rule.id()); //$NON-NLS-1$
        json.put("name", friendlyName(rule.id())); //$NON-NLS-1$
        json.put("shortDescription", Map.of("text", sentence(summary(rule.message())))); //$NON-NLS-1$ //$NON-NLS-2$
        json.put("fullDescription", Map.of("text", sentence(rule.description()))); //$NON-NLS-1$ //$NON-NLS-2$
        String fix = rule.help() == null || rule.help().isBlank() ? Messages.sarif_noHelp : sentence(rule.help());
        String markdown = Messages.bind(Messages.sarif_helpMarkdown, fix, sentence(rule.description()));
        if (OWN_RULES.equals(rule.contributor())) {
            String uri = CATALOGUE + '#' + anchor(rule.id());
            json.put("helpUri", uri); //$NON-NLS-1$
            markdown += Messages.bind(Messages.sarif_helpCatalogue, uri);
        }
        json.put("help", Map.of("text", fix, "markdown", markdown)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity()))); //$NON-NLS-1$ //$NON-NLS-2$
        json.put("properties", Map.of("category", rule.category(), "tags", List.of(rule.category()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return json;
    }

    private static Map<String, Object> descriptor(String id, String name, String text, String help) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id); //$NON-NLS-1$
        json.put("name", name); //$NON-NLS-1$
        json.put("shortDescription", Map.of("text", text)); //$NON-NLS-1$ //$NON-NLS-2$
        json.put("fullDescription", Map.of("text", help)); //$NON-NLS-1$ //$NON-NLS-2$
        json.put("help", Map.of("text", help)); //$NON-NLS-1$ //$NON-NLS-2$
        json.put("defaultConfiguration", Map.of("level", "error")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return json;
    }

    private static Map<String, Object> notification(String id, int index, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("descriptor", Map.of("id", id, "index", Integer.valueOf(index))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.put("level", "error"); //$NON-NLS-1$ //$NON-NLS-2$
        json.put("message", Map.of("text", sentence(message))); //$NON-NLS-1$ //$NON-NLS-2$
        return json;
    }

    /** The failed rule's reference, when the engine's sentence names one of the rules. */
    private static java.util.Optional<Map<String, Object>> failedRule(String sentence, Map<String, Integer> ruleIndex) {
        String best = null;
        for (String id : ruleIndex.keySet()) {
            if (sentence.contains(id) && (best == null || id.length() > best.length())) {
                best = id;
            }
        }
        return best == null ? java.util.Optional.empty() : java.util.Optional.of(Map.of("id", best, "index", ruleIndex.get(best))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Map<String, Object> result(Finding finding, ValidateCommand.Report report, Map<String, Integer> ruleIndex,
            Map<String, Integer> seen) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact(report.file())); //$NON-NLS-1$
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
        result.put("message", Map.of("text", sentence(finding.message()))); //$NON-NLS-1$ //$NON-NLS-2$
        result.put("locations", List.of(location)); //$NON-NLS-1$
        result.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(finding, report, seen))); //$NON-NLS-1$
        if (finding.isSuppressed()) {
            Map<String, Object> suppression = new LinkedHashMap<>();
            suppression.put("kind", "inSource"); //$NON-NLS-1$ //$NON-NLS-2$
            suppression.put("status", "accepted"); //$NON-NLS-1$ //$NON-NLS-2$
            suppression.put("justification", finding.suppressed()); //$NON-NLS-1$
            result.put("suppressions", List.of(suppression)); //$NON-NLS-1$
        }
        return result;
    }

    /**
     * The rule, the file's name and the element's id (its path when it has none): none of them
     * changes when the element is renamed or moves in the file. A rule that fires more than once
     * on one element numbers its findings in order.
     */
    private static String fingerprint(Finding finding, ValidateCommand.Report report, Map<String, Integer> seen) {
        String key = finding.rule().id() + '\u0000' + report.file().getFileName() + '\u0000'
                + (finding.elementId() == null ? finding.path() : finding.elementId());
        int occurrence = seen.merge(key, Integer.valueOf(1), Integer::sum).intValue();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            return HexFormat.of().formatHex(hash, 0, 16) + ':' + occurrence;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    /** An artifact relative to the base directory when it lies under it, else an absolute file: URI; encoded either way. */
    Map<String, Object> artifact(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Map<String, Object> json = new LinkedHashMap<>();
        if (absolute.startsWith(base) && !absolute.equals(base)) {
            json.put("uri", relativeUri(base.relativize(absolute))); //$NON-NLS-1$
            json.put("uriBaseId", BASE_ID); //$NON-NLS-1$
        } else {
            json.put("uri", absolute.toUri().toASCIIString()); //$NON-NLS-1$
        }
        return json;
    }

    private static String relativeUri(Path relative) {
        // A colon in the first segment would read as a scheme.
        StringBuilder path = new StringBuilder(relative.getName(0).toString().indexOf(':') >= 0 ? "./" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        for (Path segment : relative) {
            path.append(path.isEmpty() || path.toString().equals("./") ? "" : "/").append(segment); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        try {
            return new URI(null, null, path.toString(), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + '/'; //$NON-NLS-1$
    }

    /** {@code chain.weak-link-action} becomes {@code ChainWeakLinkAction}, the one-word friendly name SARIF asks for. */
    static String friendlyName(String id) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return name.toString();
    }

    /** The anchor of a rule's heading in docs/rules.md, made as GitHub makes heading anchors. */
    static String anchor(String id) {
        StringBuilder anchor = new StringBuilder();
        for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.append(c);
            } else if (c == ' ') {
                anchor.append('-');
            }
        }
        return anchor.toString();
    }

    /** A message template as a summary: its placeholders become an ellipsis, doubled quotes single. */
    static String summary(String message) {
        return message.replaceAll("\\{\\d+\\}", "\u2026").replace("''", "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** SARIF's messages are sentences: ending with a full stop. */
    static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 ? trimmed : trimmed + '.'; //$NON-NLS-1$
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error"; //$NON-NLS-1$
            case WARNING -> "warning"; //$NON-NLS-1$
            default -> "note"; //$NON-NLS-1$
        };
    }
}
