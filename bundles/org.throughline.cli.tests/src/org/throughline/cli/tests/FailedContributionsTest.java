// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.Dispatcher;
import org.throughline.testing.Examples;

/**
 * A rule, analysis, report section, importer or command that throws, hangs, cannot be created or
 * is malformed: every command says which one in a sentence, writes what the others produced, and
 * ends with exit code 3. The contributions are added to the extension registry for one test and
 * removed after it (the test runtime allows that: {@code eclipse.registry.nulltoken}).
 */
class FailedContributionsTest {

    private static final String MODEL = "emergency-care.throughline";
    private static final String CLASS = "org.throughline.cli.tests.Misbehaving$"; //$NON-NLS-1$

    @TempDir
    Path folder;

    private String out;
    private String err;
    private IContributor contributor;

    @BeforeEach
    void copyExample() throws IOException {
        Files.copy(Examples.file(MODEL), folder.resolve(MODEL));
        contributor = ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(FailedContributionsTest.class));
    }

    @AfterEach
    void removeContributions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        for (IExtension extension : registry.getExtensions(contributor)) {
            assertTrue(registry.removeExtension(extension, null), "the test's contribution is removed again");
        }
    }

    private void contribute(String point, String elements) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin><extension point=\"" + point + "\">" + elements
                + "</extension></plugin>";
        boolean added = RegistryFactory.getRegistry().addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                contributor, false, null, null, null);
        assertTrue(added, "the registry takes the test's contribution");
    }

    private static String rule(String id, String className) {
        return "<rule id=\"" + id + "\" category=\"structure\" severity=\"ERROR\" appliesTo=\"Model\" message=\"never shown\""
                + " description=\"A misbehaving rule.\" class=\"" + CLASS + className + "\"/>";
    }

    private int run(String... arguments) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
                PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            code = new Dispatcher(CommandRegistry.fromExtensions()).run(List.of(arguments), po, pe, folder);
        }
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void validateSaysWhichRuleThrewHungOrCouldNotBeCreatedAndExitsWithThree() {
        contribute("org.throughline.validation.rules", rule("test.throws", "ThrowingRule") + rule("test.hangs", "HangingRule")
                + rule("test.missing", "NoSuchRule"));
        assertEquals(ExitCode.INTERNAL, run("validate", MODEL), err);
        assertTrue(err.contains("throughline: the rule test.throws (from org.throughline.cli.tests) failed"
                + " (IllegalStateException: a deliberate rule failure); the other rules ran"), err);
        // The validator's time limit is 10 s (Validator.DEFAULT_TIME_LIMIT_MILLIS).
        assertTrue(err.contains("the rule test.hangs (from org.throughline.cli.tests) did not answer within 10 s and was stopped;"
                + " the other rules ran"), err);
        assertTrue(err.contains("the rule test.missing (from org.throughline.cli.tests) failed")
                && err.contains("could not be created"), err);
        assertTrue(out.contains("emergency-care.throughline: no errors"), "the other rules' findings are still printed: " + out);
    }

    @Test
    void validateNamesAFailedAndAMalformedRuleInJsonAndSarif() {
        contribute("org.throughline.validation.rules", rule("test.throws", "ThrowingRule")
                + "<rule id=\"test.no-message\" category=\"structure\" severity=\"ERROR\" appliesTo=\"Model\" description=\"x\""
                + " class=\"" + CLASS + "ThrowingRule\"/>");
        assertEquals(ExitCode.INTERNAL, run("validate", "--format", "json", MODEL), err);
        Map<String, Object> json = JsonReader.object(JsonReader.parse(out));
        Map<String, Object> file = JsonReader.object(JsonReader.array(json.get("files")).get(0));
        assertEquals(1, JsonReader.array(file.get("failedRules")).size(), out);
        assertTrue(String.valueOf(file.get("failedRules")).contains("the rule test.throws"), out);
        assertTrue(String.valueOf(json.get("skippedRules")).contains("test.no-message"), out);

        assertEquals(ExitCode.INTERNAL, run("validate", "--format", "sarif", MODEL), err);
        Map<String, Object> invocation = JsonReader.object(JsonReader.array(JsonReader.object(JsonReader.array(
                JsonReader.object(JsonReader.parse(out)).get("runs")).get(0)).get("invocations")).get(0));
        assertEquals(Boolean.FALSE, invocation.get("executionSuccessful"), out);
        String notifications = String.valueOf(invocation.get("toolExecutionNotifications"));
        assertTrue(notifications.contains("the rule test.throws") && notifications.contains("test.no-message"), notifications);
    }

    @Test
    void analyseSaysWhichAnalysisThrewOrCouldNotBeCreatedAndExitsWithThree() {
        contribute("org.throughline.analyses",
                "<analysis id=\"test.throws\" name=\"Throws\" question=\"?\" class=\"" + CLASS + "ThrowingAnalysis\"/>"
                        + "<analysis id=\"test.missing\" name=\"Missing\" question=\"?\" class=\"" + CLASS + "NoSuchAnalysis\"/>");
        assertEquals(ExitCode.INTERNAL, run("analyse", "--format", "json", MODEL), err);
        assertTrue(err.contains("the analysis \"Throws\" (from org.throughline.cli.tests) failed"
                + " (IllegalStateException: a deliberate analysis failure); the other analyses ran"), err);
        assertTrue(err.contains("the analysis \"Missing\" (from org.throughline.cli.tests) failed"), err);
        assertTrue(out.contains("a deliberate analysis failure") && out.contains("\"id\": \"weak-links\""),
                "the JSON holds the failure and the other analyses' answers: " + out);
    }

    @Test
    void reportSaysWhichSectionThrewOrWasMalformedWritesTheRestAndExitsWithThree() throws IOException {
        contribute("org.throughline.reportSections",
                "<section id=\"test-throws\" title=\"Throws\" class=\"" + CLASS + "ThrowingSection\"/>"
                        + "<section id=\"test-no-title\" class=\"" + CLASS + "ThrowingSection\"/>");
        assertEquals(ExitCode.INTERNAL, run("report", MODEL, "--format", "html", "--out", "site"), err);
        assertTrue(err.contains("the section 'Throws' (from org.throughline.cli.tests) failed"
                + " (IllegalStateException: a deliberate section failure); the rest of the report was written"), err);
        assertTrue(err.contains("The report section contributed by org.throughline.cli.tests was skipped: the section 'test-no-title'"),
                err);
        String overview = Files.readString(folder.resolve("site/index.html"));
        assertTrue(overview.contains("a deliberate section failure"), "the report's overview says which part is missing");
        assertEquals(1, overview.split("test-no-title", -1).length - 1, "the skipped section is named once: " + overview);
        assertEquals(2, err.lines().filter(l -> l.contains("failed")).count(), "one line for each: " + err);
    }

    @Test
    void importSaysWhichImporterThrewOrCouldNotBeCreatedLeavesTheModelAndExitsWithThree() throws IOException {
        contribute("org.throughline.importers",
                "<importer id=\"test.throws\" name=\"Throws\" description=\"x\" extensions=\"csv\" class=\"" + CLASS
                        + "ThrowingImporter\"/><importer id=\"test.missing\" name=\"Missing\" description=\"x\" extensions=\"csv\""
                        + " class=\"" + CLASS + "NoSuchImporter\"/>");
        Files.writeString(folder.resolve("data.csv"), "indicator id,date,value\n");
        byte[] before = Files.readAllBytes(folder.resolve(MODEL));
        assertEquals(ExitCode.INTERNAL, run("import", "--importer", "test.throws", MODEL, "data.csv"), err);
        assertTrue(err.contains("a deliberate importer failure") && err.contains("Throws"), err);
        assertEquals(1, err.lines().filter(l -> l.contains("deliberate")).count(), "one sentence: " + err);
        assertEquals(ExitCode.INTERNAL, run("import", "--importer", "test.missing", MODEL, "data.csv"), err);
        assertTrue(err.contains("Missing") && err.contains("failed"), err);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve(MODEL))), "the model file is unchanged");
    }

    @Test
    void aPluginCommandThatCannotBeCreatedIsNamedInOneSentenceWithExitCodeThree() {
        contribute("org.throughline.cli.commands", "<command name=\"test-missing\" summary=\"x\" class=\"" + CLASS + "NoSuchCommand\"/>");
        assertEquals(ExitCode.INTERNAL, run("test-missing"), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("throughline: the command 'test-missing' failed (IllegalStateException: the command 'test-missing'"),
                err);
        assertFalse(err.contains("\tat "), "no stack trace without --debug");
    }
}
