// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.internal.AnalysisRegistry;
import org.throughline.analysis.internal.AnalysisRegistry.Registered;
import org.throughline.analysis.internal.Messages;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.Property;

/**
 * Runs the analyses contributed to {@code org.throughline.analyses}: Throughline's own (weak
 * links, single points of failure, impact, trajectories, flow, accountability, line of sight,
 * evidence, network) and any a plugin adds. A contribution that throws gives a failed
 * {@link AnalysisRun} with a message; it never stops the others.
 *
 * <pre>
 * Analyses analyses = Analyses.standard();
 * for (AnalysisRun run : analyses.runAll(AnalysisInput.of(model))) {
 *     System.out.println(run.failed() ? run.failure() : run.result().headline());
 * }
 * </pre>
 */
public final class Analyses {

    private final AnalysisRegistry registry;

    private Analyses(AnalysisRegistry registry) {
        this.registry = registry;
    }

    /** @return the analyses contributed to the extension point, read now */
    public static Analyses standard() {
        return new Analyses(AnalysisRegistry.fromExtensions());
    }

    /** @return every analysis, in contribution order */
    public List<AnalysisDescriptor> descriptors() {
        return registry.analyses().stream().map(Registered::descriptor).toList();
    }

    /**
     * @param id an analysis id
     * @return the analysis of that id, or {@code null} when there is none
     */
    public AnalysisDescriptor descriptor(String id) {
        return registry.analyses().stream().map(Registered::descriptor).filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** @return one sentence for each contribution that was malformed and skipped */
    public List<String> problems() {
        return registry.problems();
    }

    /**
     * Runs one analysis.
     *
     * @param id    the analysis id
     * @param input the model, the subject and the date
     * @return the run: its result, or a failure when the contribution threw or could not be created
     * @throws AnalysisException when there is no analysis of that id, or the input does not allow
     *                           an answer (such as no subject for an analysis that needs one)
     */
    public AnalysisRun run(String id, AnalysisInput input) throws AnalysisException {
        Registered analysis = registry.analyses().stream().filter(a -> a.descriptor().id().equals(id)).findFirst().orElse(null);
        if (analysis == null) {
            throw new AnalysisException(Messages.bind(Messages.analyses_unknown, id,
                    String.join(", ", descriptors().stream().map(AnalysisDescriptor::id).toList()))); //$NON-NLS-1$
        }
        if (analysis.descriptor().needsSubject() && input.subject() == null) {
            throw new AnalysisException(Messages.bind(Messages.analyses_needsSubject, id));
        }
        return runIsolated(analysis, input);
    }

    /**
     * Runs every analysis that can answer for the input: those that need a subject run only when
     * the input has one. An analysis that fails gives a failed run; the others still run.
     *
     * @param input the model, the subject and the date
     * @return one run per analysis, in contribution order
     */
    public List<AnalysisRun> runAll(AnalysisInput input) {
        return runAll(input, d -> {
            // no progress wanted
        });
    }

    /**
     * Like {@link #runAll(AnalysisInput)}, telling before each analysis starts (to show progress).
     *
     * @param input      the model, the subject and the date
     * @param beforeEach told which analysis is about to run
     * @return one run per analysis, in contribution order
     */
    public List<AnalysisRun> runAll(AnalysisInput input, Consumer<AnalysisDescriptor> beforeEach) {
        List<AnalysisRun> runs = new ArrayList<>();
        for (Registered analysis : registry.analyses()) {
            if (analysis.descriptor().needsSubject() && input.subject() == null) {
                continue;
            }
            beforeEach.accept(analysis.descriptor());
            try {
                runs.add(runIsolated(analysis, input));
            } catch (AnalysisException e) {
                runs.add(new AnalysisRun(analysis.descriptor(), null, e.getMessage()));
            }
        }
        return runs;
    }

    private static AnalysisRun runIsolated(Registered analysis, AnalysisInput input) throws AnalysisException {
        AnalysisDescriptor descriptor = analysis.descriptor();
        try {
            AnalysisResult result = analysis.factory().get().run(input);
            if (result == null) {
                throw new IllegalStateException(Messages.bind(Messages.analyses_noResult, descriptor.id()));
            }
            return new AnalysisRun(descriptor, result, null);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            log(descriptor.id(), e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage(); //$NON-NLS-1$
            return new AnalysisRun(descriptor, null, Messages.bind(Messages.analyses_failed,
                    new Object[] { descriptor.name(), analysis.contributor(), reason }));
        }
    }

    private static void log(String id, Throwable failure) {
        try {
            ILog.of(Analyses.class).error(Messages.bind(Messages.analyses_logEntry, id), failure);
        } catch (RuntimeException | LinkageError noPlatform) {
            // Outside a running platform there is no log; the failure is still in the run.
        }
    }

    /**
     * @param model a model
     * @return the date the model describes: its {@code as-at} user property (yyyy-MM-dd, for
     *         models that describe a moment past), or else today
     */
    public static LocalDate asAt(Model model) {
        for (Property property : model.getProperties()) {
            if ("as-at".equals(property.getKey()) && property.getValue() != null) { //$NON-NLS-1$
                try {
                    return LocalDate.parse(property.getValue().strip());
                } catch (DateTimeParseException e) {
                    break;
                }
            }
        }
        return LocalDate.now();
    }

    /**
     * @param model a model
     * @param id    an element id
     * @return the element of the model with that id, or {@code null}
     */
    public static Element element(Model model, String id) {
        if (id == null) {
            return null;
        }
        if (id.equals(model.getId())) {
            return model;
        }
        for (TreeIterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element && id.equals(element.getId())) {
                return element;
            }
        }
        return null;
    }
}
