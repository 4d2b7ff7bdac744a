// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

/**
 * What a newcomer reads about the bundles is true of the source tree: docs/ARCHITECTURE.md names
 * every bundle and every command, and no other; every manifest says the version of what it
 * exports and imports, and grants friend access only to bundles that use it.
 */
class RepositoryDocsTest {

    /** Tests run in the test bundle's folder: the repository is two levels up. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path BUNDLES = ROOT.resolve("bundles");
    private static final Pattern ROW = Pattern.compile("^\\| `(org\\.throughline\\.[a-z0-9.]+)` \\|", Pattern.MULTILINE);
    private static final Pattern COMMAND = Pattern.compile("<command\\s+name=\"([a-z-]+)\"");

    /** Packages of the Java platform carry no version; ICU4J's bundle exports its packages without one. */
    private static final List<String> UNVERSIONED = List.of("java.", "javax.", "org.w3c.", "org.xml.", "com.ibm.icu.");

    private static String architecture() throws IOException {
        return Files.readString(ROOT.resolve("docs/ARCHITECTURE.md"), StandardCharsets.UTF_8);
    }

    private static List<Path> bundleFolders() throws IOException {
        try (Stream<Path> all = Files.list(BUNDLES)) {
            return all.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
        }
    }

    @Test
    void architectureNamesEveryBundleAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(architecture());
        while (row.find()) {
            documented.add(row.group(1));
        }
        // Test bundles are described once, as "X.tests beside X".
        Set<String> onDisk = new TreeSet<>();
        for (Path folder : bundleFolders()) {
            String name = folder.getFileName().toString();
            if (!name.endsWith(".tests")) {
                onDisk.add(name);
            }
        }
        assertTrue(onDisk.size() > 20, "the bundles were found in " + BUNDLES + ": " + onDisk);
        assertEquals(onDisk, documented, "docs/ARCHITECTURE.md's table of bundles and the folders in bundles/");
    }

    @Test
    void architectureNamesEveryCommand() throws IOException {
        String architecture = architecture();
        List<String> missing = new ArrayList<>();
        int commands = 0;
        for (Path folder : bundleFolders()) {
            Path pluginXml = folder.resolve("plugin.xml");
            if (!Files.isRegularFile(pluginXml) || folder.getFileName().toString().endsWith(".tests")) {
                continue;
            }
            String xml = Files.readString(pluginXml, StandardCharsets.UTF_8);
            if (!xml.contains("org.throughline.cli.commands")) {
                continue;
            }
            Matcher command = COMMAND.matcher(xml);
            while (command.find()) {
                commands++;
                if (!Pattern.compile("`" + Pattern.quote(command.group(1)) + "[` ]").matcher(architecture).find()) {
                    missing.add(command.group(1) + " (" + folder.getFileName() + ")");
                }
            }
        }
        assertTrue(commands > 15, "the commands were found in the bundles' plugin.xml: " + commands);
        assertEquals(List.of(), missing, "commands that docs/ARCHITECTURE.md does not name");
    }

    @Test
    void manifestsVersionWhatTheyShareAndGrantFriendsOnlyToUsers() throws IOException, BundleException {
        Map<String, Attributes> manifests = new TreeMap<>();
        for (Path folder : bundleFolders()) {
            try (InputStream in = Files.newInputStream(folder.resolve("META-INF/MANIFEST.MF"))) {
                Attributes main = new Manifest(in).getMainAttributes();
                manifests.put(ManifestElement.parseHeader("Bundle-SymbolicName", main.getValue("Bundle-SymbolicName"))[0].getValue(), main);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Attributes> bundle : manifests.entrySet()) {
            for (ManifestElement export : elements(bundle.getValue(), "Export-Package")) {
                String pkg = export.getValue();
                if (export.getAttribute("version") == null) {
                    problems.add(bundle.getKey() + " exports " + pkg + " with no version");
                }
                String friends = export.getDirective("x-friends");
                for (String friend : friends == null ? new String[0] : friends.split(",")) {
                    Attributes user = manifests.get(friend.strip());
                    if (user == null || !uses(user, bundle.getKey(), pkg)) {
                        problems.add(bundle.getKey() + " grants " + pkg + " to " + friend.strip() + ", which does not use it");
                    }
                }
            }
            for (ManifestElement imported : elements(bundle.getValue(), "Import-Package")) {
                String pkg = imported.getValue();
                if (imported.getAttribute("version") == null && UNVERSIONED.stream().noneMatch(pkg::startsWith)) {
                    problems.add(bundle.getKey() + " imports " + pkg + " with no version range");
                }
            }
            for (ManifestElement required : elements(bundle.getValue(), "Require-Bundle")) {
                if (required.getAttribute("bundle-version") == null) {
                    problems.add(bundle.getKey() + " requires " + required.getValue() + " with no version range");
                }
            }
        }
        assertTrue(manifests.containsKey("org.throughline.model"), "the manifests were read: " + manifests.keySet());
        assertEquals(List.of(), problems);
    }

    private static boolean uses(Attributes user, String exporter, String pkg) throws BundleException {
        ManifestElement[] host = ManifestElement.parseHeader("Fragment-Host", user.getValue("Fragment-Host"));
        if (host != null && host[0].getValue().equals(exporter)) {
            // A fragment sees its host's packages without any grant: the grant would be unused.
            return false;
        }
        return elements(user, "Import-Package").stream().anyMatch(e -> e.getValue().equals(pkg))
                || elements(user, "Require-Bundle").stream().anyMatch(e -> e.getValue().equals(exporter));
    }

    private static List<ManifestElement> elements(Attributes manifest, String header) throws BundleException {
        ManifestElement[] elements = ManifestElement.parseHeader(header, manifest.getValue(header));
        return elements == null ? List.of() : List.of(elements);
    }
}
