// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;

/**
 * {@code throughline git-setup [REPO] [--command COMMAND]}: makes a Git repository diff and
 * merge {@code .throughline} files with Throughline: the {@code .gitattributes} line, the merge
 * driver and diff textconv in the repository's configuration, and {@code .gitignore} for the
 * backups saving keeps. Says what it did, line by line; running it again changes nothing.
 */
public final class GitSetupCommand implements CliCommand {

    /** The line that sends model files to Throughline's merge driver and diff. */
    static final String ATTRIBUTES_LINE = "*.throughline merge=throughline diff=throughline"; //$NON-NLS-1$

    /** The line that keeps the backups of saving out of the repository. */
    static final String IGNORE_LINE = "*.throughline.bak"; //$NON-NLS-1$

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("git-setup").value("--command").parse(arguments); //$NON-NLS-1$ //$NON-NLS-2$
        String command = given.value("--command"); //$NON-NLS-1$
        int folders = given.operands().size();
        String folder = folders == 0 ? "." : given.operands().get(0); //$NON-NLS-1$
        if (folders > 1) {
            throw CliException.usage(Messages.gitSetup_arguments);
        }
        Path repository = context.resolve(folder);
        String top;
        try {
            top = git(repository, "rev-parse", "--show-toplevel").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (CliException e) {
            if (e.exitCode() == ExitCode.USAGE && e.getCause() instanceof IOException) {
                throw e;
            }
            throw CliException.usage(Messages.bind(Messages.gitSetup_notRepository, repository));
        }
        Path root = Path.of(top);
        if (command == null) {
            command = launcher();
        }
        try {
            Path attributes = root.resolve(".gitattributes"); //$NON-NLS-1$
            context.out().println(Messages.bind(ensureLine(attributes, ATTRIBUTES_LINE, "*.throughline ") //$NON-NLS-1$
                    ? Messages.gitSetup_attributes : Messages.gitSetup_attributesKept, attributes));
            Path ignore = root.resolve(".gitignore"); //$NON-NLS-1$
            context.out().println(Messages.bind(ensureLine(ignore, IGNORE_LINE, null)
                    ? Messages.gitSetup_ignore : Messages.gitSetup_ignoreKept, ignore));
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
        config(context, root, "merge.throughline.name", "Throughline model-aware merge"); //$NON-NLS-1$ //$NON-NLS-2$
        config(context, root, "merge.throughline.driver", command + " merge %O %A %B"); //$NON-NLS-1$ //$NON-NLS-2$
        config(context, root, "diff.throughline.textconv", command + " outline " + OutlineCommand.OR_TEXT); //$NON-NLS-1$ //$NON-NLS-2$
        context.out().println(Messages.gitSetup_done);
        return ExitCode.OK;
    }

    private static void config(CliContext context, Path root, String key, String value) throws CliException {
        git(root, "config", "--local", key, value); //$NON-NLS-1$ //$NON-NLS-2$
        context.out().println(Messages.bind(Messages.gitSetup_config, key, value));
    }

    /**
     * Adds a line to a text file unless it is there; a line for the same pattern (starting with
     * {@code replacing}) is replaced.
     *
     * @return whether the file changed
     */
    static boolean ensureLine(Path file, String line, String replacing) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        if (lines.contains(line)) {
            return false;
        }
        if (replacing != null) {
            lines.removeIf(existing -> existing.startsWith(replacing));
        }
        lines.add(line);
        TeamFiles.writeAtomically(file, String.join("\n", lines) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        return true;
    }

    /** @return the shell command that runs this installation's launcher */
    private static String launcher() throws CliException {
        String area = System.getProperty("osgi.install.area"); //$NON-NLS-1$
        if (area != null) {
            try {
                Path script = Path.of(new URI(area.replace(" ", "%20"))).resolve("throughline"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (Files.isExecutable(script)) {
                    return quote(script.toAbsolutePath().toString());
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // Not a file location: fall through to the message.
            }
        }
        throw CliException.usage(Messages.gitSetup_noLauncher);
    }

    /** @return the text quoted for the shell Git runs drivers with */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * Runs git in a folder.
     *
     * @return what it printed
     * @throws CliException when git is missing or fails
     */
    static String git(Path folder, String... arguments) throws CliException {
        List<String> command = new ArrayList<>();
        command.add("git"); //$NON-NLS-1$
        command.add("-C"); //$NON-NLS-1$
        command.add(folder.toString());
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, Messages.gitSetup_noGit, e);
        }
        try {
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new CliException(ExitCode.PROBLEMS,
                        Messages.bind(Messages.gitSetup_gitFailed, String.join(" ", arguments), output.strip()), null); //$NON-NLS-1$
            }
            return output;
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, Messages.gitSetup_noGit, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.INTERNAL, e.toString(), e);
        }
    }

    @Override
    public String usage() {
        return Messages.gitSetup_usage;
    }
}
