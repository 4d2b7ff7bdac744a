// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.util.function.Supplier;

import org.throughline.cli.api.CliCommand;

/**
 * A registered sub-command: its name and summary are known without loading its class.
 *
 * @param name    what the user types
 * @param summary one line for {@code help}
 * @param order   position in {@code help}, lower first
 * @param factory creates the command when it runs; may throw if the contribution is broken
 */
public record CommandDescriptor(String name, String summary, int order, Supplier<CliCommand> factory) {
}
