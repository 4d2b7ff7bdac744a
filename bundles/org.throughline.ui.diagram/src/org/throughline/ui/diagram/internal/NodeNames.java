// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.render.api.Drawing;
import org.throughline.render.api.Drawing.Group;
import org.throughline.render.api.Drawing.Text;

/**
 * The names of nodes, containers and lanes as the canvas draws them when zoomed out: found in a
 * shape's drawing, and shortened to the room the shape has for them, what is cut ending with an ellipsis.
 */
final class NodeNames {

    /** The mark that ends a shortened line. */
    static final String MARK = "\u2026"; //$NON-NLS-1$
    /** The role of a shape's icon in its drawing. */
    private static final String ICON = "icon"; //$NON-NLS-1$
    /** The room above a node for the half of its badge that stands over its top border. */
    private static final double BADGE_ROOM = 8;

    private NodeNames() {
    }

    /**
     * @param lines the name's lines
     * @param fit   how many lines there is room for (at least one)
     * @param room  how wide a line may be
     * @param width the width of a line
     * @return the lines that fit, the last of those cut ending with the mark, each no wider than the room (but for its first letter)
     */
    static List<String> shorten(List<String> lines, int fit, double room, ToIntFunction<String> width) {
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(fit, lines.size())));
        if (lines.size() > fit) {
            kept.set(fit - 1, kept.get(fit - 1) + MARK);
        }
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i);
            if (width.applyAsInt(line) > room) {
                String base = line.endsWith(MARK) ? line.substring(0, line.length() - MARK.length()) : line;
                int keep = base.length();
                while (keep > 1 && width.applyAsInt(base.substring(0, keep).stripTrailing() + MARK) > room) {
                    keep--;
                }
                kept.set(i, base.substring(0, keep).stripTrailing() + MARK);
            }
        }
        return kept;
    }

    /**
     * @param name  a name, with its explicit line breaks
     * @param room  how wide a line may be
     * @param width the width of a line
     * @return the name wrapped between words to the room (a word wider than the room on a line of its own)
     */
    static List<String> wrap(String name, double room, ToIntFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : name.split("\n")) { //$NON-NLS-1$
            String line = ""; //$NON-NLS-1$
            for (String word : paragraph.trim().split("\\s+")) { //$NON-NLS-1$
                String longer = line.isEmpty() ? word : line + ' ' + word;
                if (line.isEmpty() || width.applyAsInt(longer) <= room) {
                    line = longer;
                } else {
                    lines.add(line);
                    line = word;
                }
            }
            lines.add(line);
        }
        return lines;
    }

    /**
     * @param name  a name, with its explicit line breaks (a role, then who holds it)
     * @param fit   how many lines there is room for (at least one)
     * @param room  how wide a line may be
     * @param width the width of a line
     * @return the name wrapped to the room and cut to the lines that fit: the longest of its parts
     *         loses lines first, so that each part keeps a line while there is room for one
     */
    static List<String> fit(String name, int fit, double room, ToIntFunction<String> width) {
        List<List<String>> parts = new ArrayList<>();
        for (String part : name.split("\n")) { //$NON-NLS-1$
            parts.add(new ArrayList<>(wrap(part, room, width)));
        }
        if (parts.size() > fit) {
            return shorten(wrap(name, room, width), fit, room, width);
        }
        int total = parts.stream().mapToInt(List::size).sum();
        while (total > fit) {
            List<String> longest = parts.stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
            longest.remove(longest.size() - 1);
            String last = longest.get(longest.size() - 1);
            longest.set(longest.size() - 1, last.endsWith(MARK) ? last : last + MARK);
            total--;
        }
        List<String> lines = new ArrayList<>();
        parts.forEach(lines::addAll);
        return shorten(lines, fit, room, width);
    }

    /** @return a shape's drawing without its icon */
    static Group withoutIcon(Group drawing) {
        List<Drawing> content = drawing.content().stream().filter(d -> !(d instanceof Group g && ICON.equals(g.role()))).toList();
        return new Group(drawing.role(), drawing.elementId(), drawing.tooltip(), content);
    }

    /** @return the first text of a shape's drawing: its name (or {@code null} when it has none) */
    static Text of(Drawing drawing) {
        if (drawing instanceof Text t) {
            return t;
        }
        if (drawing instanceof Group g) {
            for (Drawing child : g.content()) {
                Text found = of(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * @param node    a node, container or lane
     * @param drawing its drawing
     * @return where its name may be drawn, in diagram coordinates: a lane's header, a container's band above (or
     *         below) its contents, else inside its border and right of its icon
     */
    static Bounds frame(DiagramNode node, Group drawing) {
        Bounds b = node.bounds();
        double left = b.x() + 4;
        double right = b.right() - 4;
        if (node.kind() == NodeKind.LANE && b.width() >= b.height()) {
            right = b.x() + DiagramLayout.LANE_HEADER - 4;
        }
        for (Drawing part : drawing.content()) {
            if (part instanceof Group icon && ICON.equals(icon.role())) {
                left = Math.max(left, CanvasPainter.extent(List.of(icon)).right() + 2);
            }
        }
        double top = b.y();
        double bottom = b.bottom();
        if (node.kind() == NodeKind.CONTAINER) {
            // A container's heading keeps to its band, above its contents (or below them, where the heading was put
            // at the bottom): drawn larger at Fit, it is wrapped and shortened within the band, over no node.
            double first = Double.MAX_VALUE;
            double last = -Double.MAX_VALUE;
            for (DiagramNode child : node.children()) {
                if (child.bounds() != null) {
                    first = Math.min(first, child.bounds().y() - BADGE_ROOM);
                    last = Math.max(last, child.bounds().bottom());
                }
            }
            Text name = of(drawing);
            if (first != Double.MAX_VALUE && name != null && name.y() > last) {
                top = last;
            } else if (first != Double.MAX_VALUE) {
                bottom = Math.max(top, first);
            }
        }
        return new Bounds(left, top, Math.max(0, right - left), bottom - top);
    }
}
