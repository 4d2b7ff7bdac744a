// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.viewpoint.Mapping;
import org.throughline.viewpoint.Viewpoint;
import org.throughline.viewpoint.api.ExpressionEngine;
import org.throughline.viewpoint.api.ViewpointFiles;
import org.throughline.viewpoint.api.ViewpointLoadException;

/** A viewpoint naming a plugin's metamodel class as nsURI#ClassName, the way a plugin author writes it. */
class PluginClassesTest {

    private static final String NS_URI = "http://example.org/test-audit/1.0";
    private static EPackage audit;
    private static EClass auditClass;
    private static EClass registerClass;

    @BeforeAll
    static void registerPackage() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        audit = f.createEPackage();
        audit.setName("audit");
        audit.setNsPrefix("audit");
        audit.setNsURI(NS_URI);
        auditClass = f.createEClass();
        auditClass.setName("Audit");
        audit.getEClassifiers().add(auditClass);
        registerClass = f.createEClass();
        registerClass.setName("Register");
        EReference audits = f.createEReference();
        audits.setName("audits");
        audits.setEType(auditClass);
        audits.setContainment(true);
        audits.setUpperBound(-1);
        registerClass.getEStructuralFeatures().add(audits);
        audit.getEClassifiers().add(registerClass);
        EPackage.Registry.INSTANCE.put(NS_URI, audit);
    }

    @AfterAll
    static void unregisterPackage() {
        EPackage.Registry.INSTANCE.remove(NS_URI);
    }

    private static Viewpoint load(String domainClass) throws ViewpointLoadException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<viewpoint:Viewpoint xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:viewpoint=\"http://throughline.org/viewpoint/1.0\""
                + " id=\"test\" label=\"Test\">\n<diagrams id=\"test.diagram\" label=\"Test\" domainClass=\"Model\">\n"
                + "<defaultLayer id=\"l\">\n<nodeMappings xsi:type=\"viewpoint:NodeMapping\" id=\"m.audit\" domainClass=\""
                + domainClass + "\" semanticCandidates=\"tl:all(root, '" + domainClass + "')\"/>\n"
                + "</defaultLayer>\n</diagrams>\n</viewpoint:Viewpoint>\n";
        return ViewpointFiles.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "audit.viewpoint");
    }

    @Test
    void aMappingMayNameAPluginClassByNamespaceAndName() throws Exception {
        Viewpoint viewpoint = load(NS_URI + "#Audit");
        Mapping mapping = viewpoint.getDiagrams().get(0).getDefaultLayer().getNodeMappings().get(0);
        assertEquals(NS_URI + "#Audit", mapping.getDomainClass());
        assertEquals(auditClass, MetamodelClasses.resolve(NS_URI + "#Audit"));
        assertEquals("Actor", MetamodelClasses.resolve("Actor").getName(), "a plain name still means our own class");
    }

    @Test
    void anUnknownNamespaceOrClassNamesTheMapping() {
        for (String bad : List.of("http://example.org/not-installed/1.0#Audit", NS_URI + "#Auditt")) {
            ViewpointLoadException e = assertThrows(ViewpointLoadException.class, () -> load(bad));
            assertTrue(e.getMessage().contains("'m.audit'") && e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void isAAndAllFindPluginElementsInAModel() throws Exception {
        EObject register = EcoreUtil.create(registerClass);
        EObject first = EcoreUtil.create(auditClass);
        EObject second = EcoreUtil.create(auditClass);
        @SuppressWarnings("unchecked")
        List<EObject> contents = (List<EObject>) register.eGet(registerClass.getEStructuralFeature("audits"));
        contents.add(first);
        contents.add(second);
        EObject model = register;
        String qualified = NS_URI + "#Audit";
        assertEquals(Boolean.TRUE, ExpressionEngine.parse("tl:isA(self, '" + qualified + "')").evaluate(first, model));
        assertEquals(Boolean.FALSE, ExpressionEngine.parse("tl:isA(self, '" + qualified + "')").evaluate(model, model));
        assertEquals(List.of(first, second), ExpressionEngine.parse("tl:all(root, '" + qualified + "')").evaluate(model, model),
                "tl:all finds the plugin's elements, and only them");
    }
}
