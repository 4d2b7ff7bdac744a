// SPDX-License-Identifier: EPL-2.0
package org.throughline.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;

/**
 * {@code throughline generate-model PLUGIN|GENMODEL}: generates the Java code of a plugin's
 * metamodel extension into its {@code src-gen/}. EMF's generator writes through a workspace, and
 * headless commands run without one, so the generation runs in a process of its own: this
 * installation started again with {@link GenerateModelApplication} and a scratch workspace,
 * deleted afterwards.
 */
public final class GenerateModelCommand implements CliCommand {

    private static final String APPLICATION = "org.throughline.sdk.generateModel"; //$NON-NLS-1$

    /** The exit code of a framework that found its bundles changed (a plugin installed) and asks to be started again. */
    private static final int RESTART = 23;

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        List<String> operands = Options.of("generate-model").parse(arguments).operands(); //$NON-NLS-1$
        if (operands.size() != 1) {
            throw CliException.usage(Messages.generate_arguments);
        }
        Path target = context.resolve(operands.get(0));
        if (!Files.exists(target)) {
            throw CliException.usage(Messages.bind(Messages.generate_noSuchFile, target));
        }
        Path install = installation();
        Path launcher = launcher(install);
        Path workspace = null;
        try {
            workspace = Files.createTempDirectory("throughline-generate-model-workspace"); //$NON-NLS-1$
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List<String> command = List.of(java, "-Djava.awt.headless=true", "-Dslf4j.internal.verbosity=ERROR", //$NON-NLS-1$ //$NON-NLS-2$
                    "-jar", launcher.toString(), //$NON-NLS-1$
                    "-install", install.toString(), "-application", APPLICATION, //$NON-NLS-1$ //$NON-NLS-2$
                    "-data", workspace.toString(), "-nosplash", target.toString()); //$NON-NLS-1$ //$NON-NLS-2$
            int exit;
            do {
                // The first start after a plugin was installed asks for a second one, as the throughline script does.
                Process process = new ProcessBuilder(command).directory(context.workingDirectory().toFile())
                        .redirectInput(ProcessBuilder.Redirect.INHERIT).start();
                Thread err = pump(process.getErrorStream(), context.err());
                pump(process.getInputStream(), context.out()).join();
                err.join();
                exit = process.waitFor();
            } while (exit == RESTART);
            if (exit != ExitCode.OK && exit != ExitCode.USAGE && exit != ExitCode.INTERNAL) {
                context.err().println(Messages.bind(Messages.generate_prefix, Messages.bind(Messages.generate_exit, exit)));
                return ExitCode.INTERNAL;
            }
            return exit;
        } catch (IOException e) {
            throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.generate_noProcess, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.generate_noProcess, e.getMessage()), e);
        } finally {
            deleteQuietly(workspace);
        }
    }

    /** @return the installation's folder */
    private static Path installation() throws CliException {
        Location location = Platform.getInstallLocation();
        try {
            if (location != null && location.getURL() != null) {
                return Path.of(location.getURL().toURI());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // said below
        }
        throw new CliException(ExitCode.INTERNAL, Messages.generate_noInstallation, null);
    }

    private static Path launcher(Path install) throws CliException {
        try (Stream<Path> plugins = Files.list(install.resolve("plugins"))) { //$NON-NLS-1$
            return plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")) //$NON-NLS-1$
                    .filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst() //$NON-NLS-1$
                    .orElseThrow(() -> new CliException(ExitCode.INTERNAL, Messages.bind(Messages.generate_noLauncher, install), null));
        } catch (IOException e) {
            throw new CliException(ExitCode.INTERNAL, Messages.bind(Messages.generate_noLauncher, install), e);
        }
    }

    private static Thread pump(InputStream from, PrintStream to) {
        Thread thread = new Thread(() -> {
            try {
                from.transferTo(to);
                to.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "generate-model output"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder under the temporary directory: the system clears it
        }
    }

    @Override
    public String usage() {
        return Messages.generate_usage;
    }
}
