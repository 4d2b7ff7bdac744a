// SPDX-License-Identifier: EPL-2.0
package org.throughline.p2.internal;

import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;

/** {@code throughline plugins}: the plugins installed into this Throughline. */
public final class PluginsCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (!arguments.isEmpty()) {
            throw CliException.usage(Messages.plugins_arguments);
        }
        List<IInstallableUnit> plugins = Installation.running().plugins();
        if (plugins.isEmpty()) {
            context.out().println(Messages.plugins_none);
        }
        for (IInstallableUnit unit : plugins) {
            context.out().println(Messages.bind(Messages.plugins_line, new Object[] {Installation.featureId(unit), unit.getVersion(),
                    Installation.featureName(unit)}));
        }
        return ExitCode.OK;
    }

    @Override
    public String usage() {
        return Messages.plugins_usage;
    }
}
