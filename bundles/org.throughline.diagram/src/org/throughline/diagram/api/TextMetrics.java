// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measures that layout and rendering share, without a display: widths from the real advance
 * widths of the {@link Typeface} that SVG declares first and the PDF pack embeds (estimated per
 * character when that font is not installed), labels wrapped on words, node sizes grown to fit
 * their labels.
 */
public final class TextMetrics {

    /** Padding between a node's border and its label, in pixels. */
    public static final double PADDING = 10;
    /** Room taken by an icon before a label. */
    public static final double ICON_SPACE = 22;
    /** The widest a node grows to fit its label before wrapping it. */
    public static final double MAX_NODE_WIDTH = 200;

    private TextMetrics() {
    }

    /**
     * @param text     a line of text
     * @param fontSize a font size in points
     * @param bold     whether bold
     * @return its width in pixels
     */
    public static double width(String text, int fontSize, boolean bold) {
        double measured = Typeface.width(text, fontSize, bold);
        if (measured >= 0) {
            return measured;
        }
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += charWidth(text.charAt(i));
        }
        return em * fontSize * (bold ? 1.08 : 1.0);
    }

    private static double charWidth(char c) {
        if ("il.,;:'|!()[]{}ftjI ".indexOf(c) >= 0) { //$NON-NLS-1$
            return c == ' ' ? 0.28 : 0.3;
        }
        if ("mwMW@".indexOf(c) >= 0) { //$NON-NLS-1$
            return 0.85;
        }
        if (Character.isUpperCase(c)) {
            return 0.67;
        }
        if (Character.isDigit(c)) {
            return 0.56;
        }
        return 0.53;
    }

    /**
     * @param fontSize a font size in points
     * @return the distance between two lines of text
     */
    public static double lineHeight(int fontSize) {
        return Math.ceil(fontSize * 1.3);
    }

    /**
     * Wraps text on spaces (and on explicit line breaks) so that no line is wider than the given
     * width; a word wider than that is cut.
     *
     * @param text     the text
     * @param fontSize its font size
     * @param bold     whether bold
     * @param maxWidth the widest a line may be
     * @return the lines, at least one
     */
    public static List<String> wrap(String text, int fontSize, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) { //$NON-NLS-1$ //$NON-NLS-2$
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) { //$NON-NLS-1$
                String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
                if (width(candidate, fontSize, bold) <= maxWidth || line.isEmpty() && width(word, fontSize, bold) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, fontSize, bold) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), fontSize, bold) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * @param node a node
     * @return the lines of its label as drawn inside it
     */
    public static List<String> labelLines(DiagramNode node) {
        ElementStyle style = node.style();
        double room = Math.max(style.width(), MAX_NODE_WIDTH) - 2 * PADDING - (style.icon().isEmpty() ? 0 : ICON_SPACE);
        if (node.kind() == NodeKind.LANE) {
            room = Math.max(style.width(), 130) - 2 * PADDING;
        } else if (node.kind() == NodeKind.CONTAINER) {
            // Within the narrowest a container is laid out (layout never makes one narrower).
            room = minContainerWidth(node) - 2 * PADDING;
        }
        return wrap(node.label(), style.fontSize(), style.bold(), room);
    }

    /**
     * @param node a plain node
     * @return its size: at least its style's, grown to fit its label
     */
    public static Bounds preferredSize(DiagramNode node) {
        ElementStyle style = node.style();
        List<String> lines = labelLines(node);
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, width(line, style.fontSize(), style.bold()));
        }
        double icon = style.icon().isEmpty() ? 0 : ICON_SPACE;
        double width = Math.max(style.width(), Math.ceil(widest + icon + 2 * PADDING));
        double height = Math.max(style.height(), Math.ceil(lines.size() * lineHeight(style.fontSize()) + 2 * PADDING - 4));
        if (!style.badge().isEmpty()) {
            height += 8;
        }
        if (style.shape() == org.throughline.viewpoint.Shape.ELLIPSE || style.shape() == org.throughline.viewpoint.Shape.DIAMOND) {
            width = Math.ceil(width * 1.25);
            height = Math.ceil(height * 1.25);
        }
        return new Bounds(0, 0, width, height);
    }

    /**
     * @param node a container
     * @return the narrowest it may be: its style's width, and at least 160
     */
    public static double minContainerWidth(DiagramNode node) {
        return Math.max(node.style().width(), 160);
    }

    /**
     * @param node a container or lane
     * @return the height of its header, where its label goes
     */
    public static double headerHeight(DiagramNode node) {
        return labelLines(node).size() * lineHeight(node.style().fontSize()) + 12;
    }
}
