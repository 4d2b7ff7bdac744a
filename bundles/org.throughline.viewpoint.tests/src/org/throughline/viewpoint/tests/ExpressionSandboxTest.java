// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
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
        assertEquals("1,234.5", eval("tl:num(1234.5)", link));
        assertTrue(((List<?>) eval("tl:all(root, 'Actor')", model)).size() > 5);
        assertNotEquals("NOT_ASSESSED", eval("tl:likelihood(tl:first(tl:all(root, 'Priority')))", model));
        assertNull(eval("self.tier?.name", ThroughlineFactory.eINSTANCE.createOrganisation()));
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
        for (String hostile : List.of("self.getClass()", "self.class", "self.eResource()", "self.setName('x')",
                "self.properties.clear()", "tl:all(root, 'Link').clear()")) {
            try {
                Object result = eval(hostile, link);
                assertTrue(result == null || !(result instanceof Class<?>), hostile + " gave " + result);
            } catch (ExpressionException e) {
                // refused: what the sandbox is for
            }
        }
        assertEquals(name, link.getName());
        assertTrue(link.getSource() != null);
        assertThrows(ExpressionException.class, () -> ExpressionEngine.parse("new('java.io.File', '/etc/passwd')"));
        assertThrows(ExpressionException.class, () -> ExpressionEngine.parse("x = 1"));
        assertThrows(ExpressionException.class, () -> ExpressionEngine.parse("for (x : [1,2]) { x }"));
    }

    @Test
    void selectCollectAndSortWork() throws ExpressionException {
        Organisation any = (Organisation) ((List<?>) eval("tl:all(root, 'Organisation')", model)).get(0);
        List<?> tiers = (List<?>) eval("tl:sortBy(tl:collect(tl:all(root, 'Actor'), 'tier'), 'level')", model);
        assertEquals(4, tiers.size());
        assertTrue(((List<?>) eval("tl:select(tl:all(root, 'Actor'), 'tier', self.tier)", any)).contains(any));
    }
}
