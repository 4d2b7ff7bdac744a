// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.api;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.Assessment;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.Model;

/**
 * A read-only index of one model, built once per validation run and shared by all rules, so
 * that questions such as "which links touch this actor" cost a hash lookup, not a model walk.
 */
public interface ModelIndex {

    /** @return the model's root */
    Model model();

    /**
     * @param type a class of the metamodel, abstract or not
     * @return every element of that class or a subclass, in document order
     */
    List<EObject> all(EClass type);

    /**
     * @param actor an actor
     * @return the links that start or end at it
     */
    List<Link> linksOf(Actor actor);

    /**
     * @param element any element
     * @return the actions whose {@code addresses} include it
     */
    List<Action> actionsAddressing(EObject element);

    /**
     * @param element any element
     * @return the assessments of it, oldest first
     */
    List<Assessment> assessmentsOf(EObject element);

    /**
     * @param element an element
     * @return the indicators that measure it (for outcomes)
     */
    List<Indicator> indicatorsMeasuring(EObject element);

    /**
     * @param element an element
     * @return every element that refers to it through a non-containment reference
     */
    List<EObject> referrers(EObject element);

    /**
     * @param element any element of the model
     * @return its path from the root by names, e.g. {@code Model/Delivery chain/Trust A}
     */
    String path(EObject element);

    /**
     * @param element any element
     * @return its name, or its type and id when it has none
     */
    String label(EObject element);
}
