// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.throughline.model.Model;
import org.throughline.model.ThroughlineFactory;
import org.throughline.report.api.Markup;
import org.throughline.report.internal.Catalogue;
import org.throughline.report.internal.PageMarkup;
import org.throughline.report.internal.Run;

/** The writer sections use cannot be made to write script, handlers or unsafe links, and escapes all text. */
class MarkupTest {

    private final StringWriter out = new StringWriter();

    private Markup markup() {
        Model model = ThroughlineFactory.eINSTANCE.createModel();
        return new PageMarkup(out, new Run(new Catalogue(model), false));
    }

    @Test
    void refusesScriptStyleHandlersAndUnsafeLinks() {
        Markup html = markup();
        assertThrows(IllegalArgumentException.class, () -> html.open("script"));
        assertThrows(IllegalArgumentException.class, () -> html.open("style"));
        assertThrows(IllegalArgumentException.class, () -> html.open("iframe"));
        assertThrows(IllegalArgumentException.class, () -> html.open("p", "onclick", "alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> html.open("p", "style", "color: red"));
        assertThrows(IllegalArgumentException.class, () -> html.open("a", "href", "javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> html.open("a", "href", " JavaScript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> html.open("a", "href", "data:text/html,<script>"));
        assertEquals("", out.toString(), "nothing written for a refused element");
    }

    @Test
    void escapesTextAndAttributes() {
        markup().open("p", "title", "\" onmouseover=\"x").text("<script>&'\"").close();
        assertEquals("<p title=\"&quot; onmouseover=&quot;x\">&lt;script&gt;&amp;&#39;&quot;</p>", out.toString());
    }

    @Test
    void allowsRelativeWebAndMailLinks() {
        assertTrue(Markup.isSafeLink("e/x.html"));
        assertTrue(Markup.isSafeLink("../e/x.html#part"));
        assertTrue(Markup.isSafeLink("https://www.gov.uk/"));
        assertTrue(Markup.isSafeLink("mailto:unit@example.org"));
        assertFalse(Markup.isSafeLink("vbscript:x"));
        assertFalse(Markup.isSafeLink("file:///etc/passwd"));
    }

    @Test
    void neutralisesControlsBidiAndBrokenSurrogates() {
        assertEquals("a\uFFFDb", Markup.escape("a\u0000b"));
        assertEquals("[U+202E]txt.exe", Markup.escape("\u202Etxt.exe"));
        assertEquals("x\uFFFDy", Markup.escape("x\uD800y"));
        assertEquals("\uD83D\uDE00 ok", Markup.escape("\uD83D\uDE00 ok"), "a valid pair stays");
    }

    @Test
    void closesWhatWasOpenedInOrder() {
        markup().open("ul").open("li").text("a").close().element("li", "b").close();
        assertEquals("<ul><li>a</li><li>b</li></ul>", out.toString());
        assertThrows(IllegalStateException.class, () -> markup().close());
    }
}
