// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Indicator;

/**
 * Writes the XHTML of a report page or a stocktake pack straight to its destination, so that a
 * report of any size is produced without holding it in memory. It is also the safety boundary:
 * every text goes through {@link #text(Object)} and every attribute value is escaped, so model
 * text can never become markup; elements are limited to a fixed set of structural HTML elements
 * (no {@code script}, {@code style}, {@code iframe}, {@code object}, forms...), attributes to a
 * fixed set (no {@code on...} event handlers, no {@code style}), and links to relative
 * addresses, {@code http}, {@code https} and {@code mailto}.
 * <p>
 * Sections receive a {@code Markup} from the report; they do not create one. Calls chain:
 *
 * <pre>
 * html.open("h2").text("Open actions").close();
 * html.open("ul");
 * for (Action action : actions) {
 *     html.open("li").link(action).text(" due ").text(action.getDueDate()).close();
 * }
 * html.close();
 * </pre>
 *
 * Methods throw {@link UncheckedIOException} when the destination cannot be written; the report
 * then stops with that failure.
 *
 * @since 0.1
 */
public abstract class Markup {

    private static final Set<String> ELEMENTS = Set.of("a", "abbr", "article", "aside", "blockquote", "br", "caption", "code", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
            "h6", "header", "hr", "li", "main", "mark", "nav", "ol", "p", "pre", "q", "section", "small", "span", "strong", "sub", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
            "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "ul"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr"); //$NON-NLS-1$ //$NON-NLS-2$
    /**
     * Each allowed element's tags: found with one look-up per element opened, and written whole
     * (a page writes hundreds of thousands).
     */
    private static final java.util.Map<String, Tags> TAGS = tags();
    /** The end tag of a link. */
    private static final String END_OF_LINK = "</a>"; //$NON-NLS-1$

    /** An element's start tag without attributes, its end tag, and whether it is void (no end tag). */
    private record Tags(String start, String end, boolean isVoid) {
    }
    private static final Set<String> ATTRIBUTES = Set.of("class", "id", "href", "title", "colspan", "rowspan", "scope", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "datetime", "lang", "dir", "role", "open"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** The longest name after {@code data-} or {@code aria-}: a letter and up to 40 letters, digits or hyphens. */
    private static final int DATA_NAME = 41;
    /** The longest label a link shows; longer names are cut (the element's own page shows them whole). */
    private static final int LINK_LABEL = 200;

    /** The longest text a stocktake pack shows. */
    private static final int PACK_TEXT = 5000;

    private final Writer out;
    /** The end tags of the elements open, the innermost first. */
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * For the report's own implementations only.
     *
     * @param out where the markup goes
     */
    protected Markup(Writer out) {
        this.out = out;
    }

    /**
     * Opens an element.
     *
     * @param tag        a structural HTML element name, such as {@code h2}, {@code table} or {@code a}
     * @param attributes name and value pairs; a {@code null} value leaves the attribute out
     * @return this
     * @throws IllegalArgumentException for an element or attribute outside the allowed set, an
     *                                  odd number of attribute strings, or an unsafe link
     */
    public final Markup open(String tag, String... attributes) {
        Tags tags = TAGS.get(tag);
        if (tags == null) {
            throw new IllegalArgumentException("element not allowed in a report: " + tag); //$NON-NLS-1$
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs"); //$NON-NLS-1$
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            if (!ATTRIBUTES.contains(name) && !isDataAttribute(name)) {
                throw new IllegalArgumentException("attribute not allowed in a report: " + name); //$NON-NLS-1$
            }
            if ("href".equals(name) && value != null && !isSafeLink(value)) { //$NON-NLS-1$
                throw new IllegalArgumentException("link not allowed in a report: " + value); //$NON-NLS-1$
            }
        }
        if (attributes.length == 0 && !tags.isVoid()) {
            open.push(tags.end());
            return write(tags.start());
        }
        write("<").write(tag); //$NON-NLS-1$
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                write(" ").write(attributes[i]).write("=\"").write(escape(attributes[i + 1])).write("\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        if (tags.isVoid()) {
            return write("/>"); //$NON-NLS-1$
        }
        open.push(tags.end());
        return write(">"); //$NON-NLS-1$
    }

    /**
     * @param link an address
     * @return whether it may be a link's target: relative, a fragment, http(s) or mailto
     */
    public static boolean isSafeLink(String link) {
        String trimmed = link.strip();
        // Every link is checked: plain character tests, no pattern matching.
        if (trimmed.isEmpty() || !isSafeLinkStart(trimmed.charAt(0))) {
            return false;
        }
        int colon = trimmed.indexOf(':');
        int slash = trimmed.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme || trimmed.startsWith("http:") || trimmed.startsWith("https:") || trimmed.startsWith("mailto:"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A relative address, a fragment or a scheme starts with one of these (http, https and mailto with a letter). */
    private static boolean isSafeLinkStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '/' || c == '-'
                || c == '#';
    }

    /** @return whether the name is data- or aria- followed by a lower-case letter and up to 40 lower-case letters, digits or hyphens */
    private static boolean isDataAttribute(String name) {
        if (!name.startsWith("data-") && !name.startsWith("aria-")) { //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
        int start = "data-".length(); //$NON-NLS-1$
        int length = name.length() - start;
        if (length < 1 || length > DATA_NAME || name.charAt(start) < 'a' || name.charAt(start) > 'z') {
            return false;
        }
        for (int i = start + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Closes the element opened last.
     *
     * @return this
     * @throws IllegalStateException when no element is open
     */
    public final Markup close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open"); //$NON-NLS-1$
        }
        return write(open.pop());
    }

    private static java.util.Map<String, Tags> tags() {
        java.util.Map<String, Tags> tags = new java.util.HashMap<>();
        for (String element : ELEMENTS) {
            tags.put(element, new Tags("<" + element + ">", "</" + element + ">", VOID_ELEMENTS.contains(element))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return java.util.Map.copyOf(tags);
    }

    /**
     * Writes text, escaped. Hidden bidirectional controls are shown as {@code [U+202E]} so that
     * they cannot reorder what the reader sees. In a stocktake pack, a text longer than 5,000
     * characters is cut (the HTML report shows it whole).
     *
     * @param text any value; {@code null} writes nothing
     * @return this
     */
    public final Markup text(Object text) {
        if (text == null) {
            return this;
        }
        String string = String.valueOf(text);
        if (string.length() > PACK_TEXT && context().isPack()) {
            string = string.substring(0, PACK_TEXT) + "\u2026"; //$NON-NLS-1$
        }
        return write(escape(string));
    }

    /**
     * Writes an element holding only text.
     *
     * @param tag        the element
     * @param text       its text, escaped
     * @param attributes name and value pairs, as for {@link #open(String, String...)}
     * @return this
     */
    public final Markup element(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /**
     * Writes a link to the page of a model element, labelled with its name (cut at 200
     * characters), or just the name when the element has no page in this report.
     *
     * @param element a model element, or {@code null} (writes a dash)
     * @return this
     */
    public final Markup link(EObject element) {
        return link(element, null);
    }

    /**
     * Writes a link to the page of a model element.
     *
     * @param element a model element, or {@code null} (writes a dash)
     * @param label   the link's text, or {@code null} for the element's name
     * @return this
     */
    public final Markup link(EObject element, String label) {
        if (element == null) {
            return text("\u2014"); //$NON-NLS-1$
        }
        String text = label != null ? label : context().label(element);
        if (text.length() > LINK_LABEL) {
            text = text.substring(0, LINK_LABEL) + "\u2026"; //$NON-NLS-1$
        }
        String href = href(element);
        if (href == null) {
            return text(text);
        }
        // As open("a", "href", href, "data-type", type) writes it, in fewer steps: a page has thousands of links.
        if (!isSafeLink(href)) {
            throw new IllegalArgumentException("link not allowed in a report: " + href); //$NON-NLS-1$
        }
        write("<a href=\"").write(escape(href)); //$NON-NLS-1$
        String type = element.eClass().getName();
        if (type != null) {
            write("\" data-type=\"").write(escape(type)); //$NON-NLS-1$
        }
        open.push(END_OF_LINK);
        return write("\">").text(text).close(); //$NON-NLS-1$
    }

    /**
     * @param element a model element
     * @return the address of its page from the page being written, as {@link ReportContext#href(EObject)} gives it
     */
    protected String href(EObject element) {
        return context().href(element);
    }

    /**
     * Writes a chart of an indicator's trajectory as inline SVG: the planned values, the
     * tolerance around them, the actual observations, the baseline, the targets and the trend to
     * the final target.
     *
     * @param indicator an indicator
     * @return this
     */
    public abstract Markup trajectoryChart(Indicator indicator);

    /**
     * Draws the diagram that a viewpoint's diagram description defines for an element (for
     * example {@code delivery-chain} for a chain) as inline SVG, laid out like the workbench
     * does; when it cannot be drawn (too large, no such viewpoint), writes a short note instead.
     *
     * @param diagramId the id of a diagram description, such as {@code delivery-chain}
     * @param root      the element the diagram is for
     * @return this
     */
    public abstract Markup diagram(String diagramId, EObject root);

    /**
     * @return what the report knows: the model, links to element pages, validation
     */
    public abstract ReportContext context();

    /**
     * Writes markup that the report itself produced and checked. Not for sections.
     *
     * @param markup well-formed XHTML or SVG
     * @return this
     */
    protected final Markup raw(CharSequence markup) {
        return write(markup);
    }

    /** @return how many elements are open */
    protected final int depth() {
        return open.size();
    }

    private Markup write(CharSequence text) {
        try {
            if (text instanceof String string) {
                out.write(string);
            } else {
                out.append(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Escapes text for XHTML element content and attribute values: markup characters become
     * character references, characters XML forbids become U+FFFD, and bidirectional controls
     * become a visible {@code [U+XXXX]}.
     *
     * @param text text
     * @return the escaped text
     */
    public static String escape(String text) {
        int length = text.length();
        int first = 0;
        // Most text needs nothing: find the first character that may, with plain comparisons.
        while (first < length && isPlain(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder escaped = null;
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (isPlain(c)) {
                if (escaped != null) {
                    escaped.append(c);
                }
                continue;
            }
            String replacement = null;
            switch (c) {
                case '<' -> replacement = "&lt;"; //$NON-NLS-1$
                case '>' -> replacement = "&gt;"; //$NON-NLS-1$
                case '&' -> replacement = "&amp;"; //$NON-NLS-1$
                case '"' -> replacement = "&quot;"; //$NON-NLS-1$
                case '\'' -> replacement = "&#39;"; //$NON-NLS-1$
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        replacement = "\uFFFD"; //$NON-NLS-1$
                    } else if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                            || c == 0x061C) {
                        replacement = String.format("[U+%04X]", Integer.valueOf(c)); //$NON-NLS-1$
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                            if (escaped != null) {
                                escaped.append(c).append(text.charAt(i + 1));
                            }
                            i++;
                            continue;
                        }
                        replacement = "\uFFFD"; //$NON-NLS-1$
                    } else if (Character.isLowSurrogate(c)) {
                        replacement = "\uFFFD"; //$NON-NLS-1$
                    }
                }
            }
            if (replacement != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(length + 16);
                    escaped.append(text, 0, i);
                }
                escaped.append(replacement);
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** @return whether {@link #escape(String)} leaves the character as it is, whatever comes before or after it */
    private static boolean isPlain(char c) {
        if (c < 0x80) {
            return c >= 0x20 ? c != '<' && c != '>' && c != '&' && c != '"' && c != '\'' : c == '\t' || c == '\n' || c == '\r';
        }
        if (c < 0x061C) {
            return true;
        }
        if (c >= Character.MIN_SURROGATE) {
            return c > Character.MAX_SURROGATE && c < 0xFFFE;
        }
        return c != 0x061C && c != 0x200E && c != 0x200F && (c < 0x202A || c > 0x202E) && (c < 0x2066 || c > 0x2069);
    }
}
