// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.io.Writer;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Indicator;
import org.throughline.report.api.Markup;
import org.throughline.report.api.ReportContext;

/** The report's own {@link Markup}: it may also write markup the report produced itself (SVG, the page frame). */
public final class PageMarkup extends Markup {

    private final Run run;
    /** The way from the page to the report's folder, as the run said when the page was started. */
    private final String prefix;

    /**
     * @param out where the markup goes
     * @param run the report run, whose prefix for this thread ({@link Run#setPrefix}) is the page's
     */
    public PageMarkup(Writer out, Run run) {
        super(out);
        this.run = run;
        this.prefix = run.prefix();
    }

    @Override
    protected String href(EObject element) {
        return run.href(element, prefix);
    }

    @Override
    public Markup trajectoryChart(Indicator indicator) {
        String chart = run.chart(indicator);
        if (run.isPack() && chart.startsWith("<svg")) { //$NON-NLS-1$
            return raw(PackWriter.figures(chart, TrajectoryChart.describe(indicator)));
        }
        return raw(chart);
    }

    @Override
    public Markup diagram(String diagramId, EObject root) {
        return diagram(run.diagram(diagramId, root, false));
    }

    /**
     * A diagram whose lanes end where their content ends, for a small diagram on a page of its own.
     *
     * @param diagramId a diagram description's id
     * @param root      the element the diagram is for
     * @return this
     */
    public Markup compactDiagram(String diagramId, EObject root) {
        return diagram(run.diagram(diagramId, root, true));
    }

    private Markup diagram(Diagrams.Drawn drawn) {
        if (drawn.svg() == null) {
            return element("p", drawn.note(), "class", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (run.isPack()) {
            return raw(PackWriter.figures(drawn.svg(), alt(drawn)));
        }
        open("figure", "class", "diagram"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        raw(drawn.svg());
        return close();
    }

    /** What a diagram shows, in words: its name and the elements drawn (the first twenty). */
    private static String alt(Diagrams.Drawn drawn) {
        StringBuilder names = new StringBuilder();
        int shown = 0;
        for (EObject element : drawn.elements()) {
            if (shown == 20) {
                names.append(", \u2026"); //$NON-NLS-1$
                break;
            }
            names.append(shown++ == 0 ? "" : ", ").append(Labels.label(element)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Messages.bind(Messages.pack_diagramAlt, new Object[] { drawn.name(), Integer.valueOf(drawn.elements().size()), names });
    }

    @Override
    public ReportContext context() {
        return run;
    }

    /**
     * @param markup markup the report produced: the page frame, or SVG from the renderer
     * @return this
     */
    public PageMarkup trusted(CharSequence markup) {
        raw(markup);
        return this;
    }

    /** @return how many elements are open */
    public int openElements() {
        return depth();
    }
}
