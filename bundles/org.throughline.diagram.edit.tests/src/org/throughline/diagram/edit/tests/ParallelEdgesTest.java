// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.diagram.edit.api.ToolResult;
import org.throughline.layout.api.ParallelEdges;
import org.throughline.viewpoint.CreateEdgeTool;

/** Two links between the same two organisations are drawn apart, after creation, a move and a layout. */
class ParallelEdgesTest {

    @Test
    void twoLinksBetweenTheSamePairNeverLieOnTopOfEachOther() throws Exception {
        DiagramSession session = Sessions.open("emergency-care.throughline", "delivery-chain", false);
        CreateEdgeTool link = (CreateEdgeTool) session.tool("Link").orElseThrow();
        List<DiagramNode> actors = session.diagram().allNodes().stream()
                .filter(n -> n.kind() == NodeKind.NODE && DiagramSession.canStartAt(link, n)).toList();
        String a = actors.get(0).key();
        String b = actors.get(1).key();

        ToolResult first = session.createEdge(link, session.diagram().node(a), session.diagram().node(b));
        ToolResult second = session.createEdge(link, session.diagram().node(a), session.diagram().node(b));
        assertTrue(first.done() && second.done(), first.problem() + " / " + second.problem());
        assertApart(session, first, second, "after drawing them");

        assertTrue(session.move(List.of(session.diagram().node(a)), 40, 70));
        assertApart(session, first, second, "after moving one end");

        session.layout();
        assertApart(session, first, second, "after a layout");
    }

    @Test
    void aLinkDrawnBesideTwoLaidOutOnesSharesNoStretchOfLineWithThem() throws Exception {
        DiagramSession session = Sessions.open("emergency-care.throughline", "delivery-chain", false);
        CreateEdgeTool link = (CreateEdgeTool) session.tool("Link").orElseThrow();
        // The pair of organisations with the most links between them already (laid out by ELK).
        DiagramEdge busiest = session.diagram().edges().stream()
                .max((x, y) -> Long.compare(between(session, x).size(), between(session, y).size())).orElseThrow();
        String from = busiest.source().key();
        String to = busiest.target().key();
        assertTrue(between(session, busiest).size() >= 2, "a pair with two links already");

        ToolResult made = session.createEdge(link, session.diagram().node(from), session.diagram().node(to));

        assertTrue(made.done(), made.problem());
        DiagramEdge any = session.diagram().edges().stream().filter(e -> e.source().key().equals(from) && e.target().key().equals(to))
                .findFirst().orElseThrow();
        List<DiagramEdge> pair = between(session, any);
        for (int i = 0; i < pair.size(); i++) {
            for (int j = i + 1; j < pair.size(); j++) {
                assertFalse(ParallelEdges.shareAStretch(pair.get(i).route(), pair.get(j).route()),
                        "two links between the pair share a stretch: " + pair.get(i).route() + " / " + pair.get(j).route());
            }
        }
    }

    /** The edges joining the same two nodes as this one, either way. */
    private static List<DiagramEdge> between(DiagramSession session, DiagramEdge edge) {
        return session.diagram().edges().stream().filter(e -> e.source() == edge.source() && e.target() == edge.target()
                || e.source() == edge.target() && e.target() == edge.source()).toList();
    }

    private static void assertApart(DiagramSession session, ToolResult first, ToolResult second, String when) {
        List<Point> one = route(session, first);
        List<Point> two = route(session, second);
        // Each segment's middle lies at least nearly the spacing (12) away from the other route: they are side by side, not on top.
        for (int i = 0; i + 1 < one.size(); i++) {
            Point middle = new Point((one.get(i).x() + one.get(i + 1).x()) / 2, (one.get(i).y() + one.get(i + 1).y()) / 2);
            double distance = distance(middle, two);
            assertTrue(distance >= ParallelEdges.SPACING * 0.75, when + ": segment " + i + " is " + distance + " from the other link: "
                    + one + " / " + two);
        }
    }

    private static List<Point> route(DiagramSession session, ToolResult result) {
        List<Object> shown = session.elementsOf(result.created().get(0));
        assertEquals(1, shown.size(), "each link drawn once");
        return ((DiagramEdge) shown.get(0)).route();
    }

    private static double distance(Point p, List<Point> route) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 1 < route.size(); i++) {
            Point a = route.get(i);
            Point b = route.get(i + 1);
            double vx = b.x() - a.x();
            double vy = b.y() - a.y();
            double length = vx * vx + vy * vy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * vx + (p.y() - a.y()) * vy) / length));
            best = Math.min(best, Math.hypot(p.x() - (a.x() + t * vx), p.y() - (a.y() + t * vy)));
        }
        return best;
    }
}
