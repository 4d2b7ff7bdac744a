// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.throughline.report.internal.PackWriter;

/** Diagrams in the PDF pack stay legible: never shrunk below their natural size, turned or cut into tiles instead. */
class PackFiguresTest {

    private static final Pattern SVG = Pattern
            .compile("<svg[^>]* width=\"([0-9.]+)\" height=\"([0-9.]+)\" viewBox=\"([-0-9.]+) ([-0-9.]+) ([0-9.]+) ([0-9.]+)\"");

    private static String svg(int width, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " "
                + height + "\"><text x=\"10\" y=\"20\">Department of Health</text></svg>";
    }

    @Test
    void aSmallDiagramIsOneFigureWithItsDescription() {
        String markup = PackWriter.figures(svg(600, 400), "Diagram Chain, showing 2 elements: A, B");
        assertEquals(1, markup.split("<figure").length - 1);
        assertTrue(markup.contains("alt=\"Diagram Chain, showing 2 elements: A, B\""), markup);
        assertTrue(!markup.contains("wide"), "fits an upright page");
    }

    @Test
    void aWideDiagramGoesOnATurnedPageAtItsNaturalSize() {
        String markup = PackWriter.figures(svg(900, 500), "Diagram");
        assertTrue(markup.contains("class=\"diagram wide\""), markup);
        Matcher svg = SVG.matcher(markup);
        assertTrue(svg.find(), markup);
        assertEquals(900, Double.parseDouble(svg.group(1)), 0.01, "not shrunk: 11 px text stays 8 pt");
    }

    @Test
    void aHugeDiagramIsCutIntoTilesAtItsNaturalSizeThatTogetherCoverIt() {
        // 2,800 x 1,400 px: on turned pages (1,000 x 560 px of room) that is 3 across and 3 down.
        String markup = PackWriter.figures(svg(2800, 1400), "Diagram Big");
        Matcher svg = SVG.matcher(markup);
        int tiles = 0;
        double covered = 0;
        while (svg.find()) {
            tiles++;
            double width = Double.parseDouble(svg.group(1));
            double height = Double.parseDouble(svg.group(2));
            double viewWidth = Double.parseDouble(svg.group(5));
            double viewHeight = Double.parseDouble(svg.group(6));
            assertEquals(viewWidth, width, 0.1, "drawn at scale 1 or more");
            assertEquals(viewHeight, height, 0.1);
            assertTrue(width <= 1000 && height <= 560, "fits a turned page: " + width + " x " + height);
            covered += viewWidth * viewHeight;
        }
        assertEquals(9, tiles);
        assertEquals(2800 * 1400, covered, 2800 * 1400 * 0.001, "the tiles cover the whole diagram (to the tenth of a pixel)");
        assertTrue(markup.contains("alt=\"Diagram Big (part 1 of 9: row 1, column 1)\""), markup.substring(0, 600));
        assertTrue(markup.contains("Part 9 of 9 of the diagram: row 3, column 3"), "each tile says where it belongs");
    }

    private static String svgWithText(int width, int height, int smallestFont) {
        return svg(width, height).replace("<text x=\"10\" y=\"20\">", "<text x=\"10\" y=\"20\" font-size=\"" + smallestFont + "\">")
                .replace("</svg>", "<text x=\"10\" y=\"60\" font-size=\"13\">Lane</text></svg>");
    }

    @Test
    void aDiagramShrinksOnlySoFarAsKeepsItsSmallestTextAtSevenPoints() {
        // Smallest text 11 px: 7 pt / (0.75 pt per px x 11 px) = 0.848, so a diagram 760 px wide fits an upright page
        // (680 / 760 = 0.895 >= 0.848), its 11 px text printing at 0.895 x 11 x 0.75 = 7.4 pt.
        assertEquals(0.848, PackWriter.leastScale(svgWithText(760, 500, 11)), 0.001);
        String upright = PackWriter.figures(svgWithText(760, 500, 11), "Diagram");
        assertTrue(!upright.contains("wide"), upright);
        Matcher svg = SVG.matcher(upright);
        assertTrue(svg.find(), upright);
        assertEquals(680, Double.parseDouble(svg.group(1)), 1, "scaled to the page's width");
        // Smallest text 10 px: least 7 / 7.5 = 0.933 > 0.895, so the same drawing goes on a turned page at its natural size.
        assertEquals(0.933, PackWriter.leastScale(svgWithText(760, 500, 10)), 0.001);
        assertTrue(PackWriter.figures(svgWithText(760, 500, 10), "Diagram").contains("class=\"diagram wide\""));
        // Smallest text 9 px: 7 / 6.75 would be 1.04; a drawing is never enlarged, so its least scale is 1.
        assertEquals(1, PackWriter.leastScale(svgWithText(760, 500, 9)), 1e-9);
    }
}
