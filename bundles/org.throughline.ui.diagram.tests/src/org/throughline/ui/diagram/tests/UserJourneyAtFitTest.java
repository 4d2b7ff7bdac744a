// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.ui.diagram.tests.DiagramFixture.flush;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.ui.diagram.internal.CanvasPainter;
import org.throughline.ui.diagram.internal.DrawnText;
import org.throughline.ui.diagram.internal.DiagramViewer;

/**
 * The emergency care example's User Journey read at Fit in an editor of a usual size: the diagram
 * large enough that its steps show their names, the services' headings over none of the steps,
 * and no edge label on another.
 */
class UserJourneyAtFitTest {

    /** A step's name as drawn: its number and at least the start of a word, not "7.…". */
    private static final Pattern NAMED_STEP = Pattern.compile("\\d+\\. \\p{L}{2}.*");

    @AfterEach
    void close() {
        DiagramFixture.page().closeAllEditors(false);
        flush();
    }

    @Test
    void atFitTheJourneysStepsShowTheirNamesUnderHeadingsThatCoverNoStep() throws Exception {
        DiagramViewer viewer = DiagramFixture.exampleDiagram("emergency-care.throughline", "user-journey", "ec-journey-frail");
        // The editor of a first start's window, with a little more height: 1100 by 600 on the canvas, in a window large
        // enough to show all of it.
        viewer.control().getShell().setBounds(0, 0, 1600, 1000);
        viewer.control().setSize(1100, 600);
        viewer.painter().noteTexts(true);
        try {
            viewer.zoomToFit();
            viewer.control().redraw();
            DiagramFixture.awaitPaint(viewer);

            // Laid out as one row of ten steps, the journey (about 3,000 px wide) fitted at 0.31 to 0.35: its 12 px names at
            // 4 px, steps showing their numbers only. As a column of steps per service it is about 1,650 px wide.
            assertTrue(viewer.zoom() >= 0.55, "the journey fits at more than half its size: " + viewer.zoom());
            assertTrue(viewer.painter().smallestNamePixels() >= CanvasPainter.MIN_NAME_PIXELS - 0.001,
                    "every name is drawn at " + CanvasPainter.MIN_NAME_PIXELS + " px at least: " + viewer.painter().smallestNamePixels());

            List<DrawnText> texts = viewer.painter().drawnTexts();
            List<DiagramNode> steps = viewer.session().diagram().allNodes().stream().filter(n -> n.mappingId().equals("uj.step")).toList();
            long named = texts.stream().filter(t -> t.what().equals(NodeKind.NODE.name()))
                    .filter(t -> NAMED_STEP.matcher(String.join(" ", t.lines())).matches()).count();
            assertEquals(steps.size(), named, "each of the " + steps.size() + " steps shows its name: " + texts);

            List<DrawnText> headings = texts.stream().filter(t -> t.what().equals(NodeKind.CONTAINER.name())).toList();
            assertEquals(5, headings.size(), "whose journey, three services and the priority are headed: " + headings);
            for (DrawnText heading : headings) {
                for (DiagramNode node : viewer.session().diagram().allNodes()) {
                    if (node.kind() == NodeKind.NODE) {
                        assertFalse(heading.box().intersects(DrawAChainTest.onScreen(viewer, node)),
                                "the heading " + heading.lines() + " at " + heading.box() + " covers " + node.label());
                    }
                }
            }

            List<Rectangle> labels = texts.stream().filter(t -> t.what().equals("edge-label")).map(DrawnText::box).toList();
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(labels.get(i).intersects(labels.get(j)), "edge labels overlap: " + labels.get(i) + ", " + labels.get(j));
                }
            }
        } finally {
            viewer.painter().noteTexts(false);
        }
    }
}
