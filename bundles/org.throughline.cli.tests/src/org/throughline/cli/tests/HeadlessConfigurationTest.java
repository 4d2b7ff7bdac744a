// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.throughline.cli.internal.CommandRegistry;
import org.throughline.cli.internal.HeadlessConfiguration;
import org.throughline.cli.internal.HeadlessConfiguration.Choice;

/**
 * The bundles a headless command starts with, chosen from the running framework: the command
 * line and what it needs, the bundles that contribute commands or build on Throughline and
 * contribute to a chosen bundle's extension point; written as a configuration of its own that
 * keeps the installation's entries of those bundles only. Contributions are added to the registry
 * for one test and removed after it ({@code eclipse.registry.nulltoken}).
 */
class HeadlessConfigurationTest {

    private static final String RULES = "org.throughline.validation.rules"; //$NON-NLS-1$

    @TempDir
    Path folder;

    private final Bundle self = FrameworkUtil.getBundle(HeadlessConfigurationTest.class);
    private final Bundle analysis = bundle("org.throughline.analysis"); //$NON-NLS-1$

    @AfterEach
    void removeContributions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        for (Bundle contributor : List.of(self, analysis)) {
            for (IExtension extension : registry.getExtensions(ContributorFactoryOSGi.createContributor(contributor))) {
                if (extension.getUniqueIdentifier() != null && extension.getUniqueIdentifier().contains("headlessTest")) { //$NON-NLS-1$
                    assertTrue(registry.removeExtension(extension, null), "the test's contribution is removed again");
                }
            }
        }
    }

    @Test
    void theCommandsAndWhatTheyNeedAreChosenAndCommandsThatAskForEveryBundleAreNot() {
        contribute(analysis, CommandRegistry.EXTENSION_POINT, "<command name=\"quick-check\" summary=\"s\" class=\"x.Y\"/>" //$NON-NLS-1$
                + "<command name=\"change-everything\" bundles=\"all\" summary=\"s\" class=\"x.Z\"/>"); //$NON-NLS-1$

        Choice choice = choose();

        assertTrue(choice.commands().containsAll(List.of("validate", "report", "version", "quick-check")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "the commands that start with the chosen bundles: " + choice.commands());
        assertFalse(choice.commands().contains("change-everything"), "a command that asks for every bundle starts with them all");
        assertFalse(choice.commands().contains("help"), "help lists every command, so it starts with every bundle"); //$NON-NLS-1$
        Set<String> names = names(choice);
        assertTrue(names.containsAll(List.of("org.throughline.cli", "org.throughline.validation", "org.throughline.report", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "org.eclipse.emf.ecore", "org.eclipse.core.runtime")), "the command line and what it requires: " + names); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(names.contains("org.eclipse.swt"), "no SWT: " + names); //$NON-NLS-1$
    }

    @Test
    void aBundleThatBuildsOnThroughlineAndContributesARuleIsChosen() {
        assertFalse(names(choose()).contains(self.getSymbolicName()), "without a contribution the test bundle is not needed");

        contribute(self, RULES, "<rule id=\"headless.test\" category=\"structure\" severity=\"INFO\" appliesTo=\"Model\"" //$NON-NLS-1$
                + " message=\"m\" description=\"d\" class=\"x.Y\"/>"); //$NON-NLS-1$

        assertTrue(names(choose()).contains(self.getSymbolicName()), "a bundle whose rule validate runs is started with it");
    }

    @Test
    void theConfigurationKeepsTheInstallationsEntriesOfTheChosenBundlesOnly() throws IOException {
        Path configuration = Files.createDirectories(folder.resolve("installation/configuration")); //$NON-NLS-1$
        Bundle cli = bundle("org.throughline.cli"); //$NON-NLS-1$
        Bundle runtime = bundle("org.eclipse.core.runtime"); //$NON-NLS-1$
        Properties ini = new Properties();
        ini.setProperty("osgi.bundles", "reference:file:" + HeadlessConfiguration.fileName(cli.getLocation()) + "@4," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "reference:file:org.eclipse.swt_3.135.0.jar@4," //$NON-NLS-1$
                + "reference:file:" + HeadlessConfiguration.fileName(runtime.getLocation()) + "@4:start"); //$NON-NLS-1$ //$NON-NLS-2$
        ini.setProperty("eclipse.product", "org.throughline.app.product"); //$NON-NLS-1$ //$NON-NLS-2$
        ini.setProperty("eclipse.application", "org.throughline.app.application"); //$NON-NLS-1$ //$NON-NLS-2$
        ini.setProperty("eclipse.p2.data.area", "@config.dir/../p2"); //$NON-NLS-1$ //$NON-NLS-2$
        Path earlier = Files.createDirectories(folder.resolve("cache/headless-1-1")); //$NON-NLS-1$
        Path otherInstallation = Files.createDirectories(folder.resolve("cache/headless-2-1")); //$NON-NLS-1$
        Path target = folder.resolve("cache/headless-1-2"); //$NON-NLS-1$

        HeadlessConfiguration.write(ini, configuration, new Choice(Set.of(cli, runtime), List.of("validate", "report")), target); //$NON-NLS-1$ //$NON-NLS-2$

        Properties written = new Properties();
        try (InputStream in = Files.newInputStream(target.resolve("config.ini"))) { //$NON-NLS-1$
            written.load(in);
        }
        assertEquals("reference:file:" + HeadlessConfiguration.fileName(cli.getLocation()) + "@4," //$NON-NLS-1$ //$NON-NLS-2$
                + "reference:file:" + HeadlessConfiguration.fileName(runtime.getLocation()) + "@4:start", //$NON-NLS-1$ //$NON-NLS-2$
                written.getProperty("osgi.bundles"), "the chosen bundles' entries, as the installation has them"); //$NON-NLS-1$
        assertNull(written.getProperty("eclipse.product"), "the workbench's product is not started"); //$NON-NLS-1$
        assertNull(written.getProperty("eclipse.application"), "nor its application"); //$NON-NLS-1$
        assertEquals("false", written.getProperty("osgi.configuration.cascaded"), "nothing of the installation's configuration is added"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(configuration.toAbsolutePath() + "/../p2", written.getProperty("eclipse.p2.data.area"), //$NON-NLS-1$ //$NON-NLS-2$
                "what was relative to the configuration stays where it was");
        assertEquals(List.of("validate", "report"), Files.readAllLines(target.resolve("commands")), "the commands that start with it"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(Files.exists(earlier), "the configuration written for the installation's earlier bundles is removed");
        assertTrue(Files.exists(otherInstallation), "another installation's is kept");
        try (var left = Files.list(target.getParent())) {
            assertEquals(Set.of("headless-1-2", "headless-2-1"), left.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), //$NON-NLS-1$ //$NON-NLS-2$
                    "no draft is left behind");
        }
    }

    private Choice choose() {
        return HeadlessConfiguration.choose(self.getBundleContext().getBundles(), RegistryFactory.getRegistry(), bundle -> false);
    }

    private static Set<String> names(Choice choice) {
        return choice.bundles().stream().map(Bundle::getSymbolicName).collect(Collectors.toSet());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not in the test runtime");
    }

    private static void contribute(Bundle contributor, String point, String elements) {
        IContributor who = ContributorFactoryOSGi.createContributor(contributor);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin><extension id=\"headlessTest\" point=\"" + point + "\">" //$NON-NLS-1$ //$NON-NLS-2$
                + elements + "</extension></plugin>"; //$NON-NLS-1$
        assertTrue(RegistryFactory.getRegistry().addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), who, false,
                null, null, null), "the registry takes the test's contribution");
    }
}
