// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.model.Assessment;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Priority;
import org.throughline.model.ThroughlineFactory;
import org.throughline.testing.ModelGenerator;
import org.throughline.viewpoint.api.ExpressionEngine;
import org.throughline.viewpoint.api.ExpressionException;

/** JEXL really runs inside OSGi, reads the model, and cannot escape its sandbox. */
class ExpressionSandboxTest {

    private final Model model = ModelGenerator.generate(300, 1);

    private Object eval(String expression, Object self) throws ExpressionException {
        return ExpressionEngine.parse(expression).evaluate((org.eclipse.emf.ecore.EObject) self, model);
    }

    private Link firstLink() throws ExpressionException {
        return (Link) ((List<?>) eval("tl:all(root, 'Link')", model)).get(0);
    }

    @Test
    void readsFeaturesEnumerationsAndHelpers() throws ExpressionException {
        Link link = firstLink();
        link.setStrength(LinkStrength.WEAK);
        assertEquals(Boolean.TRUE, eval("self.strength == 'WEAK'", link));
        assertEquals("WEAK", eval("tl:get(self, 'strength')", link));
        assertEquals(link.getSource().getName(), eval("self.source.name", link));
        assertEquals("data and reporting", eval("tl:words('DATA_AND_REPORTING')", link));
        assertEquals("process step", eval("tl:words('ProcessStep')", link));
        assertEquals("1,234.5", eval("tl:num(1234.5)", link));
        assertTrue(((List<?>) eval("tl:all(root, 'Actor')", model)).size() > 5);
        assertNotEquals("NOT_ASSESSED", eval("tl:likelihood(tl:first(tl:all(root, 'Priority')))", model));
        assertNull(eval("self.tier?.name", ThroughlineFactory.eINSTANCE.createOrganisation()));
    }

    @Test
    void theLikelihoodIsTheLatestJudgementMadeByTheModelsAsAtDate() throws ExpressionException {
        ThroughlineFactory f = ThroughlineFactory.eINSTANCE;
        Model small = f.createModel();
        Priority priority = f.createPriority();
        small.getElements().add(priority);
        for (Object[] judgement : new Object[][] { { LocalDate.of(2024, 10, 15), LikelihoodRating.AMBER_RED },
                { LocalDate.of(2025, 4, 10), LikelihoodRating.RED } }) {
            Assessment assessment = f.createAssessment();
            assessment.setSubject(priority);
            assessment.setDate((LocalDate) judgement[0]);
            assessment.setRating((LikelihoodRating) judgement[1]);
            small.getElements().add(assessment);
        }
        small.setAsAt(LocalDate.of(2025, 4, 30));
        assertEquals("RED", ExpressionEngine.parse("tl:likelihood(self)").evaluate(priority, small));
        small.setAsAt(LocalDate.of(2024, 10, 31));
        assertEquals("AMBER_RED", ExpressionEngine.parse("tl:likelihood(self)").evaluate(priority, small),
                "as at October 2024 the April 2025 judgement had not been made");
    }

    @Test
    void anUnknownFeatureIsAnErrorNotNull() throws ExpressionException {
        ExpressionException e = assertThrows(ExpressionException.class, () -> eval("self.strenght", firstLink()));
        assertTrue(e.reason().contains("strenght"), e.reason());
    }

    @Test
    void cannotReachClassesCreateObjectsOrChangeTheModel() throws ExpressionException {
        Link link = firstLink();
        String name = link.getName();
        int links = ((List<?>) eval("tl:all(root, 'Link')", model)).size();
        int properties = link.getProperties().size();
        List<String> hostile = List.of(
                // classes, class loaders, reflection
                "self.getClass()", "self.class", "''.getClass()", "tl:getClass()", "self.eClass().getInstanceClass()",
                "self.eClass().instanceClass", "self.eClass().getInstanceClass().getClassLoader()",
                "java.lang.Runtime.getRuntime().availableProcessors()", "java.lang.System.getenv()",
                // files, resources, saving and loading
                "self.eResource()", "model.eResource().getURI()", "self.eResource().getResourceSet()",
                // creating objects
                "self.eClass().getEPackage().getEFactoryInstance().create(self.eClass())",
                "self.eClass().EPackage.EFactoryInstance",
                // changing the model
                "self.setName('x')", "self.eSet(self.eClass().getEStructuralFeature('name'), 'x')", "self.properties.clear()",
                "tl:all(root, 'Link').clear()", "root.eContents().remove(0)", "self.eAdapters()");
        for (String expression : hostile) {
            assertThrows(ExpressionException.class, () -> eval(expression, link), expression + " must be refused");
        }
        assertEquals(name, link.getName(), "the model is unchanged");
        assertEquals(links, ((List<?>) eval("tl:all(root, 'Link')", model)).size());
        assertEquals(properties, link.getProperties().size());
        for (String refusedAtParse : List.of("new('java.io.File', '/etc/passwd')", "x = 1", "self.name = 'x'",
                "for (x : [1,2]) { x }", "function(x) { x }", "x -> x", "#pragma jexl.import java.io")) {
            assertThrows(ExpressionException.class, () -> ExpressionEngine.parse(refusedAtParse), refusedAtParse + " must not parse");
        }
        // Reading stays possible: the sandbox is not a wall around everything.
        assertEquals(link.eClass().getName(), eval("self.eClass().name", link));
        assertEquals(name, eval("self.eGet(self.eClass().getEStructuralFeature('name'))", link));
    }

    @Test
    void selectCollectAndSortWork() throws ExpressionException {
        Organisation any = (Organisation) ((List<?>) eval("tl:all(root, 'Organisation')", model)).get(0);
        List<?> tiers = (List<?>) eval("tl:sortBy(tl:collect(tl:all(root, 'Actor'), 'tier'), 'level')", model);
        assertEquals(4, tiers.size());
        assertTrue(((List<?>) eval("tl:select(tl:all(root, 'Actor'), 'tier', self.tier)", any)).contains(any));
    }
}
