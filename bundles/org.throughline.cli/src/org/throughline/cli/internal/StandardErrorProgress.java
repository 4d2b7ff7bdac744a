// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The command line's progress monitor: each step a long job (a report, a pack, an import) tells
 * is one line on standard error, numbered when the job said how many steps it has. The results
 * on standard output stay clean for pipes.
 */
final class StandardErrorProgress extends NullProgressMonitor {

    private final PrintStream err;
    private final String command;
    private int total;
    private int step;

    /**
     * @param err     standard error
     * @param command the command's name, in each line
     */
    StandardErrorProgress(PrintStream err, String command) {
        this.err = err;
        this.command = command;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        if (total == 0 && totalWork > 0) {
            total = totalWork;
        }
    }

    @Override
    public synchronized void subTask(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        step++;
        err.println(total > 0 && step <= total
                ? Messages.bind(Messages.progress_step, new Object[] { command, Integer.valueOf(step), Integer.valueOf(total), name })
                : Messages.bind(Messages.progress_task, command, name));
    }
}
