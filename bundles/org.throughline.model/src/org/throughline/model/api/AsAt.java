// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Assessment;
import org.throughline.model.Element;
import org.throughline.model.Issue;
import org.throughline.model.Milestone;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Stocktake;
import org.throughline.model.SupportOffer;

/**
 * The date a model describes ("as at"), and the model as it was known on a date: the one place
 * that says what "known then" means, so that validation, analyses, reports and the command line
 * all see the same past.
 * <p>
 * Known on a date D: observations dated on or before D; assessments and stocktakes held on or
 * before D; actions unless every stocktake that agreed them was held after D; issues raised on or
 * before D; help offered on or before D. Elements without a date are kept (nothing says they came
 * later). A milestone achieved after D was not achieved at D; an action done or cancelled after D
 * (its closed date) was open at D. Everything else (priorities, actors, links, plans, targets and
 * trajectories) is the model as it stands: the model records no history for it.
 */
public final class AsAt {

    private AsAt() {
    }

    /**
     * @param model a model
     * @return the date the model describes: its {@code asAt} attribute, or today when it has none
     */
    public static LocalDate of(Model model) {
        return model.getAsAt() != null ? model.getAsAt() : LocalDate.now();
    }

    /**
     * @param element an element of a model
     * @param date    a date
     * @return whether the element was known on the date (see the class comment)
     */
    public static boolean known(EObject element, LocalDate date) {
        return known(element, date, element instanceof Action ? agreedAt(EcoreUtil.getRootContainer(element)) : Map.of());
    }

    private static boolean known(EObject element, LocalDate date, Map<Action, List<Stocktake>> agreedAt) {
        return switch (element) {
            case Observation observation -> onOrBefore(observation.getDate(), date);
            case Assessment assessment -> onOrBefore(assessment.getDate(), date);
            case Stocktake stocktake -> onOrBefore(stocktake.getDate(), date);
            case Issue issue -> onOrBefore(issue.getRaisedDate(), date);
            case SupportOffer offer -> onOrBefore(offer.getOfferedDate(), date);
            case Action action -> agreedBy(action, date, agreedAt);
            default -> true;
        };
    }

    /**
     * @param model a model
     * @param date  a date
     * @return whether the model holds anything not yet known on the date
     */
    public static boolean holdsLaterThan(Model model, LocalDate date) {
        Map<Action, List<Stocktake>> agreedAt = agreedAt(model);
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            if (later(all.next(), date, agreedAt)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #holdsLaterThan(Model, LocalDate)} asked of part of a model: after an edit of a model
     * that held nothing later, only what the edit changed can (live validation asks this after
     * every edit, where a walk of a 100,000-element model took a third of its time).
     *
     * @param model    a model
     * @param elements some of its elements; any no longer in it (removed) is passed over
     * @param date     a date
     * @return whether any of the elements, or anything they contain, was not yet known on the date
     * @since 1.3
     */
    public static boolean holdsLaterThan(Model model, Collection<? extends EObject> elements, LocalDate date) {
        Map<Action, List<Stocktake>> agreedAt = null;
        for (EObject element : elements) {
            if (element == null || !EcoreUtil.isAncestor(model, element)) {
                continue;
            }
            for (TreeIterator<EObject> inside = EcoreUtil.getAllContents(List.of(element)); inside.hasNext();) {
                EObject each = inside.next();
                if (each instanceof Action && agreedAt == null) {
                    agreedAt = agreedAt(model);
                }
                if (later(each, date, agreedAt == null ? Map.of() : agreedAt)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether the element says what was not yet known on the date (see the class comment) */
    private static boolean later(EObject element, LocalDate date, Map<Action, List<Stocktake>> agreedAt) {
        return !known(element, date, agreedAt) || element instanceof Milestone milestone && achievedAfter(milestone, date)
                || element instanceof Action action && closedAfter(action, date);
    }

    /**
     * The model as it was known on its own as-at date.
     *
     * @param model a model
     * @return the model itself when it holds nothing later, else a copy as known then
     * @see #view(Model, LocalDate)
     */
    public static Model view(Model model) {
        return view(model, of(model));
    }

    /**
     * The model as it was known on a date, for reading: the model itself when it holds nothing
     * later, else a copy (in a resource of its own, ids kept)
     * from which everything not yet known is gone and whose as-at date is the date. The model
     * given is never changed.
     *
     * @param model a model
     * @param date  the date
     * @return the model as known on the date
     */
    public static Model view(Model model, LocalDate date) {
        if (!holdsLaterThan(model, date)) {
            return model;
        }
        Model copy = EcoreUtil.copy(model);
        Resource original = model.eResource();
        Resource resource = original != null && original.getResourceSet() != null
                ? original.getResourceSet().getResourceFactoryRegistry().getFactory(original.getURI())
                        .createResource(original.getURI())
                : null;
        if (resource != null) {
            resource.getContents().add(copy);
        }
        restrict(copy, date);
        return copy;
    }

    /**
     * For reading the answers given on a view ({@link #view(Model, LocalDate)}) against the model
     * it was made from: each element of the view maps to the same element of the original (by
     * id, else by its place under the nearest element with an id).
     *
     * @param original the model a view was made from
     * @return the mapping; {@code null} maps to {@code null}, as does an element not found
     */
    public static Function<EObject, EObject> backTo(Model original) {
        Map<String, EObject> ids = new HashMap<>();
        for (TreeIterator<EObject> all = original.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Element element && element.getId() != null) {
                ids.putIfAbsent(element.getId(), element);
            }
        }
        if (original.getId() != null) {
            ids.put(original.getId(), original);
        }
        return new Function<>() {
            @Override
            public EObject apply(EObject element) {
                if (element == null) {
                    return null;
                }
                if (element instanceof Element withId && withId.getId() != null && ids.containsKey(withId.getId())) {
                    return ids.get(withId.getId());
                }
                EObject container = apply(element.eContainer());
                EStructuralFeature feature = element.eContainingFeature();
                if (container == null || feature == null) {
                    return null;
                }
                if (!feature.isMany()) {
                    return (EObject) container.eGet(feature);
                }
                int index = ((List<?>) element.eContainer().eGet(feature)).indexOf(element);
                List<?> there = (List<?>) container.eGet(feature);
                return index >= 0 && index < there.size() ? (EObject) there.get(index) : null;
            }
        };
    }

    /**
     * Makes the model show only what was known on the date, in place: for a model loaded only to
     * be read (by a command, a report), which is never saved afterwards.
     *
     * @param model a model
     * @param date  the date
     */
    public static void restrict(Model model, LocalDate date) {
        Set<EObject> unknown = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Action, List<Stocktake>> agreedAt = agreedAt(model);
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (!known(element, date, agreedAt)) {
                unknown.add(element);
                all.prune();
            } else if (element instanceof Milestone milestone && achievedAfter(milestone, date)) {
                milestone.setAchieved(false);
                milestone.setAchievedDate(null);
            } else if (element instanceof Action action && closedAfter(action, date)) {
                action.setStatus(ActionStatus.OPEN);
                action.setClosedDate(null);
            }
        }
        if (!unknown.isEmpty()) {
            forget(model, unknown);
        }
        model.setAsAt(date);
    }

    /** Removes the elements and every reference to them (a stocktake's list of its actions). */
    private static void forget(Model model, Set<EObject> unknown) {
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (unknown.contains(element)) {
                all.prune();
                continue;
            }
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                    continue;
                }
                unset(element, reference, unknown);
            }
        }
        List<EObject> gone = new ArrayList<>(unknown);
        for (EObject element : gone) {
            EcoreUtil.remove(element);
        }
    }

    private static void unset(EObject element, EStructuralFeature reference, Set<EObject> unknown) {
        Object value = element.eGet(reference, false);
        if (value instanceof EList<?> list) {
            if (!list.isEmpty() && containsAny(list, unknown)) {
                for (Iterator<?> values = list.iterator(); values.hasNext();) {
                    if (unknown.contains(values.next())) {
                        values.remove();
                    }
                }
            }
        } else if (value != null && unknown.contains(value)) {
            element.eUnset(reference);
        }
    }

    private static boolean containsAny(Collection<?> values, Set<EObject> unknown) {
        for (Object value : values) {
            if (unknown.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onOrBefore(LocalDate when, LocalDate date) {
        return when == null || !when.isAfter(date);
    }

    private static boolean achievedAfter(Milestone milestone, LocalDate date) {
        return milestone.isAchieved() && milestone.getAchievedDate() != null && milestone.getAchievedDate().isAfter(date);
    }

    /**
     * The status an action had on a date: the one recorded, unless it was done or cancelled after
     * the date (its closed date), when it was still open. An action closed with no closed date
     * keeps its recorded status (nothing says when it closed).
     *
     * @param action an action
     * @param date   a date
     * @return its status on the date
     */
    public static ActionStatus status(Action action, LocalDate date) {
        return closedAfter(action, date) ? ActionStatus.OPEN : action.getStatus();
    }

    private static boolean closedAfter(Action action, LocalDate date) {
        return (action.getStatus() == ActionStatus.DONE || action.getStatus() == ActionStatus.CANCELLED) && action.getClosedDate() != null
                && action.getClosedDate().isAfter(date);
    }

    /** An action is known once a stocktake that agreed it has been held (or when none did). */
    private static boolean agreedBy(Action action, LocalDate date, Map<Action, List<Stocktake>> agreedAt) {
        List<Stocktake> stocktakes = agreedAt.getOrDefault(action, List.of());
        return stocktakes.isEmpty() || stocktakes.stream().anyMatch(s -> onOrBefore(s.getDate(), date));
    }

    /** @return for each action, the stocktakes that agreed it */
    private static Map<Action, List<Stocktake>> agreedAt(EObject root) {
        Map<Action, List<Stocktake>> agreedAt = new IdentityHashMap<>();
        for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Stocktake stocktake) {
                for (Action action : stocktake.getActionsAgreed()) {
                    agreedAt.computeIfAbsent(action, a -> new ArrayList<>()).add(stocktake);
                }
            }
        }
        return agreedAt;
    }
}
