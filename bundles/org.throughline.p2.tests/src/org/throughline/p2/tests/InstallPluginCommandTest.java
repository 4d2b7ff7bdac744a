// SPDX-License-Identifier: EPL-2.0
package org.throughline.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.p2.internal.InstallPluginCommand;
import org.throughline.p2.internal.Installation;
import org.throughline.p2.internal.PluginsCommand;
import org.throughline.p2.internal.UninstallPluginCommand;

/**
 * What a user gets from install-plugin when something is wrong: one sentence and exit code 2.
 * Installing itself needs a product with a p2 profile: releng/sdk-check.sh installs the example
 * plugin into a copy of the built product and runs its rule.
 */
class InstallPluginCommandTest {

    @TempDir
    Path dir;

    private CliContext context() {
        return new CliContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), dir, false);
    }

    @Test
    void wrongArgumentsSayWhatIsNeeded() {
        CliException e = assertThrows(CliException.class, () -> new InstallPluginCommand().run(context(), List.of("only-one")));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("install-plugin needs a repository and a feature id"), e.getMessage());
        assertEquals(ExitCode.USAGE, assertThrows(CliException.class,
                () -> new UninstallPluginCommand().run(context(), List.of())).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CliException.class,
                () -> new PluginsCommand().run(context(), List.of("extra"))).exitCode());
    }

    @Test
    void aMissingRepositoryFolderIsNamed() {
        CliException e = assertThrows(CliException.class,
                () -> new InstallPluginCommand().run(context(), List.of("no-such-site", "org.example.feature")));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("there is no p2 repository at " + dir.resolve("no-such-site") + ": the folder does not exist", e.getMessage());
    }

    @Test
    void repositoriesAreFoldersZipsOrAddresses() throws CliException, IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        assertEquals(site.toUri(), Installation.repositoryLocation(dir, "site"));
        Path zip = Files.createFile(dir.resolve("site.zip"));
        assertEquals(URI.create("jar:" + zip.toUri() + "!/"), Installation.repositoryLocation(dir, "site.zip"));
        assertEquals(URI.create("https://example.org/updates/"), Installation.repositoryLocation(dir, "https://example.org/updates/"));
    }

    @Test
    void aDevelopmentRuntimeWithoutProfileRefusesClearly() throws IOException {
        // The test runtime, like a development build, was not installed by p2.
        Files.createDirectory(dir.resolve("site"));
        CliException e = assertThrows(CliException.class,
                () -> new InstallPluginCommand().run(context(), List.of("site", "org.example.feature")));
        assertTrue(e.getMessage().startsWith("this Throughline "), e.getMessage());
    }
}
