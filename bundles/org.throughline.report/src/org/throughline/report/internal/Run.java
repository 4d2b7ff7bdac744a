// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisDescriptor;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.report.api.ReportContext;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.ValidationResult;
import org.throughline.validation.api.Validator;

/** One report run: what every page and section shares. */
public final class Run implements ReportContext {

    /** At most this many characters of charts (16 MB) are kept for their second showing. */
    private static final long KEPT_CHART_CHARS = 8L << 20;

    private final Catalogue catalogue;
    private final LocalDate asAt;
    private final boolean pack;
    private ValidationResult validation;
    /** The validation running elsewhere, or {@code null}. */
    private java.util.concurrent.Future<ValidationResult> validating;
    private volatile Map<EObject, List<Finding>> findingsByElement;
    /** Pages are written on several threads at once; each knows where its own page is. */
    private final ThreadLocal<String> prefix = ThreadLocal.withInitial(() -> ""); //$NON-NLS-1$
    private ViewpointRegistry viewpoints;
    private Diagrams diagrams;
    /**
     * The HTML report shows each indicator's chart twice, on its own page and among the
     * trajectories: a chart drawn for one is kept, up to a budget, until the other takes it.
     */
    private final Map<Indicator, String> charts = new ConcurrentHashMap<>();
    private final AtomicLong chartChars = new AtomicLong();
    /** The analyses, read once for the report. */
    private Analyses analyses;
    /**
     * Each analysis runs once per subject for the whole report: sections written at once on
     * several threads that ask the same wait for the one run.
     */
    private final Map<AnalysisKey, java.util.concurrent.CompletableFuture<AnalysisRun>> runs = new ConcurrentHashMap<>();

    /** An analysis about a subject (compared by identity: elements are). */
    private record AnalysisKey(String id, Object subject) {
        @Override
        public boolean equals(Object other) {
            return other instanceof AnalysisKey key && key.id.equals(id) && key.subject == subject;
        }

        @Override
        public int hashCode() {
            return id.hashCode() * 31 + System.identityHashCode(subject);
        }
    }

    /**
     * @param catalogue the model's index
     * @param pack      whether a PDF pack is written (no element pages to link to)
     */
    public Run(Catalogue catalogue, boolean pack) {
        this.catalogue = catalogue;
        this.asAt = Validator.asAt(catalogue.model());
        this.pack = pack;
    }

    /**
     * @param viewpoints the viewpoints diagrams come from
     */
    public void setViewpoints(ViewpointRegistry viewpoints) {
        this.viewpoints = viewpoints;
    }

    /**
     * @param diagramId a diagram description's id
     * @param root      the element the diagram is for
     * @return the drawn diagram, or a note why there is none
     */
    public Diagrams.Drawn diagram(String diagramId, EObject root) {
        return diagram(diagramId, root, false);
    }

    /**
     * @param diagramId a diagram description's id
     * @param root      the element the diagram is for
     * @param compact   whether its lanes end where their content ends ({@link Diagrams#drawCompact})
     * @return the drawn diagram, or a note why there is none
     */
    public synchronized Diagrams.Drawn diagram(String diagramId, EObject root, boolean compact) {
        if (diagrams == null) {
            diagrams = new Diagrams(catalogue.model());
        }
        ViewpointRegistry registry = viewpoints != null ? viewpoints : ViewpointRegistry.getDefault();
        DiagramDescription description = registry.diagram(diagramId).orElse(null);
        if (description == null) {
            return new Diagrams.Drawn(null, diagramId, null, Messages.bind(Messages.diagrams_unknown, diagramId), List.of());
        }
        Diagrams.Planned planned = new Diagrams.Planned(0, description, root);
        return compact ? diagrams.drawCompact(planned) : diagrams.draw(planned);
    }

    /**
     * @param indicator an indicator
     * @return its trajectory chart, as {@link TrajectoryChart#svg(Indicator, LocalDate)} draws it
     */
    public String chart(Indicator indicator) {
        String kept = charts.remove(indicator);
        if (kept != null) {
            chartChars.addAndGet(-kept.length());
            return kept;
        }
        String svg = TrajectoryChart.svg(indicator, asAt);
        if (!pack && chartChars.addAndGet(svg.length()) <= KEPT_CHART_CHARS) {
            charts.put(indicator, svg);
        } else if (!pack) {
            chartChars.addAndGet(-svg.length());
        }
        return svg;
    }

    /** @return the model's index */
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public Model model() {
        return catalogue.model();
    }

    @Override
    public LocalDate asAt() {
        return asAt;
    }

    @Override
    public synchronized ValidationResult validation() {
        if (validation == null && validating != null) {
            validation = done(validating);
        }
        if (validation == null) {
            validation = Validator.standard().validate(catalogue.model(), asAt);
        }
        return validation;
    }

    /**
     * @param running the validation of the model as at its date, already running (the report
     *                starts it before it makes its catalogue): what {@link #validation()} gives
     */
    public synchronized void validating(java.util.concurrent.Future<ValidationResult> running) {
        this.validating = running;
    }

    /** @return what the validation gave, or its failure thrown as if it had run here */
    private static ValidationResult done(java.util.concurrent.Future<ValidationResult> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while the model was validated"); //$NON-NLS-1$
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized Analyses analysesRead() {
        if (analyses == null) {
            analyses = Analyses.standard();
        }
        return analyses;
    }

    @Override
    public AnalysisRun analysis(String id, EObject subject) throws AnalysisException {
        java.util.concurrent.CompletableFuture<AnalysisRun> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<AnalysisRun> run = runs.putIfAbsent(new AnalysisKey(id, subject), mine);
        if (run == null) {
            run = mine;
            try {
                // The report's model is already as known on its date (AsAt.view): no run looks through it again.
                mine.complete(analysesRead().run(id, new AnalysisInput(model(), subject, asAt(), java.util.Set.of(AnalysisInput.KNOWN))));
            } catch (AnalysisException | RuntimeException | Error e) {
                mine.completeExceptionally(e);
            }
        }
        try {
            return run.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof AnalysisException analysisException) {
                throw new AnalysisException(analysisException.getMessage());
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    @Override
    public List<AnalysisRun> analyses() {
        List<AnalysisRun> all = new ArrayList<>();
        for (AnalysisDescriptor descriptor : analysesRead().descriptors()) {
            if (descriptor.needsSubject()) {
                continue;
            }
            try {
                all.add(analysis(descriptor.id(), null));
            } catch (AnalysisException e) {
                all.add(new AnalysisRun(descriptor, null, e.getMessage()));
            }
        }
        return all;
    }

    /**
     * @param element a model element
     * @return the findings on it that count and those suppressed
     */
    public List<Finding> findings(EObject element) {
        Map<EObject, List<Finding>> byElement = findingsByElement;
        if (byElement == null) {
            byElement = indexFindings();
        }
        return byElement.getOrDefault(element, List.of());
    }

    private synchronized Map<EObject, List<Finding>> indexFindings() {
        if (findingsByElement == null) {
            Map<EObject, List<Finding>> byElement = new IdentityHashMap<>();
            ValidationResult result = validation();
            for (Finding finding : result.findings()) {
                byElement.computeIfAbsent(finding.element(), k -> new ArrayList<>(2)).add(finding);
            }
            for (Finding finding : result.suppressed()) {
                byElement.computeIfAbsent(finding.element(), k -> new ArrayList<>(2)).add(finding);
            }
            findingsByElement = byElement;
        }
        return findingsByElement;
    }

    /** @param prefix the way from the page being written to the report's folder: "" or "../" */
    public void setPrefix(String prefix) {
        this.prefix.set(prefix);
    }

    /** @return the way from the page being written to the report's folder */
    public String prefix() {
        return prefix.get();
    }

    @Override
    public String href(EObject element) {
        return href(element, prefix.get());
    }

    /**
     * @param element a model element
     * @param from    the way from the page being written to the report's folder: "" or "../"
     * @return the address of its page from that page, or {@code null} when it has none
     */
    public String href(EObject element, String from) {
        if (pack || element == null) {
            return null;
        }
        if (element == catalogue.model()) {
            return from + "index.html"; //$NON-NLS-1$
        }
        Catalogue.Place place = catalogue.place(element);
        if (place == null) {
            return null;
        }
        return from.isEmpty() ? place.link() : from + place.link();
    }

    @Override
    public String label(EObject element) {
        return Labels.label(element);
    }

    @Override
    public boolean isPack() {
        return pack;
    }
}
