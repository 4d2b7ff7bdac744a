// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.throughline.model.Concept;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Link;
import org.throughline.model.edit.api.ModelLabels;
import org.throughline.validation.api.Rule;
import org.throughline.validation.internal.Messages;

/** Is the model well formed: references that resolve, names that tell elements apart. */
final class StructureRules {

    /** The literal of the enumerations that have no sensible default (metamodel 1.1, link kind and period 1.2). */
    private static final String NOT_SET = "NOT_SET"; //$NON-NLS-1$

    private StructureRules() {
    }

    /** @return the names, for a reader, of the element's properties that are not set and have no sensible default */
    static List<String> notSet(EObject element) {
        List<String> missing = new ArrayList<>();
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.getEType() instanceof EEnum type && type.getEEnumLiteral(NOT_SET) != null
                    && NOT_SET.equals(((Enumerator) element.eGet(attribute)).getName())) {
                missing.add(ModelLabels.featureInSentence(attribute));
            }
        }
        return missing;
    }

    static void register(Map<String, Rule> rules) {
        rules.put("structure.dangling-reference", StructureRules::danglingReference); //$NON-NLS-1$
        rules.put("structure.duplicate-name", StructureRules::duplicateName); //$NON-NLS-1$
        rules.put("structure.unnamed", (element, context) -> { //$NON-NLS-1$
            String name = ((Element) element).getName();
            if (name == null || name.isBlank()) {
                context.report(element);
            }
        });
        rules.put("structure.not-set", (element, context) -> { //$NON-NLS-1$
            List<String> missing = notSet(element);
            if (!missing.isEmpty()) {
                String either = missing.get(0);
                for (String next : missing.subList(1, missing.size())) {
                    either = Messages.bind(Messages.rules_or, either, next);
                }
                context.report(element, either);
            }
        });
        rules.put("structure.empty-chain", (element, context) -> { //$NON-NLS-1$
            if (((DeliveryChain) element).getLinks().isEmpty()) {
                context.report(element);
            }
        });
        rules.put("structure.self-link", (element, context) -> { //$NON-NLS-1$
            Link link = (Link) element;
            if (link.getSource() != null && link.getSource() == link.getTarget()) {
                context.report(element);
            }
        });
        rules.put("structure.link-ends", (element, context) -> { //$NON-NLS-1$
            Link link = (Link) element;
            if (link.getSource() == null || link.getTarget() == null) {
                context.report(element, link.getSource() == null ? "source" : "target"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        rules.put("structure.chain-link-outside", (element, context) -> { //$NON-NLS-1$
            DeliveryChain chain = (DeliveryChain) element;
            for (Link link : chain.getLinks()) {
                for (EObject end : new EObject[] { link.getSource(), link.getTarget() }) {
                    if (end != null && !chain.getActors().contains(end)) {
                        context.report(chain, context.index().label(link), context.index().label(end));
                    }
                }
            }
        });
    }

    /**
     * A reference to an element that is in no model file, or outside the model (an element of
     * another file of a model kept in fragments is inside it: the model holds it in a folder).
     */
    private static void danglingReference(EObject element, org.throughline.validation.api.RuleContext context) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !element.eIsSet(reference)) {
                continue;
            }
            Object value = element.eGet(reference, false);
            List<?> targets = value instanceof List<?> list ? list : List.of(value);
            for (Object target : targets) {
                EObject referenced = (EObject) target;
                if (referenced.eIsProxy() || !org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(context.index().model(), referenced)) {
                    context.report(element, ModelLabels.featureInSentence(reference));
                }
            }
        }
    }

    /** Two concepts of the same kind side by side with the same name cannot be told apart in lists and reports. */
    private static void duplicateName(EObject element, org.throughline.validation.api.RuleContext context) {
        Map<String, Concept> seen = new HashMap<>();
        List<?> contents = element instanceof org.throughline.model.Model model ? model.getElements()
                : ((org.throughline.model.Folder) element).getElements();
        for (Object each : contents) {
            Concept concept = (Concept) each;
            if (concept.getName() == null || concept.getName().isBlank()) {
                continue;
            }
            String key = concept.eClass().getName() + '\u0000' + concept.getName().strip().toLowerCase(java.util.Locale.ROOT);
            Concept first = seen.putIfAbsent(key, concept);
            if (first != null) {
                context.report(concept, ModelLabels.typeInSentence(concept.eClass()));
            }
        }
    }
}
