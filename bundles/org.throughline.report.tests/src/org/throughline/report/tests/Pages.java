// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads a written HTML report the strict way: every page must parse as XML (so the inline SVG
 * and all markup are well-formed), and the checks a security review would make are applied to
 * every element of every page.
 */
final class Pages {

    private Pages() {
    }

    /** @return every HTML page of the report */
    static List<Path> all(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Parses a page as XML; the HTML5 doctype is allowed, nothing else external. */
    static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        // Pages hold one-megabyte texts on purpose; the JDK's default limits are for untrusted input.
        factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setAttribute("jdk.xml.totalEntitySizeLimit", "0");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            fail(page + " is not well-formed: " + e.getMessage());
            throw e;
        }
    }

    /** Every element in document order. */
    static List<Element> elements(Document document) {
        List<Element> all = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    /**
     * The security checks: the only scripts are ours (external, from assets/), no event-handler
     * attribute anywhere (HTML or SVG), no style attribute or element, no javascript: or data:
     * link, no foreignObject, and the Content-Security-Policy meta is there and strict.
     */
    static void assertSafe(Path page, Document document) {
        boolean policy = false;
        int scripts = 0;
        for (Element element : elements(document)) {
            String name = element.getLocalName().toLowerCase(Locale.ROOT);
            if (name.equals("script")) {
                scripts++;
                String src = element.getAttribute("src");
                assertTrue(src.matches("(\\.\\./)?assets/report\\.js"), page + ": a script other than ours: " + src);
                assertEquals("", element.getTextContent(), page + ": an inline script");
            }
            assertFalse(name.equals("style") || name.equals("iframe") || name.equals("object") || name.equals("embed")
                    || name.equals("foreignobject") || name.equals("base") || name.equals("form"), page + ": element " + name);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String attributeName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
                String lower = attributeName.toLowerCase(Locale.ROOT);
                assertFalse(lower.startsWith("on"), page + ": event handler " + attributeName + " on " + name);
                assertFalse(lower.equals("style"), page + ": style attribute on " + name);
                if (lower.equals("href") || lower.equals("src") || lower.equals("xlink:href")) {
                    String value = attribute.getNodeValue().strip().toLowerCase(Locale.ROOT);
                    assertFalse(value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"),
                            page + ": unsafe link " + value);
                }
            }
            if (name.equals("meta") && "Content-Security-Policy".equals(element.getAttribute("http-equiv"))) {
                String content = element.getAttribute("content");
                assertTrue(content.contains("default-src 'none'") && content.contains("script-src 'self'")
                        && !content.contains("unsafe-inline"), page + ": weak policy " + content);
                policy = true;
            }
        }
        assertTrue(policy, page + ": no Content-Security-Policy");
        assertEquals(1, scripts, page + ": exactly our one script");
    }

    /** Every relative link of every page leads to a page that exists. */
    static void assertLinksResolve(Path folder, Path page, Document document) {
        for (Element element : elements(document)) {
            String href = element.getLocalName().equals("a") || element.getLocalName().equals("link") ? element.getAttribute("href") : "";
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("http")) {
                continue;
            }
            String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            Path target = page.getParent().resolve(file).normalize();
            assertTrue(target.startsWith(folder) && Files.exists(target), page + ": broken link " + href);
        }
    }

    /** @return the text of the page's main area */
    static String text(Document document) {
        NodeList main = document.getElementsByTagNameNS("*", "main");
        return main.getLength() == 0 ? "" : main.item(0).getTextContent();
    }
}
