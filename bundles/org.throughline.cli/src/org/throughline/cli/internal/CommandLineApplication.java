// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code org.throughline.cli.application}: runs one sub-command with
 * the process's standard streams and returns its exit code to the launcher. It opens no window
 * and needs no display.
 */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = raw instanceof String[] array ? Arrays.asList(array) : List.of();
        Path workingDirectory = Path.of(System.getProperty("user.dir")); //$NON-NLS-1$
        // UTF-8 whatever the locale says, so that names in any language reach files and pipes intact
        // (JSON keeps them as they are).
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int exitCode = new Dispatcher(CommandRegistry.fromExtensions()).run(arguments, out, err, workingDirectory);
        out.flush();
        err.flush();
        // Asked for by the start script when it has no configuration for headless commands yet.
        HeadlessConfiguration.writeIfAsked();
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // A command runs to its end; there is nothing to interrupt.
    }
}
