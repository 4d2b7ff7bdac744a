// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.click;
import static org.throughline.ui.diagram.tests.DiagramFixture.example;
import static org.throughline.ui.diagram.tests.DiagramFixture.flush;
import static org.throughline.ui.diagram.tests.DiagramFixture.newDiagram;
import static org.throughline.ui.diagram.tests.DiagramFixture.page;
import static org.throughline.ui.diagram.tests.DiagramFixture.tool;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.Point;
import org.throughline.layout.api.ParallelEdges;
import org.throughline.model.Outcome;
import org.throughline.model.OutcomeContribution;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * Two links drawn one after the other between the same two nodes on the real canvas (no layout
 * in between) are drawn apart: each can be seen and clicked on its own.
 */
class ParallelLinksOnCanvasTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        flush();
    }

    @Test
    void aSecondLinkDrawnBetweenTheSamePairLiesBesideTheFirst() throws Exception {
        ModelEditorContext context = DiagramFixture.open(example("emergency-care.throughline"));
        DiagramViewer viewer = newDiagram(context, "outcome-map", context.model()).viewer();
        List<DiagramNode> outcomes = viewer.session().diagram().allNodes().stream()
                .filter(n -> n.mappingId().equals("om.outcome")).toList();
        DiagramNode from = outcomes.get(0);
        DiagramNode to = outcomes.get(1);
        Outcome source = (Outcome) from.element();
        int before = source.getContributions().size();

        for (int i = 0; i < 2; i++) {
            viewer.setTool(tool(viewer, "Contribution"));
            click(viewer, viewer.session().diagram().node(from.key()).bounds().center());
            click(viewer, viewer.session().diagram().node(to.key()).bounds().center());
            assertNull(viewer.lastProblem(), viewer.lastProblem());
        }
        assertEquals(before + 2, source.getContributions().size(), "two clicks twice made two contributions");

        DiagramEdge first = edgeOf(viewer, source.getContributions().get(before));
        DiagramEdge second = edgeOf(viewer, source.getContributions().get(before + 1));
        assertFalse(first.route().equals(second.route()), "the two links have routes of their own: " + first.route());
        assertFalse(ParallelEdges.shareAStretch(first.route(), second.route()),
                "no stretch of line in common: " + first.route() + " / " + second.route());

        // Each is its own target for the pointer: a click on the middle of one selects that one.
        for (DiagramEdge edge : List.of(first, second)) {
            click(viewer, middle(edge.route()));
            assertEquals(List.of(edge.key()), viewer.selectedEdges().stream().map(DiagramEdge::key).toList(),
                    "a click on the middle of " + edge.route() + " selects that link alone");
        }
    }

    private static DiagramEdge edgeOf(DiagramViewer viewer, OutcomeContribution contribution) {
        List<Object> shown = viewer.session().elementsOf(contribution);
        assertEquals(1, shown.size(), "the contribution is drawn once");
        assertTrue(shown.get(0) instanceof DiagramEdge, "as a link");
        return (DiagramEdge) shown.get(0);
    }

    /** The middle of a route's middle segment. */
    private static Point middle(List<Point> route) {
        int i = (route.size() - 1) / 2;
        Point a = route.get(i);
        Point b = route.get(i + 1);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}
