// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisDescriptor;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Model;

/** Runs one analysis of a snapshot of a model in a background job and hands the run back on the UI thread. */
final class AnalysisRunner {

    /** The family of the analysis jobs, for waiting on them. */
    static final Object FAMILY = AnalysisRunner.class;

    /**
     * A finished run with the snapshot it read, to map its rows' elements back to the model.
     *
     * @param run      the run: a result or a failure
     * @param snapshot the copy of the model it read
     */
    record Results(AnalysisRun run, ModelSnapshot snapshot) {

        /** @return the model element a row's element is the copy of, or {@code null} */
        EObject original(EObject copied) {
            return snapshot.original(copied);
        }
    }

    private AnalysisRunner() {
    }

    /**
     * Copies the model (on the calling UI thread), then runs the analysis in a job.
     *
     * @param analyses   the analyses
     * @param descriptor the analysis to run
     * @param model      the model, as in its editor
     * @param subject    the element the analysis asks about, or {@code null}
     * @param done       called on the UI thread with the run
     */
    static void start(Analyses analyses, AnalysisDescriptor descriptor, Model model, EObject subject, Consumer<Results> done) {
        Display display = Display.getCurrent();
        ModelSnapshot snapshot = ModelSnapshot.of(model);
        EObject subjectCopy = snapshot.copyOf(subject);
        Job job = new Job(NLS.bind(Messages.job_analysis, descriptor.name())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                AnalysisRun run;
                try {
                    run = analyses.run(descriptor.id(), AnalysisInput.of(snapshot.copy(), subjectCopy));
                } catch (AnalysisException e) {
                    run = new AnalysisRun(descriptor, null, e.getMessage());
                }
                Results results = new Results(run, snapshot);
                display.asyncExec(() -> done.accept(results));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
    }
}
