// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;
import org.throughline.testing.ModelGenerator;

/**
 * Broken and hostile files: each is refused with one sentence that names the file, the place
 * and the fault, in bounded time and memory, and the file is left as it was.
 */
@Timeout(60)
class HostileFilesTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String OPEN = "<throughline:Model xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:throughline=\"http://throughline.org/model/1.2\" id=\"m\" name=\"M\">\n";
    private static final String CLOSE = "</throughline:Model>\n";

    @TempDir
    Path folder;

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private ModelLoadException refused(Path file) throws IOException {
        byte[] before = Files.exists(file) && !Files.isDirectory(file) ? Files.readAllBytes(file) : null;
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(file), "loading never changes the file");
        }
        return e;
    }

    @Test
    void billionLaughsIsRefusedAtTheDoctype() throws IOException {
        StringBuilder entities = new StringBuilder("<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        entities.append("]>\n");
        Path file = write("laughs.throughline", HEADER + entities + OPEN.replace("name=\"M\"", "name=\"&lol9;\"") + CLOSE);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.advice().contains("remove"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = write("secret.txt", "top secret");
        Path file = write("xxe.throughline", HEADER + "<!DOCTYPE m [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + OPEN.replace("name=\"M\"", "name=\"&xxe;\"") + CLOSE);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aSchemaLocationIsNeverFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(1000);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.ecore";
            Path file = write("remote.throughline", HEADER + "<evil:Thing xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:evil=\"http://example.org/evil\""
                    + " xsi:schemaLocation=\"http://example.org/evil " + url + "\"/>\n");
            ModelLoadException e = refused(file);
            assertTrue(e.getMessage().contains("http://example.org/evil") || e.getMessage().contains("network"), e.getMessage());
            assertThrows(SocketTimeoutException.class, server::accept, "nothing connected to the schema location");
        }
    }

    @Test
    void anOversizedAttributeIsRefusedWithItsLine() throws IOException {
        Path file = write("huge.throughline", HEADER + OPEN + "  <folders id=\"f\" name=\"" + "x".repeat(5_000_000) + "\"/>\n" + CLOSE);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("longer than"), e.getMessage());
        assertEquals(3, e.line(), e.getMessage());
    }

    @Test
    void aTruncatedFileSaysSoAndPointsToTheBackup() throws IOException {
        Path whole = folder.resolve("whole.throughline");
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), whole);
        resource.getContents().add(ModelGenerator.generate(500, 5));
        ModelFiles.save(resource);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = folder.resolve("cut.throughline");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("truncated") || e.problem().contains("well-formed"), e.getMessage());
        assertTrue(e.line() > 10, "points into the file: " + e.getMessage());
        assertTrue(e.advice().contains(".bak"), e.getMessage());
    }

    @Test
    void aFileFromANewerThroughlineIsRefusedWithTheVersions() throws IOException {
        Path file = write("future.throughline", HEADER + OPEN.replace("model/1.2", "model/2.3") + CLOSE);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("newer Throughline (metamodel 2.3)"), e.getMessage());
        assertTrue(e.problem().contains("reads metamodel 1.2"), e.getMessage());
        assertTrue(e.advice().contains("update Throughline"), e.getMessage());
    }

    @Test
    void missingEmptyAndFolderAreToldApart() throws IOException {
        assertTrue(refused(folder.resolve("nowhere.throughline")).problem().contains("does not exist"));
        assertTrue(refused(write("empty.throughline", "")).problem().contains("empty"));
        Path directory = Files.createDirectory(folder.resolve("dir.throughline"));
        assertTrue(refused(directory).problem().contains("folder"));
    }

    @Test
    void aReferenceToAMissingElementNamesTheId() throws IOException {
        Path file = write("dangling.throughline", HEADER + OPEN
                + "  <elements xsi:type=\"throughline:Link\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " id=\"l\" name=\"L\" source=\"nope\" target=\"nope\"/>\n" + CLOSE);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("'nope'"), e.getMessage());
        assertTrue(e.line() >= 3, e.getMessage());
    }

    @Test
    void anUnknownTypeIsNamed() throws IOException {
        Path file = write("alien.throughline", HEADER + OPEN
                + "  <elements xsi:type=\"throughline:Spaceship\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"s\"/>\n"
                + CLOSE);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("Spaceship"), e.getMessage());
    }

    @Test
    void anElementOfAMissingPluginNamesItsNamespaceAndAsksForThePlugin() throws IOException {
        Path file = write("plugin.throughline", HEADER + OPEN.replace(" id=\"m\"", " xmlns:audit=\"http://example.org/not-installed/1.0\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"m\"")
                + "  <elements xsi:type=\"audit:Audit\" id=\"a\" name=\"Audit 2025\"/>\n" + CLOSE);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("'http://example.org/not-installed/1.0'") && e.problem().contains("no installed plugin"),
                e.getMessage());
        assertTrue(e.advice().contains("install the plugin"), e.getMessage());
    }

    @Test
    void anotherToolsFileIsStillToldItIsNotAThroughlineModel() throws IOException {
        Path file = write("other.throughline", HEADER
                + "<other:Diagram xmlns:other=\"http://example.org/other-tool/1.0\" name=\"X\"/>\n");
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("'http://example.org/other-tool/1.0'") && e.problem().contains("not a Throughline model"),
                e.getMessage());
    }

    @Test
    void twoElementsWithOneIdAreRefused() throws IOException {
        Path file = write("twins.throughline", HEADER + OPEN + "  <folders id=\"same\" name=\"A\"/>\n  <folders id=\"same\" name=\"B\"/>\n"
                + CLOSE);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("'same'"), e.getMessage());
    }

    @Test
    void absurdNestingIsRefusedNotAStackOverflow() throws IOException {
        int depth = 50_000;
        StringBuilder text = new StringBuilder(HEADER).append(OPEN);
        for (int i = 0; i < depth; i++) {
            text.append("<folders id=\"f").append(i).append("\">");
        }
        for (int i = 0; i < depth; i++) {
            text.append("</folders>");
        }
        Path file = write("deep.throughline", text.append('\n').append(CLOSE).toString());
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("nested"), e.getMessage());
    }

    @Test
    void binaryGarbageIsNotWellFormedXml() throws IOException {
        Path file = folder.resolve("garbage.throughline");
        byte[] noise = new byte[4096];
        new java.util.Random(1).nextBytes(noise);
        Files.write(file, noise);
        ModelLoadException e = refused(file);
        assertTrue(e.problem().contains("XML") || e.problem().contains("read"), e.getMessage());
    }
}
