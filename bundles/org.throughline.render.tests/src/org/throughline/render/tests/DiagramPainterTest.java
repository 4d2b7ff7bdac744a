// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.TextMetrics;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Service;
import org.throughline.model.api.ModelFiles;
import org.throughline.render.api.DiagramPainter;
import org.throughline.render.api.DisplayList;
import org.throughline.render.api.Drawing;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.Rectangle;
import org.throughline.render.api.Drawing.Text;
import org.throughline.render.api.Extents;
import org.throughline.render.api.SvgRenderer;
import org.throughline.testing.Examples;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The drawing decisions every backend shares (SVG here, SWT in the diagram editor): what is drawn
 * for the example models, and that the SVG is exactly those commands.
 */
class DiagramPainterTest {

    private static Model example(String name) throws Exception {
        Path file = Examples.file(name + ".throughline");
        return (Model) ModelFiles.load(file).getContents().get(0);
    }

    private static Diagram laidOut(String viewpoint, EObject root) throws Exception {
        Diagram diagram = DiagramInterpreter.create(ViewpointRegistry.getDefault().diagram(viewpoint).orElseThrow(), root);
        DiagramLayout.layout(diagram);
        return diagram;
    }

    private static <T extends EObject> T first(Model model, Class<T> type) {
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    private static List<Group> groups(List<Drawing> drawings, String role) {
        List<Group> result = new ArrayList<>();
        for (Drawing drawing : drawings) {
            if (drawing instanceof Group g) {
                if (g.role().equals(role)) {
                    result.add(g);
                }
                result.addAll(groups(g.content(), role));
            }
        }
        return result;
    }

    @Test
    void aNodeGroupPerNodeAnEdgeGroupPerEdgeAndTheSvgIsExactlyThePage() throws Exception {
        Model model = example("emergency-care");
        Diagram diagram = laidOut("delivery-chain", first(model, org.throughline.model.DeliveryChain.class));
        DisplayList page = DiagramPainter.page(diagram);
        List<Group> nodes = groups(page.drawings(), "node");
        long diagramNodes = diagram.allNodes().stream().filter(n -> n.kind() == org.throughline.diagram.api.NodeKind.NODE).count();
        assertEquals(diagramNodes, nodes.size());
        assertEquals(diagram.edges().size(), groups(page.drawings(), "edge").size());
        assertEquals(1, groups(page.drawings(), "legend").size(), "the legend is part of the page");
        String svg = SvgRenderer.render(diagram);
        assertEquals(SvgRenderer.render(page, diagram.name()), svg, "the SVG writes the page's commands and nothing else");
        for (Group node : nodes) {
            assertTrue(svg.contains("<g class=\"node\" data-id=\"" + node.elementId() + "\">"), node.elementId());
        }
        // The diagram's own coordinates sit at the page's origin.
        DiagramNode any = diagram.allNodes().stream().filter(n -> n.kind() == org.throughline.diagram.api.NodeKind.NODE).findFirst()
                .orElseThrow();
        Group drawn = nodes.stream().filter(g -> g.elementId().equals(any.semanticId())).findFirst().orElseThrow();
        Rectangle shape = (Rectangle) drawn.content().get(0);
        assertEquals(any.bounds().x() + page.origin().x(), shape.x(), 0.001);
        assertEquals(any.bounds().y() + page.origin().y(), shape.y(), 0.001);
    }

    @Test
    void aWeakLinkIsDrawnDashedInItsColourWithAnArrowhead() throws Exception {
        Model model = example("emergency-care");
        org.throughline.model.DeliveryChain chain = first(model, org.throughline.model.DeliveryChain.class);
        Link link = chain.getLinks().get(0);
        link.setStrength(LinkStrength.WEAK);
        Diagram diagram = laidOut("delivery-chain", chain);
        Group edge = groups(DiagramPainter.diagram(diagram), "edge").stream().filter(g -> g.elementId().equals(link.getId()))
                .findFirst().orElseThrow();
        Drawing.Path line = (Drawing.Path) edge.content().get(0);
        assertEquals("#d35400", line.stroke().colour());
        assertFalse(line.stroke().dashes().isEmpty(), "dashed");
        Drawing.Path head = (Drawing.Path) edge.content().get(1);
        assertTrue(head.closed() && head.fill() != null && head.fill().colour().equals("#d35400"), "a filled arrowhead in the same colour");
    }

    @Test
    void badgesSitOnTheBorderAndNeverCoverTheLabel() throws Exception {
        Model model = example("benefit-claims");
        Diagram diagram = laidOut("service-flow", first(model, Service.class));
        int badges = 0;
        for (Group node : groups(DiagramPainter.diagram(diagram), "node")) {
            List<Rectangle> rectangles = node.content().stream().filter(Rectangle.class::isInstance).map(Rectangle.class::cast).toList();
            List<Text> texts = node.content().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
            if (rectangles.size() < 2) {
                continue;
            }
            badges++;
            Rectangle shape = rectangles.get(0);
            Rectangle badge = rectangles.get(1);
            Text label = texts.get(0);
            double labelTop = label.y() - label.font().size();
            assertTrue(badge.y() + badge.height() <= labelTop, node.tooltip() + ": the badge ends above the label");
            assertTrue(badge.y() < shape.y() && badge.y() + badge.height() > shape.y(), node.tooltip() + ": the badge sits on the border");
        }
        assertTrue(badges > 0, "the benefit-claims service has steps near or above capacity");
    }

    @Test
    void noEdgeRunsThroughAContainersLabel() throws Exception {
        for (String name : List.of("emergency-care", "school-literacy", "benefit-claims")) {
            for (String viewpoint : List.of("accountability", "dependencies")) {
                List<Drawing> drawings = DiagramPainter.diagram(laidOut(viewpoint, example(name)));
                List<Bounds> labels = new ArrayList<>();
                for (Group container : groups(drawings, "container")) {
                    Text label = (Text) container.content().get(1);
                    double width = label.lines().stream().mapToDouble(l -> TextMetrics.width(l, label.font().size(), true)).max()
                            .orElse(0);
                    labels.add(new Bounds(label.x(), label.y() - label.font().size(), width,
                            (label.lines().size() - 1) * label.lineHeight() + label.font().size()));
                }
                for (Group edge : groups(drawings, "edge")) {
                    List<Drawing.Segment> segments = ((Drawing.Path) edge.content().get(0)).segments();
                    for (int i = 0; i + 1 < segments.size(); i++) {
                        Bounds segment = box(segments.get(i), segments.get(i + 1));
                        for (Bounds label : labels) {
                            assertFalse(segment.overlaps(label, -1), viewpoint + " on " + name + ": " + edge.tooltip()
                                    + " runs through a container's label at " + label);
                        }
                    }
                }
            }
        }
    }

    private static Bounds box(Drawing.Segment from, Drawing.Segment to) {
        double[] a = at(from);
        double[] b = at(to);
        return new Bounds(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }

    private static double[] at(Drawing.Segment segment) {
        return switch (segment) {
            case Drawing.MoveTo m -> new double[] { m.x(), m.y() };
            case Drawing.LineTo l -> new double[] { l.x(), l.y() };
            case Drawing.QuadTo q -> new double[] { q.x(), q.y() };
        };
    }

    @Test
    void legendEntriesDoNotOverlapFitThePageAndCoverNoNode() throws Exception {
        for (String name : List.of("emergency-care", "school-literacy", "benefit-claims")) {
            Model model = example(name);
            for (String viewpoint : List.of("service-flow", "delivery-chain", "outcome-map")) {
                EObject root = switch (viewpoint) {
                    case "service-flow" -> first(model, Service.class);
                    case "delivery-chain" -> first(model, org.throughline.model.DeliveryChain.class);
                    default -> model;
                };
                DisplayList page = DiagramPainter.page(laidOut(viewpoint, root));
                Group legend = groups(page.drawings(), "legend").get(0);
                List<Bounds> cells = new ArrayList<>();
                for (Drawing drawing : legend.content().subList(1, legend.content().size())) {
                    if (drawing instanceof Text t) {
                        double width = TextMetrics.width(t.lines().get(0), t.font().size(), t.font().bold());
                        cells.add(new Bounds(t.x(), t.y() - t.font().size(), width, t.font().size()));
                        assertTrue(t.x() + width <= page.width(), viewpoint + " on " + name + ": '" + t.lines().get(0) + "' fits the page");
                    }
                }
                for (int i = 0; i < cells.size(); i++) {
                    for (int j = i + 1; j < cells.size(); j++) {
                        assertFalse(cells.get(i).overlaps(cells.get(j), 4),
                                viewpoint + " on " + name + ": legend texts " + i + " and " + j);
                    }
                }
                assertNotNull(legend);
                double legendTop = Extents.of(List.of(legend)).y();
                for (Group node : groups(page.drawings(), "node")) {
                    assertTrue(Extents.of(List.of(node)).bottom() <= legendTop, viewpoint + " on " + name + ": the legend covers "
                            + node.tooltip());
                }
            }
        }
    }
}
