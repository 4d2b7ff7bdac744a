// SPDX-License-Identifier: EPL-2.0
package org.throughline.p2.internal;

import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;

/** {@code throughline uninstall-plugin FEATURE-ID}: removes an installed plugin. */
public final class UninstallPluginCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) { //$NON-NLS-1$
            throw CliException.usage(Messages.uninstall_arguments);
        }
        IInstallableUnit unit = Installation.running().uninstall(arguments.get(0));
        context.out().println(Messages.bind(Messages.uninstalled, Installation.featureId(unit), unit.getVersion()));
        context.out().println(Messages.restart);
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return Messages.uninstall_usage;
    }
}
