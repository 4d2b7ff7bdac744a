// SPDX-License-Identifier: EPL-2.0
package org.throughline.render.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.render.api.SvgRenderer;
import org.throughline.testing.Examples;
import org.throughline.testing.ModelGenerator;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;
import org.w3c.dom.Document;

/** The SVG a report or a modeller gets: well-formed, escaped, stable, complete. */
class SvgRendererTest {

    private static DeliveryChain firstChain(EObject model) {
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DeliveryChain c) {
                return c;
            }
        }
        throw new AssertionError("no chain");
    }

    private static byte[] draw(String viewpoint, EObject root) throws Exception {
        DiagramDescription description = ViewpointRegistry.getDefault().diagram(viewpoint).orElseThrow();
        Diagram diagram = DiagramInterpreter.create(description, root);
        DiagramLayout.layout(diagram);
        return SvgRenderer.renderBytes(diagram);
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    @Test
    void hostileNamesAreEscaped() throws Exception {
        Model model = ModelGenerator.generate(300, 5);
        DeliveryChain chain = firstChain(model);
        chain.getActors().get(0).setName("<script>alert('x')</script> & \"friends\"");
        chain.getLinks().get(0).setName("]]><script>");
        chain.setName("</title><script>evil()</script>");
        byte[] bytes = draw("delivery-chain", chain);
        String svg = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(svg.contains("<script"), "no markup from the model gets through");
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;") || svg.contains(
                "&lt;script&gt;"), svg);
        Document document = parse(bytes);
        assertTrue(document.getElementsByTagName("script").getLength() == 0);
    }

    @Test
    void theSameDiagramGivesTheSameBytes() throws Exception {
        byte[] first = draw("delivery-chain", firstChain(ModelGenerator.generate(600, 11)));
        byte[] second = draw("delivery-chain", firstChain(ModelGenerator.generate(600, 11)));
        assertArrayEquals(first, second);
    }

    @Test
    void everyBuiltInViewpointDrawsEveryExampleItSuits() throws Exception {
        List<Path> examples = new ArrayList<>(Examples.all());
        assertFalse(examples.isEmpty(), "the example models are installed");
        Path out = Files.createDirectories(Path.of("target", "diagrams"));
        for (Path example : examples) {
            Resource resource = ModelFiles.load(example);
            Model model = (Model) resource.getContents().get(0);
            for (DiagramDescription description : ViewpointRegistry.getDefault().diagrams()) {
                EObject root = "Model".equals(description.getDomainClass()) ? model : first(model, description.getDomainClass());
                if (root == null) {
                    continue;
                }
                byte[] svg = draw(description.getId(), root);
                Document document = parse(svg);
                assertTrue(document.getElementsByTagName("g").getLength() > 2, description.getId() + " on " + example + " draws nodes");
                String text = new String(svg, StandardCharsets.UTF_8);
                if (root instanceof Element e) {
                    assertTrue(description.getId().equals("dependencies") || text.contains("data-id"), "nodes carry their element ids");
                    assertTrue(text.contains(org.throughline.render.internal.Svg.escape(e.getName() == null ? "" : e.getName()))
                            || !"DeliveryChain".equals(description.getDomainClass()), "the title names the root");
                }
                String name = example.getFileName().toString().replace(".throughline", "");
                Files.write(out.resolve(description.getId() + "-" + name + ".svg"), svg);
            }
        }
    }

    private static EObject first(Model model, String className) {
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next.eClass().getName().equals(className)) {
                return next;
            }
        }
        return null;
    }
}
