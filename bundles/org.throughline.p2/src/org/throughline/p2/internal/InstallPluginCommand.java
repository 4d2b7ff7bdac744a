// SPDX-License-Identifier: EPL-2.0
package org.throughline.p2.internal;

import java.net.URI;
import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;

/**
 * {@code throughline install-plugin REPOSITORY FEATURE-ID}: installs a plugin's feature from a
 * p2 repository into the running installation's p2 profile, headlessly.
 */
public final class InstallPluginCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (arguments.size() != 2 || arguments.stream().anyMatch(a -> a.startsWith("-"))) { //$NON-NLS-1$
            throw CliException.usage(Messages.install_arguments);
        }
        URI repository = Installation.repositoryLocation(context.workingDirectory(), arguments.get(0));
        Installation installation = Installation.running();
        IInstallableUnit unit = installation.install(repository, arguments.get(1));
        if (unit == null) {
            context.out().println(Messages.bind(Messages.alreadyInstalled, arguments.get(1), "")); //$NON-NLS-1$
            return ExitCode.OK;
        }
        context.out().println(Messages.bind(Messages.installed, new Object[] {Installation.featureId(unit), unit.getVersion(),
                Installation.featureName(unit), repository}));
        context.out().println(Messages.restart);
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return Messages.install_usage;
    }
}
