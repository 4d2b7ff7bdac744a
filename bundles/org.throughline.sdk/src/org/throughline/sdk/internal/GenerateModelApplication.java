// SPDX-License-Identifier: EPL-2.0
package org.throughline.sdk.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.throughline.cli.api.ExitCode;

/**
 * The application {@code org.throughline.sdk.generateModel}: generates a plugin's model code
 * ({@link ModelCodeGenerator}) in a process with a scratch workspace of its own, which
 * {@code throughline generate-model} starts. Exit code 0 when generated, 2 for a missing or
 * invalid genmodel, 3 when the workspace or a file failed.
 */
public final class GenerateModelApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] arguments = raw instanceof String[] array ? array : new String[0];
        if (arguments.length != 1) {
            System.err.println(Messages.generate_arguments);
            return Integer.valueOf(ExitCode.USAGE);
        }
        try {
            System.out.println(ModelCodeGenerator.generate(Path.of(arguments[0])));
            return Integer.valueOf(ExitCode.OK);
        } catch (ModelCodeGenerator.GenerationException e) {
            System.err.println(Messages.bind(Messages.generate_prefix, e.getMessage()));
            return Integer.valueOf(ExitCode.USAGE);
        } catch (IOException | CoreException e) {
            System.err.println(Messages.bind(Messages.generate_prefix, Messages.bind(Messages.generate_io, e.getMessage())));
            return Integer.valueOf(ExitCode.INTERNAL);
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    @Override
    public void stop() {
        // Generation runs to its end; there is nothing to interrupt.
    }
}
