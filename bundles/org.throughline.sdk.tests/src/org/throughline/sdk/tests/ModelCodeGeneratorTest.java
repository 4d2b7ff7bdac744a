// SPDX-License-Identifier: EPL-2.0
package org.throughline.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.sdk.internal.ModelCodeGenerator;
import org.throughline.sdk.internal.ModelCodeGenerator.GenerationException;

/**
 * generate-model's generator, on the example plugin's metamodel extension: it writes exactly the
 * code committed in plugins/org.example.inspection/src-gen (made by the source tree's generator),
 * empties src-gen first, and touches nothing else of the plugin.
 */
class ModelCodeGeneratorTest {

    private static final Path EXAMPLE = Path.of("").toAbsolutePath().resolve("../../plugins/org.example.inspection").normalize();

    @TempDir
    Path dir;

    private Path copyOfTheExamplesModel() throws IOException {
        Path plugin = Files.createDirectories(dir.resolve("plugin"));
        Files.createDirectories(plugin.resolve("model"));
        for (String file : List.of("inspection.ecore", "inspection.genmodel")) {
            Files.copy(EXAMPLE.resolve("model").resolve(file), plugin.resolve("model").resolve(file));
        }
        return plugin;
    }

    @Test
    void theExamplePluginsModelCodeIsGeneratedAsCommitted() throws Exception {
        Path plugin = copyOfTheExamplesModel();
        Files.writeString(plugin.resolve("plugin.xml"), "<plugin/>\n");
        Path stray = Files.createDirectories(plugin.resolve("src-gen/org/example/old")).resolve("Gone.java");
        Files.writeString(stray, "class Gone {}\n");

        String said = ModelCodeGenerator.generate(plugin);

        List<String> committed = files(EXAMPLE.resolve("src-gen"));
        List<String> generated = files(plugin.resolve("src-gen"));
        assertEquals(committed, generated, "the same files as committed");
        for (String file : committed) {
            assertArrayEquals(Files.readAllBytes(EXAMPLE.resolve("src-gen").resolve(file)),
                    Files.readAllBytes(plugin.resolve("src-gen").resolve(file)), file + " as committed");
        }
        assertTrue(said.startsWith("generate-model: " + committed.size() + " files in "), said);
        assertFalse(Files.exists(stray), "src-gen is emptied first");
        assertEquals("<plugin/>\n", Files.readString(plugin.resolve("plugin.xml")), "the plugin's own files are left alone");
        assertArrayEquals(Files.readAllBytes(EXAMPLE.resolve("model/inspection.genmodel")),
                Files.readAllBytes(plugin.resolve("model/inspection.genmodel")), "a genmodel in line with its ecore is not rewritten");
        assertEquals(List.of("model", "plugin.xml", "src-gen"), names(plugin), "no project files or scratch left in the plugin");
    }

    @Test
    void aFolderWithoutGenmodelIsRefusedInOneSentence() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        GenerationException e = assertThrows(GenerationException.class, () -> ModelCodeGenerator.generate(empty));
        assertEquals("there is no model/*.genmodel in " + empty, e.getMessage());
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
