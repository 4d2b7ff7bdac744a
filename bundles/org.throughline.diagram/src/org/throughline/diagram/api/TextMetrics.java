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
    /** The most lines a node's name is wrapped onto within its style's width before the node grows wider. */
    public static final int MAX_WRAPPED_LINES = 3;

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
        double icon = style.icon().isEmpty() ? 0 : ICON_SPACE;
        double room = Math.max(style.width(), MAX_NODE_WIDTH) - 2 * PADDING - icon;
        if (node.kind() == NodeKind.NODE) {
            // Within the style's width when the name takes no more than a few lines there: a node
            // about as tall as it is wide keeps its name readable when the diagram is zoomed out to fit.
            List<String> narrow = wrap(node.label(), style.fontSize(), style.bold(), style.width() - 2 * PADDING - icon);
            if (narrow.size() <= MAX_WRAPPED_LINES && !cutsAWord(node.label(), narrow)) {
                return narrow;
            }
        }
        if (node.kind() == NodeKind.LANE) {
            room = Math.max(style.width(), 130) - 2 * PADDING;
        } else if (node.kind() == NodeKind.CONTAINER) {
            // Within the narrowest a container is laid out (layout never makes one narrower).
            room = minContainerWidth(node) - 2 * PADDING;
        }
        return wrap(node.label(), style.fontSize(), style.bold(), room);
    }

    /** Whether wrapping cut a word of the text (a word wider than the room), rather than only breaking lines between words. */
    private static boolean cutsAWord(String text, List<String> lines) {
        int words = 0;
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) { //$NON-NLS-1$ //$NON-NLS-2$
            words += paragraph.isBlank() ? 1 : paragraph.trim().split("\\s+").length; //$NON-NLS-1$
        }
        int pieces = 0;
        for (String line : lines) {
            pieces += line.isBlank() ? 1 : line.trim().split("\\s+").length; //$NON-NLS-1$
        }
        return pieces > words;
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
