// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;

/** {@code throughline version}: the release, the build id and the Java runtime. */
public final class VersionCommand implements CliCommand {

    static final String NAME = "version"; //$NON-NLS-1$

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (!arguments.isEmpty()) {
            throw CliException.usage(Messages.version_noArguments);
        }
        Bundle bundle = FrameworkUtil.getBundle(VersionCommand.class);
        Version version = bundle == null ? Version.emptyVersion : bundle.getVersion();
        String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
        String build = version.getQualifier().isEmpty() ? Messages.version_devBuild : version.getQualifier();
        context.out().println(Messages.bind(Messages.version_line, release, build));
        context.out().println(Messages.bind(Messages.version_runtime, new Object[] { Runtime.version(),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch") })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return Messages.version_usage;
    }
}
