// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.render.api.SvgRenderer;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The diagrams of a report: every built-in or contributed viewpoint's diagram for every element
 * it applies to (the model for model-wide viewpoints, each chain for the delivery-chain
 * viewpoint, each service for service flow...), laid out with a saved layout when the model
 * has a representations file, drawn as SVG by the same renderer as the screen.
 */
public final class Diagrams {

    /** The most nodes a diagram may have to be drawn in a report; larger ones are listed, not drawn. */
    public static final int MAX_NODES = 400;
    /** Labels longer than this are not laid out (a report must not stall on a hostile name). */
    public static final int MAX_LABEL = 4000;

    /** One diagram to draw. */
    public record Planned(int number, DiagramDescription description, EObject root) {
        /** @return the page's file name in {@code d/} */
        public String page() {
            return number + ".html"; //$NON-NLS-1$
        }
    }

    /**
     * A drawn diagram.
     *
     * @param planned  what was drawn
     * @param name     its title
     * @param svg      the inline SVG (no XML declaration), or {@code null} when not drawn
     * @param note     why it was not drawn, or {@code null}
     * @param elements the model elements it shows
     */
    public record Drawn(Planned planned, String name, String svg, String note, List<EObject> elements) {
    }

    private final Map<String, DiagramState> saved = new HashMap<>();

    /** @param model the model, whose representations file (if any) gives saved layouts */
    public Diagrams(Model model) {
        URI uri = model.eResource() == null ? null : model.eResource().getURI();
        if (uri != null && uri.isFile()) {
            try {
                Path representations = RepresentationsFile.besideModel(Path.of(uri.toFileString()));
                if (Files.isRegularFile(representations)) {
                    for (DiagramState state : RepresentationsFile.read(representations)) {
                        saved.putIfAbsent(state.descriptionId() + "\n" + state.rootId(), state); //$NON-NLS-1$
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Without saved layouts every diagram is laid out afresh.
                SectionRegistry.log(e.getMessage(), e);
            }
        }
    }

    /**
     * @param viewpoints  the viewpoints
     * @param catalogue   the model's index
     * @param maxPerKind  the most diagrams of one kind to draw
     * @param notes       where to say what was left out
     * @return the diagrams to draw, numbered from 1
     */
    public static List<Planned> plan(ViewpointRegistry viewpoints, Catalogue catalogue, int maxPerKind, List<String> notes) {
        List<Planned> planned = new ArrayList<>();
        for (DiagramDescription description : viewpoints.diagrams()) {
            if (!(ThroughlinePackage.eINSTANCE.getEClassifier(description.getDomainClass()) instanceof EClass type)) {
                continue;
            }
            List<EObject> roots = new ArrayList<>();
            if (type.isInstance(catalogue.model())) {
                roots.add(catalogue.model());
            }
            for (Map.Entry<EClass, List<EObject>> entry : catalogue.byClass().entrySet()) {
                if (entry.getKey() != catalogue.model().eClass() && type.isSuperTypeOf(entry.getKey())) {
                    roots.addAll(entry.getValue());
                }
            }
            for (int i = 0; i < roots.size(); i++) {
                if (i == maxPerKind) {
                    notes.add(Messages.bind(Messages.diagrams_capped, new Object[] { Integer.valueOf(roots.size() - maxPerKind),
                            label(description), Integer.valueOf(maxPerKind) }));
                    break;
                }
                planned.add(new Planned(planned.size() + 1, description, roots.get(i)));
            }
        }
        return planned;
    }

    /** Characters XML does not allow (lone surrogates, controls) become U+FFFD, so the SVG parses wherever it goes. */
    static String xmlCharacters(String svg) {
        StringBuilder clean = null;
        for (int i = 0; i < svg.length(); i++) {
            char c = svg.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= svg.length() || !Character.isLowSurrogate(svg.charAt(i + 1));
                if (!bad) {
                    if (clean != null) {
                        clean.append(c).append(svg.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            }
            if (bad && clean == null) {
                clean = new StringBuilder(svg.length());
                clean.append(svg, 0, i);
            }
            if (clean != null) {
                clean.append(bad ? '\uFFFD' : c);
            }
        }
        return clean == null ? svg : clean.toString();
    }

    private static String label(DiagramDescription description) {
        return description.getLabel() != null ? description.getLabel() : description.getId();
    }

    /**
     * Interprets, lays out and renders one diagram. Safe to call from a worker thread while the
     * model is only read.
     *
     * @param planned what to draw
     * @return the drawn diagram, or a note saying why it was not drawn
     */
    public Drawn draw(Planned planned) {
        return draw(planned, false);
    }

    /**
     * Like {@link #draw(Planned)}, with the lanes ending where their content ends (an editor's
     * lanes are long, to leave room to draw in): for a small diagram on a page of the pack.
     *
     * @param planned what to draw
     * @return the drawn diagram, or a note saying why it was not drawn
     */
    public Drawn drawCompact(Planned planned) {
        return draw(planned, true);
    }

    private Drawn draw(Planned planned, boolean compact) {
        DiagramDescription description = planned.description();
        String fallbackName = label(description) + ": " + Labels.label(planned.root()); //$NON-NLS-1$
        try {
            DiagramState state = saved.get(description.getId() + "\n" + DiagramInterpreter.idOf(planned.root())); //$NON-NLS-1$
            Diagram diagram = DiagramInterpreter.create(description, planned.root(), state);
            List<DiagramNode> nodes = diagram.allNodes();
            List<EObject> elements = new ArrayList<>();
            nodes.forEach(n -> elements.add(n.element()));
            if (nodes.isEmpty()) {
                return new Drawn(planned, diagram.name(), null, Messages.diagrams_empty, elements);
            }
            if (nodes.size() > MAX_NODES) {
                return new Drawn(planned, diagram.name(), null, Messages.bind(Messages.diagrams_tooLarge, Integer.valueOf(nodes.size()),
                        Integer.valueOf(MAX_NODES)), elements);
            }
            for (DiagramNode node : nodes) {
                if (node.label().length() > MAX_LABEL) {
                    return new Drawn(planned, diagram.name(), null, Messages.bind(Messages.diagrams_longLabel, Integer.valueOf(MAX_LABEL)),
                            elements);
                }
            }
            for (DiagramEdge edge : diagram.edges()) {
                if (edge.label().length() > MAX_LABEL) {
                    return new Drawn(planned, diagram.name(), null, Messages.bind(Messages.diagrams_longLabel, Integer.valueOf(MAX_LABEL)),
                            elements);
                }
            }
            if (diagram.name().length() > MAX_LABEL) {
                return new Drawn(planned, fallbackName, null, Messages.bind(Messages.diagrams_longLabel, Integer.valueOf(MAX_LABEL)),
                        elements);
            }
            DiagramLayout.layout(diagram, state == null ? DiagramLayout.Scope.ALL : DiagramLayout.Scope.NEW_ELEMENTS);
            if (compact) {
                trimLanes(diagram);
            }
            String svg = SvgRenderer.render(diagram);
            int start = svg.indexOf("<svg"); //$NON-NLS-1$
            return new Drawn(planned, diagram.name(), xmlCharacters(start < 0 ? svg : svg.substring(start)), null, elements);
        } catch (Exception | LinkageError | StackOverflowError e) {
            String message = Messages.bind(Messages.diagrams_failed, fallbackName, String.valueOf(e.getMessage()));
            SectionRegistry.log(message, e);
            return new Drawn(planned, fallbackName, null, message, List.of());
        }
    }

    /** The least length a trimmed lane keeps beyond its header. */
    private static final double LANE_ROOM = 180;
    /** The room a trimmed lane keeps beyond its content. */
    private static final double LANE_PAD = 30;

    /** Shortens horizontal lanes (bands one above the other) to their content: its nodes, edges and edge labels. */
    static void trimLanes(Diagram diagram) {
        List<DiagramNode> lanes = diagram.nodes().stream().filter(n -> n.kind() == NodeKind.LANE && n.bounds() != null).toList();
        if (lanes.isEmpty() || lanes.stream().anyMatch(l -> Math.abs(l.bounds().x() - lanes.get(0).bounds().x()) > 0.5)) {
            return;
        }
        double right = lanes.get(0).bounds().x() + DiagramLayout.LANE_HEADER + LANE_ROOM;
        for (DiagramNode node : diagram.allNodes()) {
            if (node.kind() != NodeKind.LANE && node.bounds() != null) {
                right = Math.max(right, node.bounds().right() + LANE_PAD);
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            for (Point point : edge.route()) {
                right = Math.max(right, point.x() + LANE_PAD);
            }
            if (edge.labelPosition() != null) {
                right = Math.max(right, edge.labelPosition().x()
                        + TextMetrics.width(edge.label(), edge.style().fontSize(), edge.style().bold()) + LANE_PAD);
            }
        }
        for (DiagramNode lane : lanes) {
            Bounds b = lane.bounds();
            if (right < b.right()) {
                lane.setBounds(new Bounds(b.x(), b.y(), right - b.x(), b.height()));
            }
        }
    }
}
