// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.ValidateCommand;
import org.throughline.model.Model;
import org.throughline.model.Suppression;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.ValidationSettings;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.Validator;

/**
 * {@code throughline validate --format sarif} as code-scanning services read it: encoded URIs,
 * files that did not load, rule metadata with help and a catalogue page, stable fingerprints,
 * suppressions with their reasons; and the rule catalogue page that the rules' help links point to.
 */
class ValidateCommandTest {

    /** A folder with an accent and a space, a file with a space and a right-to-left name. */
    private static final String FOLDER = "plans \u00e9t\u00e9";
    private static final String FILE = "urgent care \u05e9\u05d9\u05e8\u05d5\u05ea.throughline";
    /** The same, percent-encoded in UTF-8 by hand: é = C3 A9, ש = D7 A9, י = D7 99, ר = D7 A8, ו = D7 95, ת = D7 AA. */
    private static final String ENCODED = "plans%20%C3%A9t%C3%A9/urgent%20care%20%D7%A9%D7%99%D7%A8%D7%95%D7%AA.throughline";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path workingDirectory, String... arguments) throws Exception {
        out.reset();
        err.reset();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new ValidateCommand().run(new CliContext(o, e, workingDirectory, false), List.of(arguments));
        }
    }

    private Map<String, Object> sarifRun() {
        Map<String, Object> log = JsonReader.object(JsonReader.parse(out.toString(StandardCharsets.UTF_8)));
        assertEquals("2.1.0", log.get("version"));
        return JsonReader.object(JsonReader.array(log.get("runs")).get(0));
    }

    private Path strangeCopy() throws Exception {
        Path folder = Files.createDirectories(temp.resolve(FOLDER));
        return Files.copy(Examples.file("emergency-care.throughline"), folder.resolve(FILE));
    }

    private static List<Map<String, Object>> results(Map<String, Object> run) {
        return JsonReader.array(run.get("results")).stream().map(JsonReader::object).toList();
    }

    private static Map<String, Object> artifact(Map<String, Object> located) {
        Map<String, Object> location = JsonReader.object(JsonReader.array(located.get("locations")).get(0));
        return JsonReader.object(JsonReader.object(location.get("physicalLocation")).get("artifactLocation"));
    }

    @Test
    void locationsAreEncodedUrisRelativeToWhereTheCommandRan() throws Exception {
        Path model = strangeCopy();
        // The example's findings are warnings (its one error was a false alarm): fail on warnings to see them as problems.
        assertEquals(ExitCode.PROBLEMS, run(temp, "--format", "sarif", "--fail-on", "warning", FOLDER + "/" + FILE));
        // The command line writes UTF-8 whatever the locale: the log decodes strictly, its URIs stay ASCII.
        String log = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        assertTrue(log.contains("\"" + ENCODED + "\""), "the file's URI is percent-encoded: " + log);
        Map<String, Object> run = sarifRun();
        Map<String, Object> base = JsonReader.object(JsonReader.object(run.get("originalUriBaseIds")).get("WORKINGDIR"));
        String baseUri = (String) base.get("uri");
        assertTrue(baseUri.startsWith("file:///") && baseUri.endsWith("/"), baseUri);
        assertEquals(temp.toRealPath(), Path.of(URI.create(baseUri)).toRealPath());
        List<Map<String, Object>> results = results(run);
        assertFalse(results.isEmpty(), "the example's deliberate problems are found");
        for (Map<String, Object> result : results) {
            Map<String, Object> artifact = artifact(result);
            assertEquals(ENCODED, artifact.get("uri"));
            assertEquals("WORKINGDIR", artifact.get("uriBaseId"));
            assertEquals(model.toRealPath(), Path.of(URI.create(baseUri).resolve((String) artifact.get("uri"))).toRealPath(),
                    "the base and the relative URI lead back to the file");
        }
        assertEquals(Boolean.TRUE, JsonReader.object(JsonReader.array(run.get("invocations")).get(0)).get("executionSuccessful"));
    }

    @Test
    void aFileOutsideTheWorkingDirectoryIsAnAbsoluteFileUri() throws Exception {
        Path model = strangeCopy();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        assertEquals(ExitCode.PROBLEMS, run(elsewhere, "--format", "sarif", "--fail-on", "warning", model.toString()));
        for (Map<String, Object> result : results(sarifRun())) {
            Map<String, Object> artifact = artifact(result);
            String uri = (String) artifact.get("uri");
            assertTrue(uri.startsWith("file:///") && uri.endsWith(ENCODED), uri);
            assertFalse(artifact.containsKey("uriBaseId"));
            assertEquals(model, Path.of(URI.create(uri)));
        }
    }

    @Test
    void aFileThatDoesNotLoadIsANotificationOfAnUnsuccessfulRun() throws Exception {
        strangeCopy();
        Files.writeString(temp.resolve("damaged.throughline"), "<?xml version=\"1.0\"?><throughline:Model", StandardCharsets.UTF_8);
        assertEquals(ExitCode.USAGE, run(temp, "--format", "sarif", "damaged.throughline", FOLDER + "/" + FILE));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("damaged.throughline"), err.toString(StandardCharsets.UTF_8));
        Map<String, Object> run = sarifRun();
        Map<String, Object> invocation = JsonReader.object(JsonReader.array(run.get("invocations")).get(0));
        assertEquals(Boolean.FALSE, invocation.get("executionSuccessful"));
        List<Object> notifications = JsonReader.array(invocation.get("toolExecutionNotifications"));
        assertEquals(1, notifications.size());
        Map<String, Object> notification = JsonReader.object(notifications.get(0));
        assertEquals("error", notification.get("level"));
        assertEquals("load-failed", JsonReader.object(notification.get("descriptor")).get("id"));
        assertTrue(((String) JsonReader.object(notification.get("message")).get("text")).contains("damaged.throughline"));
        assertEquals("damaged.throughline", artifact(notification).get("uri"));
        assertFalse(results(run).isEmpty(), "the file that loaded is still validated");
    }

    @Test
    void everyRuleSaysWhatItIsWhyItMattersAndHowToFixIt() throws Exception {
        strangeCopy();
        run(temp, "--format", "sarif", FOLDER + "/" + FILE);
        Map<String, Object> driver = JsonReader.object(JsonReader.object(sarifRun().get("tool")).get("driver"));
        List<Object> rules = JsonReader.array(driver.get("rules"));
        String catalogue = Files.readString(docs().resolve("rules.md"), StandardCharsets.UTF_8);
        int own = 0;
        for (Object each : rules) {
            Map<String, Object> rule = JsonReader.object(each);
            String id = (String) rule.get("id");
            String name = (String) rule.get("name");
            assertTrue(name.matches("[A-Z][A-Za-z0-9]+"), "a one-word friendly name: " + name);
            String shortText = (String) JsonReader.object(rule.get("shortDescription")).get("text");
            String fullText = (String) JsonReader.object(rule.get("fullDescription")).get("text");
            assertNotEquals(shortText, fullText, id);
            Map<String, Object> help = JsonReader.object(rule.get("help"));
            assertTrue(((String) help.get("markdown")).contains((String) help.get("text")), id);
            String uri = (String) rule.get("helpUri");
            if (uri == null) {
                continue; // a third party's rule: not in our catalogue
            }
            own++;
            assertTrue(((String) help.get("text")).length() > 20, "how to fix " + id);
            String anchor = uri.substring(uri.indexOf('#') + 1);
            assertTrue(uri.startsWith("https://") && catalogue.contains("\n### " + id + "\n"), "a heading for " + id);
            assertEquals(id.toLowerCase(java.util.Locale.ROOT).replace(".", ""), anchor, "GitHub's anchor of the heading " + id);
        }
        assertEquals(45, own, "every built-in rule links to its catalogue entry");
    }

    @Test
    void theCatalogueInTheDocsMatchesTheRules() throws Exception {
        assertEquals(ExitCode.OK, run(temp, "--list-rules", "--format", "markdown"));
        String generated = out.toString(StandardCharsets.UTF_8);
        List<RuleDescriptor> own = Validator.standard().rules().stream().filter(r -> "org.throughline.validation".equals(r.contributor()))
                .toList();
        assertEquals(Validator.standard().rules().size(), own.size(), "only the built-in rules are registered in this test run");
        for (RuleDescriptor rule : own) {
            assertTrue(generated.contains("\n### " + rule.id() + "\n"), rule.id());
            assertTrue(generated.contains(rule.help()), "how to fix " + rule.id());
        }
        assertEquals(generated, Files.readString(docs().resolve("rules.md"), StandardCharsets.UTF_8),
                "docs/rules.md is out of date: regenerate it with ./throughline validate --list-rules --format markdown > docs/rules.md");
    }

    @Test
    void aFindingKeepsItsFingerprintWhenItsLineMovesAndTellsRepeatsApart() throws Exception {
        Path model = strangeCopy();
        run(temp, "--format", "sarif", FOLDER + "/" + FILE);
        Map<String, String> before = fingerprints(results(sarifRun()));
        assertEquals(results(sarifRun()).size(), before.size(), "every finding has its own fingerprint");
        // The same model with five lines more at the top: every finding moves down, none changes.
        List<String> lines = new ArrayList<>(Files.readAllLines(model, StandardCharsets.UTF_8));
        lines.addAll(1, List.of("", "", "", "", ""));
        Path moved = Files.createDirectories(temp.resolve("moved")).resolve(FILE);
        Files.write(moved, lines, StandardCharsets.UTF_8);
        run(temp, "--format", "sarif", "moved/" + FILE);
        Map<String, String> after = fingerprints(results(sarifRun()));
        assertEquals(before.keySet(), after.keySet());
        assertNotEquals(before, after, "the lines did move");
    }

    /** Fingerprint to the finding's start line. */
    private static Map<String, String> fingerprints(List<Map<String, Object>> results) {
        Map<String, String> lines = new HashMap<>();
        for (Map<String, Object> result : results) {
            String print = (String) JsonReader.object(result.get("partialFingerprints")).get("throughlineFinding/v1");
            Map<String, Object> location = JsonReader.object(JsonReader.array(result.get("locations")).get(0));
            Object region = JsonReader.object(location.get("physicalLocation")).get("region");
            lines.put(print, region == null ? "-" : String.valueOf(JsonReader.object(region).get("startLine")));
        }
        return lines;
    }

    @Test
    void aSuppressedFindingIsASarifSuppressionWithItsReason() throws Exception {
        Path model = strangeCopy();
        Resource resource = ModelFiles.load(model);
        Model root = (Model) resource.getContents().get(0);
        Finding weak = Validator.standard().validate(root).findings().stream().filter(f -> f.rule().id().equals("chain.weak-link-action"))
                .findFirst().orElseThrow();
        EObject element = weak.element();
        ValidationSettings settings = root.getValidationSettings() == null ? ThroughlineFactory.eINSTANCE.createValidationSettings()
                : root.getValidationSettings();
        Suppression suppression = ThroughlineFactory.eINSTANCE.createSuppression();
        suppression.setRuleId("chain.weak-link-action");
        suppression.setElement((org.throughline.model.Element) element);
        suppression.setReason("Agreed at the March stocktake: the new contract fixes it.");
        settings.getSuppressions().add(suppression);
        root.setValidationSettings(settings);
        ModelFiles.save(resource);
        run(temp, "--format", "sarif", FOLDER + "/" + FILE);
        List<Map<String, Object>> suppressed = results(sarifRun()).stream().filter(r -> r.containsKey("suppressions")).toList();
        assertEquals(1, suppressed.size());
        Map<String, Object> entry = JsonReader.object(JsonReader.array(suppressed.get(0).get("suppressions")).get(0));
        assertEquals("inSource", entry.get("kind"));
        assertEquals("Agreed at the March stocktake: the new contract fixes it.", entry.get("justification"));
        assertEquals("chain.weak-link-action", suppressed.get(0).get("ruleId"));
    }

    /** The repository's docs folder: tests run in their bundle's folder, two levels below the root. */
    private static Path docs() {
        Path docs = Path.of("").toAbsolutePath().resolve("../../docs").normalize();
        assertTrue(Files.isDirectory(docs), docs.toString());
        return docs;
    }
}
