// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.model.Action;
import org.throughline.model.Actor;
import org.throughline.model.Assessment;
import org.throughline.model.Element;
import org.throughline.model.Indicator;
import org.throughline.model.Link;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.validation.api.ModelIndex;

/**
 * The model index: one walk over the model files every element under its class and all its
 * superclasses; the inverse maps are built the first time a rule asks for them.
 */
public final class Index implements ModelIndex {

    private final Model model;
    private final Map<EClass, List<EObject>> byClass = new HashMap<>();
    private final List<EObject> everything = new ArrayList<>();
    private Map<EObject, List<Link>> links;
    private Map<EObject, List<Action>> actions;
    private Map<EObject, List<Assessment>> assessments;
    private Map<EObject, List<Indicator>> indicators;
    private Map<EObject, List<EObject>> referrers;
    private Map<EObject, Integer> order;
    private org.throughline.analysis.api.PriorityScope.Index priorityScopes;

    /**
     * Indexes a model.
     *
     * @param model the model
     */
    public Index(Model model) {
        this.model = model;
        file(model);
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            file(all.next());
        }
    }

    private void file(EObject element) {
        everything.add(element);
        EClass type = element.eClass();
        byClass.computeIfAbsent(type, t -> new ArrayList<>()).add(element);
        for (EClass superType : type.getEAllSuperTypes()) {
            byClass.computeIfAbsent(superType, t -> new ArrayList<>()).add(element);
        }
    }

    /**
     * Forgets what was derived from the model's references, after an edit that changed values
     * but added or removed no element; the by-class lists stay valid.
     */
    public void forgetReferences() {
        links = null;
        actions = null;
        assessments = null;
        indicators = null;
        referrers = null;
        synchronized (this) {
            priorityScopes = null;
        }
    }

    /**
     * @return what can bear on each priority of the model, indexed by the outcomes and priorities
     *         it serves (see {@link org.throughline.analysis.api.PriorityScope#index}); made when
     *         first asked for, and again after {@link #forgetReferences()}
     */
    public synchronized org.throughline.analysis.api.PriorityScope.Index priorityScopes() {
        if (priorityScopes == null) {
            priorityScopes = org.throughline.analysis.api.PriorityScope.index(this::all);
        }
        return priorityScopes;
    }

    /**
     * @param element an element
     * @return whether the index knows it (false for elements added since it was built)
     */
    public boolean contains(EObject element) {
        return order().containsKey(element);
    }

    /**
     * @param elements some elements (such as those of findings)
     * @return the position of each in document order, for those the index knows: one pass over
     *         the model, without a map of every element
     */
    Map<EObject, int[]> positions(Collection<EObject> elements) {
        if (order != null) {
            Map<EObject, int[]> known = new IdentityHashMap<>();
            for (EObject element : elements) {
                Integer position = order.get(element);
                if (position != null) {
                    known.put(element, new int[] { position.intValue() });
                }
            }
            return known;
        }
        Map<EObject, int[]> wanted = new IdentityHashMap<>();
        for (EObject element : elements) {
            wanted.put(element, new int[] { -1 });
        }
        int position = 0;
        for (EObject element : everything) {
            int[] at = wanted.get(element);
            if (at != null) {
                at[0] = position;
            }
            position++;
        }
        wanted.values().removeIf(at -> at[0] < 0);
        return wanted;
    }

    /** @return each element's position in document order */
    Map<EObject, Integer> order() {
        if (order == null) {
            order = new IdentityHashMap<>();
            int position = 0;
            for (EObject element : everything) {
                order.put(element, Integer.valueOf(position++));
            }
        }
        return order;
    }

    @Override
    public Model model() {
        return model;
    }

    @Override
    public List<EObject> all(EClass type) {
        return byClass.getOrDefault(type, List.of());
    }

    @Override
    public List<Link> linksOf(Actor actor) {
        if (links == null) {
            links = new IdentityHashMap<>();
            for (EObject each : all(ThroughlinePackage.Literals.LINK)) {
                Link link = (Link) each;
                if (link.getSource() != null) {
                    links.computeIfAbsent(link.getSource(), k -> new ArrayList<>()).add(link);
                }
                if (link.getTarget() != null && link.getTarget() != link.getSource()) {
                    links.computeIfAbsent(link.getTarget(), k -> new ArrayList<>()).add(link);
                }
            }
        }
        return links.getOrDefault(actor, List.of());
    }

    @Override
    public List<Action> actionsAddressing(EObject element) {
        if (actions == null) {
            actions = new IdentityHashMap<>();
            for (EObject each : all(ThroughlinePackage.Literals.ACTION)) {
                Action action = (Action) each;
                for (Element addressed : action.getAddresses()) {
                    actions.computeIfAbsent(addressed, k -> new ArrayList<>()).add(action);
                }
            }
        }
        return actions.getOrDefault(element, List.of());
    }

    @Override
    public List<Assessment> assessmentsOf(EObject element) {
        if (assessments == null) {
            assessments = new IdentityHashMap<>();
            for (EObject each : all(ThroughlinePackage.Literals.ASSESSMENT)) {
                Assessment assessment = (Assessment) each;
                if (assessment.getSubject() != null) {
                    assessments.computeIfAbsent(assessment.getSubject(), k -> new ArrayList<>()).add(assessment);
                }
            }
            Comparator<Assessment> byDate = Comparator.comparing(Assessment::getDate,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            assessments.values().forEach(list -> list.sort(byDate));
        }
        return assessments.getOrDefault(element, List.of());
    }

    @Override
    public List<Indicator> indicatorsMeasuring(EObject element) {
        if (indicators == null) {
            indicators = new IdentityHashMap<>();
            for (EObject each : all(ThroughlinePackage.Literals.INDICATOR)) {
                Indicator indicator = (Indicator) each;
                if (indicator.getMeasures() != null) {
                    indicators.computeIfAbsent(indicator.getMeasures(), k -> new ArrayList<>()).add(indicator);
                }
            }
        }
        return indicators.getOrDefault(element, List.of());
    }

    @Override
    public List<EObject> referrers(EObject element) {
        if (referrers == null) {
            referrers = new IdentityHashMap<>();
            for (EObject source : everything) {
                for (EReference reference : source.eClass().getEAllReferences()) {
                    if (reference.isContainment() || reference.isContainer() || !source.eIsSet(reference)) {
                        continue;
                    }
                    Object value = source.eGet(reference, false);
                    if (value instanceof List<?> targets) {
                        for (Object target : targets) {
                            referrers.computeIfAbsent((EObject) target, k -> new ArrayList<>()).add(source);
                        }
                    } else if (value instanceof EObject target) {
                        referrers.computeIfAbsent(target, k -> new ArrayList<>()).add(source);
                    }
                }
            }
        }
        return referrers.getOrDefault(element, Collections.emptyList());
    }

    @Override
    public String path(EObject element) {
        List<String> names = new ArrayList<>();
        for (EObject at = element; at != null; at = at.eContainer()) {
            names.add(label(at));
        }
        Collections.reverse(names);
        return String.join("/", names); //$NON-NLS-1$
    }

    @Override
    public String label(EObject element) {
        if (element instanceof Element named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        EAttribute id = element.eClass().getEIDAttribute();
        Object value = id == null ? null : element.eGet(id);
        EStructuralFeature container = element.eContainingFeature();
        String type = element.eClass().getName();
        if (value != null) {
            return type + " " + value; //$NON-NLS-1$
        }
        return container == null ? type : type + " in " + container.getName(); //$NON-NLS-1$
    }
}
