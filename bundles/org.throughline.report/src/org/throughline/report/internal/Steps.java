// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The steps of writing a report or a pack, told to a progress monitor from whichever thread takes
 * the step; each step first asks whether the user cancelled, and stops the writing if so.
 */
final class Steps {

    private final IProgressMonitor monitor;

    /**
     * @param monitor the monitor, or {@code null}
     * @param name    what is being written, for the user
     * @param total   how many steps there are
     */
    Steps(IProgressMonitor monitor, String name, int total) {
        this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
        this.monitor.beginTask(name, total);
    }

    /**
     * Starts the next step.
     *
     * @param what what is done now, for the user
     * @throws OperationCanceledException when the user cancelled
     */
    synchronized void next(String what) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        monitor.subTask(what);
        monitor.worked(1);
    }

    /** Ends the monitor's task. */
    synchronized void done() {
        monitor.done();
    }
}
