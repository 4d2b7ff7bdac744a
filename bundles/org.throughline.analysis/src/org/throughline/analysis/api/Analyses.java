// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.internal.AnalysisRegistry;
import org.throughline.analysis.internal.AnalysisRegistry.Registered;
import org.throughline.analysis.internal.Messages;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;
import org.throughline.model.api.Isolation;

/**
 * Runs the analyses contributed to {@code org.throughline.analyses}: Throughline's own (weak
 * links, single points of failure, impact, trajectories, flow, accountability, line of sight,
 * evidence, network) and any a plugin adds. A contribution that throws, or does not answer within
 * the time limit ({@link #withTimeLimit(Duration)}, 30 s unless told otherwise), gives a failed
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

    /** How long a run of one analysis is waited for unless told otherwise: 30 seconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    private final AnalysisRegistry registry;
    private final Duration timeLimit;

    private Analyses(AnalysisRegistry registry, Duration timeLimit) {
        this.registry = registry;
        this.timeLimit = timeLimit;
    }

    /** @return the analyses contributed to the extension point, read now, with the default time limit */
    public static Analyses standard() {
        return new Analyses(AnalysisRegistry.fromExtensions(), DEFAULT_TIME_LIMIT);
    }

    /**
     * @param limit how long to wait for a run of one analysis; a run that takes longer is a failed
     *              run ("did not answer within N s") and the other analyses go on
     * @return these analyses with that time limit
     * @throws IllegalArgumentException when the limit is not positive
     */
    public Analyses withTimeLimit(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException(String.valueOf(limit));
        }
        return new Analyses(registry, limit);
    }

    /** @return how long a run of one analysis is waited for */
    public Duration timeLimit() {
        return timeLimit;
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
     * Runs one analysis on the model as it was known on the input's date (see
     * {@link AnalysisInput#asKnown()}).
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
        return answeredFor(input, runIsolated(analysis, input.asKnown()));
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
     * @param given      the model, the subject and the date
     * @param beforeEach told which analysis is about to run
     * @return one run per analysis, in contribution order
     */
    public List<AnalysisRun> runAll(AnalysisInput given, Consumer<AnalysisDescriptor> beforeEach) {
        AnalysisInput input = given.asKnown();
        List<AnalysisRun> runs = new ArrayList<>();
        for (Registered analysis : registry.analyses()) {
            if (analysis.descriptor().needsSubject() && input.subject() == null) {
                continue;
            }
            beforeEach.accept(analysis.descriptor());
            try {
                runs.add(answeredFor(given, runIsolated(analysis, input)));
            } catch (AnalysisException e) {
                runs.add(new AnalysisRun(analysis.descriptor(), null, e.getMessage()));
            }
        }
        return runs;
    }

    /**
     * @return the run with its rows about the given model's elements, when it ran on a view of
     *         the model as known on the date (a copy)
     */
    private static AnalysisRun answeredFor(AnalysisInput given, AnalysisRun run) {
        if (run.result() == null) {
            return run;
        }
        EObject sample = run.result().rows().stream().map(AnalysisResult.Row::element).filter(e -> e != null).findFirst().orElse(null);
        if (sample == null || org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(sample) == given.model()) {
            return run;
        }
        java.util.function.Function<EObject, EObject> back = AsAt.backTo(given.model());
        List<AnalysisResult.Row> rows = run.result().rows().stream().map(r -> new AnalysisResult.Row(back.apply(r.element()), r.cells()))
                .toList();
        return new AnalysisRun(run.descriptor(), new AnalysisResult(run.result().headline(), run.result().columns(), rows), run.failure());
    }

    private AnalysisRun runIsolated(Registered analysis, AnalysisInput input) throws AnalysisException {
        AnalysisDescriptor descriptor = analysis.descriptor();
        Isolation.Outcome<AnalysisResult> outcome = Isolation.run(() -> analysis.factory().get().run(input), timeLimit,
                Messages.bind(Messages.analyses_who, descriptor.name(), analysis.contributor()), Messages.analyses_othersRan,
                AnalysisException.class).rethrow(AnalysisException.class);
        return new AnalysisRun(descriptor, outcome.value(), outcome.failure());
    }

    /**
     * @param model a model
     * @return the date the model describes: its as-at date (for models that describe a
     *         moment past), or else today
     */
    public static LocalDate asAt(Model model) {
        return org.throughline.model.api.AsAt.of(model);
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
