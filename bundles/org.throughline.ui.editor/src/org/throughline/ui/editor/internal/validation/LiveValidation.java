// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.throughline.model.Model;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;

/**
 * Validation as the user edits: after every change (debounced by {@link #DELAY_MILLIS}) a
 * background job re-checks what the change affects and replaces the model file's validation
 * markers in the Problems view. A run that overlapped an edit is thrown away and run again. A
 * model opened from outside the workspace has its markers on a link to it ({@link ExternalModels}),
 * removed when the editor closes.
 */
public final class LiveValidation {

    /**
     * How long the model must be still before it is revalidated: long enough to take a burst of
     * commands (a paste, a quick fix on many elements: each one command) in one run, short enough
     * that the Problems view follows an edit at once (revalidating after one edit of 100,000
     * elements takes 25 ms; a run an edit overlaps is run again).
     */
    public static final long DELAY_MILLIS = 20;

    /** The family of the validation jobs (to wait for them in tests). */
    public static final Object FAMILY = LiveValidation.class;

    private final ModelEditor editor;
    private final Model model;
    private final IFile file;
    private final AtomicLong changes = new AtomicLong();
    private final Set<EObject> pending = Collections.newSetFromMap(new IdentityHashMap<>());
    private final EContentAdapter watcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch()) {
                return;
            }
            synchronized (pending) {
                if (notification.getNotifier() instanceof EObject changed) {
                    pending.add(changed);
                }
                if (notification.getOldValue() instanceof EObject removed) {
                    pending.add(removed);
                }
                if (notification.getNewValue() instanceof EObject added) {
                    pending.add(added);
                }
            }
            changes.incrementAndGet();
        }
    };
    private final Job job;
    private Validator.Session session;
    private java.time.LocalDate sessionDate;
    private volatile boolean stopped;
    private volatile ValidationResult lastResult;
    /** The markers this editor wrote, by what they show; {@code null} until the first run has replaced the file's. */
    private Map<List<Object>, IMarker> written;

    /** @param editor the model editor whose model is validated */
    public LiveValidation(ModelEditor editor) {
        this.editor = editor;
        this.model = editor.model();
        this.file = editor.modelFile() != null ? editor.modelFile() : linkTo(editor);
        this.job = new Job(Messages.bind(Messages.validation_job, editor.modelPath().getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return validate(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setPriority(Job.DECORATE);
        job.setSystem(true);
    }

    /** @return the link that carries the markers of a model from outside the workspace, or {@code null} when it cannot be made */
    private static IFile linkTo(ModelEditor editor) {
        try {
            return ExternalModels.link(editor.modelPath());
        } catch (CoreException e) {
            ILog.of(LiveValidation.class).log(e.getStatus());
            return null;
        }
    }

    /** @return the workspace file whose markers show this model's findings, or {@code null} */
    public IFile markerFile() {
        return file;
    }

    /** Validates the whole model now (in the background) and follows its changes. */
    public void start() {
        model.eAdapters().add(watcher);
        job.schedule();
    }

    /** @param command the command that changed the model (unused: the change notifications say what changed) */
    public void modelChanged(Command command) {
        if (!stopped) {
            job.cancel();
            job.schedule(DELAY_MILLIS);
        }
    }

    private IStatus validate(IProgressMonitor monitor) {
        if (stopped) {
            return Status.CANCEL_STATUS;
        }
        long before = changes.get();
        List<EObject> changed;
        synchronized (pending) {
            changed = new ArrayList<>(pending);
            pending.clear();
        }
        ValidationResult result;
        try {
            // The model's as-at date decides what the rules see (as the command line's validate):
            // a new date, a new session.
            java.time.LocalDate asAt = Validator.asAt(model);
            if (session == null || !asAt.equals(sessionDate)) {
                session = Validator.standard().session(model, asAt);
                sessionDate = asAt;
                result = session.validateAll();
            } else {
                result = session.revalidate(changed);
            }
        } catch (RuntimeException e) {
            // The model changed under the run (it is edited on the UI thread): start afresh.
            session = null;
            if (changes.get() == before) {
                ILog.of(LiveValidation.class).log(Status.error(Messages.validation_failed, e));
                return Status.OK_STATUS;
            }
            result = null;
        }
        if (changes.get() != before || result == null) {
            synchronized (pending) {
                pending.addAll(changed);
            }
            if (!stopped) {
                job.schedule(DELAY_MILLIS);
            }
            return Status.OK_STATUS;
        }
        lastResult = result;
        writeMarkers(result, monitor);
        org.eclipse.swt.widgets.Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            ValidationResult done = result;
            display.asyncExec(() -> {
                if (!stopped && editor.treePage() != null) {
                    editor.treePage().showFindings(done);
                }
            });
        }
        return Status.OK_STATUS;
    }

    /**
     * Makes the file's validation markers those of the findings: markers of findings that are
     * still there are kept, the others deleted and the new ones created, so that one edit of a
     * large model changes a handful of markers, not all of them (and the Problems view redraws
     * only those). The first run replaces whatever markers the file had.
     */
    private void writeMarkers(ValidationResult result, IProgressMonitor monitor) {
        if (file == null || !file.exists() || stopped) {
            return;
        }
        IWorkspaceRunnable update = progress -> {
            if (stopped || !file.exists()) {
                return; // the editor closed meanwhile (and an external model's link is gone)
            }
            Map<List<Object>, IMarker> next = new HashMap<>();
            if (written == null) {
                file.deleteMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO);
                written = new HashMap<>();
            }
            List<Finding> added = new ArrayList<>();
            for (Finding finding : result.findings()) {
                List<Object> key = key(finding);
                IMarker kept = written.remove(key);
                if (kept != null && kept.exists()) {
                    next.put(key, kept);
                } else if (!next.containsKey(key)) {
                    next.put(key, null);
                    added.add(finding);
                }
            }
            for (IMarker gone : written.values()) {
                gone.delete();
            }
            for (Finding finding : added) {
                next.put(key(finding), file.createMarker(ModelEditors.VALIDATION_MARKER, attributes(finding)));
            }
            written = next;
        };
        try {
            ResourcesPlugin.getWorkspace().run(update, file, 0, monitor);
        } catch (CoreException e) {
            written = null;
            ILog.of(LiveValidation.class).log(e.getStatus());
        }
    }

    /** @return what tells one finding's marker from another's: everything the marker shows */
    private static List<Object> key(Finding finding) {
        return Arrays.asList(finding.rule().id(), finding.elementId(), finding.severity(), finding.message(), finding.path());
    }

    private static Map<String, Object> attributes(Finding finding) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, finding.message());
        attributes.put(IMarker.SEVERITY, Integer.valueOf(severity(finding)));
        attributes.put(IMarker.LOCATION, finding.path() == null ? "" : finding.path()); //$NON-NLS-1$
        attributes.put(ModelEditors.MARKER_RULE_ID, finding.rule().id());
        if (finding.elementId() != null) {
            attributes.put(ModelEditors.MARKER_ELEMENT_ID, finding.elementId());
        }
        if (finding.rule().quickFix() != null) {
            attributes.put(ModelEditors.MARKER_QUICK_FIX, finding.rule().quickFix());
        }
        return attributes;
    }

    private static int severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    /** @return the findings of the last complete run, or {@code null} before the first */
    public ValidationResult lastResult() {
        return lastResult;
    }

    /** Validates everything again (for example after the severities changed in the preferences). */
    public void revalidateAll() {
        if (!stopped) {
            session = null;
            job.cancel();
            job.schedule();
        }
    }

    /**
     * Stops following the model.
     *
     * @param removeMarkers whether to remove the file's markers (they describe changes that were thrown away)
     */
    public void stop(boolean removeMarkers) {
        stopped = true;
        job.cancel();
        model.eAdapters().remove(watcher);
        try {
            if (ExternalModels.isLink(file)) {
                // A model from outside the workspace shows in the Problems view while it is open.
                ExternalModels.unlink(file);
                written = null;
            } else if (removeMarkers && file != null && file.exists()) {
                file.deleteMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO);
                written = null;
            }
        } catch (CoreException e) {
            ILog.of(LiveValidation.class).log(e.getStatus());
        }
    }
}
