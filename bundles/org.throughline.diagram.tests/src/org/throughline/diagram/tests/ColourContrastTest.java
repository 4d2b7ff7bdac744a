// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.ElementStyle;
import org.throughline.viewpoint.AbstractNodeMapping;
import org.throughline.viewpoint.ConditionalStyle;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.EdgeMapping;
import org.throughline.viewpoint.Mapping;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * A high-contrast check of the built-in diagrams' colours: every label a style can give, on a
 * node's fill (or, for an edge's label, on the white canvas), has a contrast ratio of at least
 * 4.5:1, the WCAG 2 level AA for text, with each conditional style alone and with every other
 * one that may hold at the same time.
 */
class ColourContrastTest {

    /** WCAG 2.x, success criterion 1.4.3: normal text. */
    private static final double AA = 4.5;

    @Test
    void theContrastRatioIsWorkedOutAsWcagDefinesIt() {
        // #222222: 0x22 / 255 = 0.1333; ((0.1333 + 0.055) / 1.055)^2.4 = 0.0160 relative luminance;
        // on white (1.0): (1.0 + 0.05) / (0.0160 + 0.05) = 15.9.
        assertEquals(15.9, ratio("#222222", "#ffffff"), 0.05);
        // #777777: 0x77 / 255 = 0.4667 -> 0.1845; (1.05) / (0.2345) = 4.48, just under AA.
        assertEquals(4.48, ratio("#777777", "#ffffff"), 0.01);
        assertEquals(1.0, ratio("#c0392b", "#c0392b"), 1e-9);
    }

    @Test
    void everyLabelOfEveryBuiltInDiagramReadsAgainstWhatItIsDrawnOn() {
        List<String> low = new ArrayList<>();
        int checked = 0;
        for (DiagramDescription diagram : ViewpointRegistry.getDefault().diagrams()) {
            for (var it = diagram.eAllContents(); it.hasNext();) {
                EObject next = it.next();
                if (!(next instanceof AbstractNodeMapping || next instanceof EdgeMapping)) {
                    continue;
                }
                Mapping mapping = (Mapping) next;
                boolean edge = mapping instanceof EdgeMapping;
                for (Look look : looks(mapping)) {
                    String background = edge ? "#ffffff" : look.style().fill();
                    double ratio = ratio(look.style().fontColor(), background);
                    checked++;
                    if (ratio < AA) {
                        low.add(String.format("%s %s%s: %s on %s is %.2f:1", diagram.getId(), mapping.getId(), look.name(),
                                look.style().fontColor(), background, ratio));
                    }
                }
            }
        }
        assertTrue(checked > 100, "the styles of the five built-in diagrams: " + checked);
        assertTrue(low.isEmpty(), "labels below " + AA + ":1: " + String.join("; ", low));
    }

    private record Look(String name, ElementStyle style) {
    }

    /** The mapping's own style, then with each conditional style, then with each pair (the first in the file wins). */
    private static List<Look> looks(Mapping mapping) {
        List<ConditionalStyle> conditionals = mapping.getConditionalStyles();
        ElementStyle base = ElementStyle.DEFAULT.with(mapping.getStyle());
        List<Look> looks = new ArrayList<>();
        looks.add(new Look("", base));
        for (int i = 0; i < conditionals.size(); i++) {
            ConditionalStyle first = conditionals.get(i);
            looks.add(new Look(" (" + first.getLabel() + ")", base.with(first.getStyle())));
            for (int j = i + 1; j < conditionals.size(); j++) {
                ConditionalStyle second = conditionals.get(j);
                looks.add(new Look(" (" + first.getLabel() + " and " + second.getLabel() + ")",
                        base.with(second.getStyle()).with(first.getStyle())));
            }
        }
        return looks;
    }

    /** The WCAG 2 contrast ratio of two {@code #rrggbb} colours. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
