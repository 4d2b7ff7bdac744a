// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.api;

import java.util.Map;

import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A parsed viewpoint expression, ready to evaluate many times. Thread-safe. Created by
 * {@link ExpressionEngine#parse(String)}.
 */
public final class Expression {

    private final String text;
    private final JexlExpression compiled;

    Expression(String text, JexlExpression compiled) {
        this.text = text;
        this.compiled = compiled;
    }

    /** @return the expression as written in the viewpoint file */
    public String text() {
        return text;
    }

    /**
     * Evaluates the expression with {@code self}, {@code root} and {@code model} set.
     *
     * @param self the element at hand
     * @param root the diagram's root element
     * @return the value
     * @throws ExpressionException when evaluation fails (an unknown feature, a type error…)
     */
    public Object evaluate(EObject self, EObject root) throws ExpressionException {
        return evaluate(self, root, Map.of());
    }

    /**
     * Evaluates the expression with {@code self}, {@code root}, {@code model} and further
     * variables set.
     *
     * @param self      the element at hand
     * @param root      the diagram's root element
     * @param variables further variables, by name
     * @return the value
     * @throws ExpressionException when evaluation fails
     */
    public Object evaluate(EObject self, EObject root, Map<String, Object> variables) throws ExpressionException {
        MapContext context = new MapContext();
        variables.forEach(context::set);
        context.set("self", self); //$NON-NLS-1$
        context.set("root", root); //$NON-NLS-1$
        context.set("model", root == null ? null : EcoreUtil.getRootContainer(root)); //$NON-NLS-1$
        try {
            return compiled.evaluate(context);
        } catch (JexlException | IllegalArgumentException | ClassCastException e) {
            throw new ExpressionException(text, ExpressionEngine.reason(e), e);
        }
    }

    /**
     * Evaluates the expression as a predicate: {@code true} only for the boolean {@code true}.
     *
     * @param self the element at hand
     * @param root the diagram's root element
     * @return whether it holds
     * @throws ExpressionException when evaluation fails
     */
    public boolean test(EObject self, EObject root) throws ExpressionException {
        return Boolean.TRUE.equals(evaluate(self, root));
    }

    @Override
    public String toString() {
        return text;
    }
}
