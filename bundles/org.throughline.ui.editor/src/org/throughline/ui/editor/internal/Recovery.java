// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.swt.widgets.Display;
import org.throughline.model.api.AtomicFiles;

/**
 * Autosave for crashes: while the model has unsaved changes, a copy is written every
 * {@link #INTERVAL_MILLIS} to a recovery file in the workspace's metadata (never over the
 * model). Saving, or closing without saving, removes it; a recovery file left behind means the
 * workbench ended unexpectedly, and the editor offers it when the model is opened again.
 */
public final class Recovery {

    /** How often unsaved changes are copied to the recovery file. */
    public static final long INTERVAL_MILLIS = 60_000;

    private final ModelEditor editor;
    private final Job job;
    private volatile boolean stopped;
    private Object lastWritten;

    Recovery(ModelEditor editor) {
        this.editor = editor;
        this.job = new Job(Messages.recovery_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                writeNow();
                if (!stopped) {
                    schedule(INTERVAL_MILLIS);
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
    }

    void start() {
        job.schedule(INTERVAL_MILLIS);
    }

    /** Writes the recovery file now if the model changed since the last write (called by the job, and by tests). */
    public void writeNow() {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        byte[][] content = new byte[1][];
        display.syncExec(() -> content[0] = snapshot());
        if (content[0] == null) {
            return;
        }
        Path file = fileFor(editor.modelPath());
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, content[0]);
        } catch (IOException e) {
            ILog.of(Recovery.class).log(Status.warning(Messages.bind(Messages.recovery_writeFailed, file, e.getMessage()), e));
        }
    }

    /** @return the model as XMI when it has unsaved changes not yet written, else {@code null}; on the UI thread */
    private byte[] snapshot() {
        if (stopped || editor.treePage() == null || editor.treePage().isDisposed()) {
            return null;
        }
        BasicCommandStack stack = (BasicCommandStack) editor.editingDomain().getCommandStack();
        Object top = stack.getUndoCommand();
        if (!editor.isDirty() || top == lastWritten) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            editor.modelResource().save(out, null);
        } catch (IOException e) {
            return null;
        }
        lastWritten = top;
        return out.toByteArray();
    }

    /** The model was saved: the recovery file is no longer needed. */
    void saved() {
        lastWritten = null;
        delete(editor.modelPath());
    }

    /** The editor closes: no recovery is needed for changes the user chose to throw away. */
    void stop() {
        stopped = true;
        job.cancel();
        delete(editor.modelPath());
    }

    static void delete(Path model) {
        try {
            Files.deleteIfExists(fileFor(model));
        } catch (IOException e) {
            ILog.of(Recovery.class).log(Status.warning(e.getMessage(), e));
        }
    }

    /**
     * @param model a model file
     * @return its recovery file (which may not exist)
     */
    public static Path fileFor(Path model) {
        String key = HexFormat.of().formatHex(model.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        if (key.length() > 120) {
            key = Integer.toHexString(model.toAbsolutePath().normalize().hashCode()) + key.substring(key.length() - 100);
        }
        Path base = Platform.getStateLocation(Platform.getBundle("org.throughline.ui.editor")).toFile().toPath(); //$NON-NLS-1$
        return base.resolve("recovery").resolve(key + ".throughline"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param model a model file
     * @return its recovery file when one was left by a workbench that ended while the model had
     *         unsaved changes, newer than the model itself; else {@code null}
     */
    public static Path leftBehind(Path model) {
        Path file = fileFor(model);
        try {
            if (Files.isRegularFile(file)
                    && (!Files.exists(model) || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(model)) > 0)) {
                return file;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
