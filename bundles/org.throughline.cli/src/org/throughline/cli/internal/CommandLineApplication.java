// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

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
        int exitCode = new Dispatcher(CommandRegistry.fromExtensions())
                .run(arguments, System.out, System.err, workingDirectory);
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // A command runs to its end; there is nothing to interrupt.
    }
}
