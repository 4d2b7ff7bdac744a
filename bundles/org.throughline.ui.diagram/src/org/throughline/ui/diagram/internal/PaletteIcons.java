// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.ImageDescriptor;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.internal.provider.ConceptIcons;
import org.throughline.viewpoint.CreateInstance;
import org.throughline.viewpoint.Operation;
import org.throughline.viewpoint.SetValue;
import org.throughline.viewpoint.Tool;

/**
 * The icon of a palette tool: the icon of the element it creates, read off its operations — the
 * class it instantiates and the enumeration values it sets as constants, so that a "Funding" link
 * tool shows the funding link's icon. A tool that only joins existing elements (a reference)
 * shows the icon of a link.
 */
final class PaletteIcons {

    private static final String KIND = "kind"; //$NON-NLS-1$

    private PaletteIcons() {
    }

    /**
     * @param tool a palette tool
     * @return its icon at 16 px, or {@code null}
     */
    static ImageDescriptor of(Tool tool) {
        EObject prototype = prototype(tool);
        if (prototype != null) {
            return ConceptIcons.of(prototype);
        }
        for (Operation operation : tool.getOperations()) {
            if (operation instanceof CreateInstance create && classOf(create.getDomainClass()) instanceof EClass type) {
                return ConceptIcons.of(type);
            }
        }
        return tool instanceof org.throughline.viewpoint.CreateEdgeTool ? ConceptIcons.named("link") : null; //$NON-NLS-1$
    }

    /** @return an element as the tool would create it, with the kinds it sets as constants; {@code null} for an abstract class or none */
    static EObject prototype(Tool tool) {
        EObject created = null;
        String variable = null;
        boolean kindSet = false;
        for (Operation operation : tool.getOperations()) {
            if (created == null && operation instanceof CreateInstance create && classOf(create.getDomainClass()) instanceof EClass type
                    && !type.isAbstract() && !type.isInterface()) {
                created = EcoreUtil.create(type);
                variable = create.getVariable();
            } else if (created != null && operation instanceof SetValue set && variable != null
                    && variable.equals(set.getElementExpression())) {
                kindSet |= constant(created, set.getFeature(), set.getValueExpression()) && KIND.equals(set.getFeature());
            }
        }
        // A tool that leaves the kind to be chosen later shows the class's icon, not its first kind's.
        if (created != null && !kindSet && created.eClass().getEStructuralFeature(KIND) instanceof EAttribute kind
                && kind.getEAttributeType() instanceof EEnum) {
            return null;
        }
        return created;
    }

    private static EClassifier classOf(String name) {
        return name == null ? null : ThroughlinePackage.eINSTANCE.getEClassifier(name);
    }

    /** Sets an enumeration feature given as a quoted constant ({@code 'FUNDING'}); anything else is left; true when set. */
    private static boolean constant(EObject element, String featureName, String expression) {
        EStructuralFeature feature = featureName == null ? null : element.eClass().getEStructuralFeature(featureName);
        if (!(feature instanceof EAttribute attribute) || feature instanceof EReference || expression == null
                || !(attribute.getEAttributeType() instanceof EEnum type)) {
            return false;
        }
        String text = expression.strip();
        if (text.length() > 2 && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            EEnumLiteral literal = type.getEEnumLiteral(text.substring(1, text.length() - 1));
            if (literal != null) {
                element.eSet(attribute, literal.getInstance());
                return true;
            }
        }
        return false;
    }
}
