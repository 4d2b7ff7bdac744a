// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.analysis.api.Routes;
import org.throughline.model.Assessment;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.LikelihoodRating;
import org.throughline.model.Model;
import org.throughline.model.Property;
import org.throughline.model.api.AsAt;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.viewpoint.internal.Memo;

/**
 * The helper functions of viewpoint expressions, called with the prefix {@code tl:}, for example
 * {@code tl:all(root, 'Link')} or {@code tl:likelihood(root.priority) == 'RED'}. All of them
 * read; none changes the model. A {@code null} argument gives an empty or {@code null} result
 * rather than an error, so optional references need no guards.
 * <p>
 * Besides these, expressions see the variables {@code self} (the element at hand), {@code root}
 * (the diagram's root element) and {@code model} (the model that contains it), read features as
 * properties ({@code self.name}, {@code self.tier.level}), compare enumeration values with their
 * literal names ({@code self.strength == 'WEAK'}) and navigate safely with {@code ?.}.
 */
public final class ExpressionFunctions {

    /** The instance registered under the namespace {@code tl}. */
    public static final ExpressionFunctions INSTANCE = new ExpressionFunctions();

    private ExpressionFunctions() {
    }

    /**
     * @param element an element
     * @param feature the name of one of its features
     * @return the feature's value: an enumeration value as its literal name, a list as a list
     * @throws IllegalArgumentException when the element's class has no such feature
     */
    public Object get(EObject element, String feature) {
        if (element == null) {
            return null;
        }
        EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
        if (f == null) {
            throw new IllegalArgumentException(element.eClass().getName() + " has no feature '" + feature + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Object value = element.eGet(f);
        return value instanceof Enumerator e ? e.getName() : value;
    }

    /**
     * @param value an enumeration value (or anything)
     * @return its literal name, for example {@code WEAK}; the empty string for {@code null}
     */
    public String literal(Object value) {
        if (value instanceof Enumerator e) {
            return e.getName();
        }
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    /**
     * @param value an enumeration value (or its literal name)
     * @return it in lower-case words for a label, for example {@code data and reporting} for
     *         {@code DATA_AND_REPORTING} or {@code process step} for the class name
     *         {@code ProcessStep}; the empty string for {@code null}
     */
    public String words(Object value) {
        String literal = literal(value);
        if (literal.indexOf('_') < 0 && !literal.equals(literal.toUpperCase(Locale.ROOT))) {
            // A class name such as ProcessStep: a space before each inner capital.
            literal = literal.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " "); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return literal.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * @param element an element
     * @return the name of its class, for example {@code Organisation}
     */
    public String type(EObject element) {
        return element == null ? "" : element.eClass().getName(); //$NON-NLS-1$
    }

    /**
     * @param element   an element
     * @param className a class name of the domain model, for example {@code Actor}
     * @return whether the element is of that class or a subclass
     */
    public boolean isA(Object element, String className) {
        if (!(element instanceof EObject e)) {
            return false;
        }
        EClass type = MetamodelClasses.resolve(className);
        if (type != null) {
            return type.isSuperTypeOf(e.eClass());
        }
        return e.eClass().getName().equals(className);
    }

    /**
     * @param scope     an element
     * @param className a class name of the domain model
     * @return the scope itself, when of that class, and every element of that class it contains,
     *         in the order of the file
     */
    public List<EObject> all(EObject scope, String className) {
        if (scope == null) {
            return new ArrayList<>();
        }
        if (!Memo.active()) {
            List<EObject> result = new ArrayList<>();
            if (isA(scope, className)) {
                result.add(scope);
            }
            for (TreeIterator<EObject> it = scope.eAllContents(); it.hasNext();) {
                EObject next = it.next();
                if (isA(next, className)) {
                    result.add(next);
                }
            }
            return result;
        }
        // While the model does not change, one walk of the scope serves every class asked for.
        return Memo.get(List.of("all", scope, className), () -> { //$NON-NLS-1$
            List<EObject> result = new Remembered();
            if (isA(scope, className)) {
                result.add(scope);
            }
            Contents contents = Memo.get(List.of("contents", scope), () -> new Contents(scope)); //$NON-NLS-1$
            contents.addAll(this, className, result);
            return result;
        });
    }

    /** What a scope contains, in the order of the file, and by class: the answer of every {@link #all} of the scope. */
    private static final class Contents {
        private final List<EObject> inOrder = new ArrayList<>();
        private final Map<EClass, List<EObject>> byClass = new IdentityHashMap<>();

        Contents(EObject scope) {
            for (TreeIterator<EObject> it = scope.eAllContents(); it.hasNext();) {
                EObject next = it.next();
                inOrder.add(next);
                byClass.computeIfAbsent(next.eClass(), k -> new ArrayList<>()).add(next);
            }
        }

        /** Adds the contents of the class (as {@link ExpressionFunctions#isA} tells), in the order of the file. */
        void addAll(ExpressionFunctions functions, String className, List<EObject> result) {
            Set<EClass> matching = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<EClass, List<EObject>> entry : byClass.entrySet()) {
                if (functions.isA(entry.getValue().get(0), className)) {
                    matching.add(entry.getKey());
                }
            }
            if (matching.size() == 1) {
                result.addAll(byClass.get(matching.iterator().next()));
            } else if (!matching.isEmpty()) {
                for (EObject next : inOrder) {
                    if (matching.contains(next.eClass())) {
                        result.add(next);
                    }
                }
            }
        }
    }

    /**
     * @param element   an element
     * @param className the class of the elements that refer to it
     * @param feature   the name of their feature that refers to it
     * @return the elements of that class, in the same model, whose feature holds the element (the
     *         inverse of a reference), in the order of the file
     */
    public List<EObject> referencing(EObject element, String className, String feature) {
        if (element == null) {
            return new ArrayList<>();
        }
        if (!Memo.active()) {
            return new ArrayList<>(inverse(EcoreUtil.getRootContainer(element), className, feature).getOrDefault(element, List.of()));
        }
        EObject root = EcoreUtil.getRootContainer(element);
        Map<Object, List<EObject>> index = Memo.get(List.of("referencing", root, className, feature), //$NON-NLS-1$
                () -> inverse(root, className, feature));
        return index.getOrDefault(element, List.of());
    }

    /**
     * @param elements  a collection of elements (or one element)
     * @param className the class of the elements that refer to them
     * @param feature   the name of their feature that refers to them
     * @return the elements of that class whose feature holds any of the elements, each once, in
     *         the order of the elements they refer to (the priorities whose outcomes include any
     *         of a service's outcomes, for example)
     */
    public List<EObject> referencingAny(Object elements, String className, String feature) {
        Set<EObject> result = new LinkedHashSet<>();
        for (Object item : asList(elements)) {
            if (item instanceof EObject e) {
                result.addAll(referencing(e, className, feature));
            }
        }
        return new ArrayList<>(result);
    }

    /**
     * @param elements a collection of elements (or one element)
     * @return the distinct elements that contain them, in first-seen order (the services of a
     *         journey's process steps, in the order the journey meets them)
     */
    public List<Object> containers(Object elements) {
        Set<Object> result = new LinkedHashSet<>();
        for (Object item : asList(elements)) {
            if (item instanceof EObject e && e.eContainer() != null) {
                result.add(e.eContainer());
            }
        }
        return new ArrayList<>(result);
    }

    /** Every value of the feature of every element of the class, with the elements that hold it, in file order. */
    private Map<Object, List<EObject>> inverse(EObject root, String className, String feature) {
        Map<Object, List<EObject>> index = new IdentityHashMap<>();
        for (EObject candidate : all(root, className)) {
            EStructuralFeature f = candidate.eClass().getEStructuralFeature(feature);
            if (f == null) {
                continue;
            }
            Object value = candidate.eGet(f);
            if (value instanceof Collection<?> c) {
                for (Object item : new LinkedHashSet<>(c)) {
                    index.computeIfAbsent(item, k -> new ArrayList<>(2)).add(candidate);
                }
            } else if (value != null) {
                index.computeIfAbsent(value, k -> new ArrayList<>(2)).add(candidate);
            }
        }
        return index;
    }

    /**
     * @param elements a collection of elements (or one element)
     * @param feature  a feature name
     * @return the distinct values of the feature over the elements, flattened, in first-seen
     *         order, without {@code null}
     */
    public List<Object> collect(Object elements, String feature) {
        Set<Object> result = new LinkedHashSet<>();
        for (Object item : asList(elements)) {
            if (item instanceof EObject e) {
                EStructuralFeature f = e.eClass().getEStructuralFeature(feature);
                if (f == null) {
                    continue;
                }
                Object value = e.eGet(f);
                if (value instanceof Collection<?> c) {
                    result.addAll(c);
                } else if (value != null) {
                    result.add(value);
                }
            }
        }
        return new ArrayList<>(result);
    }

    /**
     * @param elements a collection of elements
     * @param feature  a feature name
     * @param value    a value: an element, a number, a string or an enumeration literal name
     * @return the elements whose feature equals the value or, for a many-valued feature,
     *         contains it
     */
    public List<Object> select(Object elements, String feature, Object value) {
        if (value instanceof EObject && elements instanceof Remembered remembered && feature != null) {
            // Every element of a class, asked for the elements referring to each of many others
            // (the roles of each organisation): indexed by what they refer to, once.
            Map<Object, List<Object>> index = Memo.get(new Selecting(remembered, feature), () -> byValue(remembered, feature));
            return new ArrayList<>(index.getOrDefault(value, List.of()));
        }
        List<Object> result = new ArrayList<>();
        for (Object item : asList(elements)) {
            if (item instanceof EObject e) {
                EStructuralFeature f = e.eClass().getEStructuralFeature(feature);
                if (f == null) {
                    continue;
                }
                Object actual = e.eGet(f);
                if (matches(actual, value) || actual instanceof Collection<?> c && c.stream().anyMatch(a -> matches(a, value))) {
                    result.add(item);
                }
            }
        }
        return result;
    }

    /**
     * The elements by each element their feature refers to (or holds, for a list), in their
     * order: what {@link #select} finds for an element.
     */
    private static Map<Object, List<Object>> byValue(List<EObject> elements, String feature) {
        Map<Object, List<Object>> index = new IdentityHashMap<>();
        for (EObject e : elements) {
            EStructuralFeature f = e.eClass().getEStructuralFeature(feature);
            if (f == null) {
                continue;
            }
            Object actual = e.eGet(f);
            if (actual instanceof EObject target) {
                index.computeIfAbsent(target, k -> new ArrayList<>(2)).add(e);
            } else if (actual instanceof Collection<?> c) {
                Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                for (Object target : c) {
                    if (target instanceof EObject && seen.add(target)) {
                        index.computeIfAbsent(target, k -> new ArrayList<>(2)).add(e);
                    }
                }
            }
        }
        return index;
    }

    /** What {@link #all} remembered while the model does not change: the same list each time it is asked for. */
    private static final class Remembered extends ArrayList<EObject> {
        private static final long serialVersionUID = 1L;
    }

    /** A remembered list (by identity) and a feature of its elements. */
    private record Selecting(Remembered elements, String feature) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Selecting s && s.elements == elements && s.feature.equals(feature);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(elements) * 31 + feature.hashCode();
        }
    }

    private static boolean matches(Object actual, Object value) {
        if (Objects.equals(actual, value)) {
            return true;
        }
        if (actual instanceof Enumerator e && value instanceof String s) {
            return e.getName().equals(s) || e.getLiteral().equals(s);
        }
        return actual instanceof Number a && value instanceof Number b && a.doubleValue() == b.doubleValue();
    }

    /**
     * @param elements a collection of elements
     * @param feature  a feature whose values are numbers, strings, dates or enumeration values
     * @return the elements sorted by that feature (stable; elements without a value last)
     */
    public List<Object> sortBy(Object elements, String feature) {
        List<Object> result = new ArrayList<>(asList(elements));
        result.sort(Comparator.comparing(item -> sortKey(item, feature), Comparator.nullsLast(ExpressionFunctions::compareKeys)));
        return result;
    }

    private static Object sortKey(Object item, String feature) {
        if (item instanceof EObject e) {
            EStructuralFeature f = e.eClass().getEStructuralFeature(feature);
            if (f != null) {
                Object value = e.eGet(f);
                return value instanceof Enumerator en ? Integer.valueOf(en.getValue()) : value;
            }
        }
        return null;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compareKeys(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    /**
     * A pinch-point of a delivery chain, as the Single points of failure analysis finds them: an
     * actor (not at the centre) or a link whose loss alone would cut the centre off from a group
     * of people it now reaches ({@link Routes#singlePoints()}).
     *
     * @param chain   a delivery chain
     * @param element an actor or link
     * @return whether the element is one of the chain's single points of failure
     */
    public boolean singlePoint(EObject chain, Object element) {
        if (!(chain instanceof DeliveryChain deliveryChain) || element == null) {
            return false;
        }
        Set<EObject> points = Memo.get(List.of("singlePoints", chain), () -> { //$NON-NLS-1$
            Set<EObject> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Routes.of(deliveryChain).singlePoints().forEach(cut -> found.add(cut.element()));
            return found;
        });
        return points.contains(element);
    }

    /**
     * The Deliverology judgement of the likelihood of delivery of an element (usually a priority):
     * the rating of the latest assessment whose subject it is, among those made by the model's
     * as-at date.
     *
     * @param element an element
     * @return {@code GREEN}, {@code AMBER_GREEN}, {@code AMBER_RED}, {@code RED} or
     *         {@code NOT_ASSESSED}
     */
    public String likelihood(EObject element) {
        Assessment latest = null;
        LocalDate asAt = element != null && EcoreUtil.getRootContainer(element) instanceof Model model ? AsAt.of(model) : null;
        for (EObject candidate : referencing(element, "Assessment", "subject")) { //$NON-NLS-1$ //$NON-NLS-2$
            Assessment assessment = (Assessment) candidate;
            if (asAt != null && !AsAt.known(assessment, asAt)) {
                continue;
            }
            if (latest == null || isLater(assessment.getDate(), latest.getDate())) {
                latest = assessment;
            }
        }
        return latest == null || latest.getRating() == null ? LikelihoodRating.NOT_ASSESSED.getName() : latest.getRating().getName();
    }

    private static boolean isLater(LocalDate a, LocalDate b) {
        return a != null && (b == null || !a.isBefore(b));
    }

    /**
     * @param element an element
     * @param key     a property key
     * @return the value of the element's user-defined property of that key, or {@code null}
     */
    public String prop(EObject element, String key) {
        if (element instanceof Element e) {
            for (Property p : e.getProperties()) {
                if (Objects.equals(p.getKey(), key)) {
                    return p.getValue();
                }
            }
        }
        return null;
    }

    /**
     * @param value a number
     * @return the number for people: grouped thousands, at most one decimal ({@code 1,234} or
     *         {@code 12.5}); the empty string for {@code null}
     */
    public String num(Object value) {
        if (!(value instanceof Number n)) {
            return value == null ? "" : value.toString(); //$NON-NLS-1$
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)); //$NON-NLS-1$
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(n.toString()));
    }

    /**
     * @param share a share between 0 and 1
     * @return it as a whole percentage, for example {@code 25%}; the empty string for {@code null}
     */
    public String percent(Object share) {
        return share instanceof Number n ? Math.round(n.doubleValue() * 100) + "%" : ""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param a a number
     * @param b a number
     * @return {@code a / b}, or {@code null} when either is missing or {@code b} is zero
     */
    public Double ratio(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && y.doubleValue() != 0) {
            return Double.valueOf(x.doubleValue() / y.doubleValue());
        }
        return null;
    }

    /**
     * @param element an element held in a many-valued containment (such as a process step of a service)
     * @return the element after it in that list, or {@code null} for the last one
     */
    public EObject next(EObject element) {
        if (element == null || element.eContainmentFeature() == null || !element.eContainmentFeature().isMany()) {
            return null;
        }
        List<?> siblings = (List<?>) element.eContainer().eGet(element.eContainmentFeature());
        int index = siblings.indexOf(element);
        return index + 1 < siblings.size() ? (EObject) siblings.get(index + 1) : null;
    }

    /**
     * @param elements a list (such as the steps of a user journey, which the journey does not contain)
     * @param element  one of its elements
     * @return the element after it in the list, or {@code null} for the last one or one not in the list
     */
    public Object after(Object elements, Object element) {
        List<?> list = asList(elements);
        int index = list.indexOf(element);
        return index >= 0 && index + 1 < list.size() ? list.get(index + 1) : null;
    }

    /**
     * @param elements a collection (or one element, or {@code null})
     * @return its first element, or {@code null} when it is empty
     */
    public Object first(Object elements) {
        List<?> list = asList(elements);
        return list.isEmpty() ? null : list.get(0);
    }

    /**
     * @param elements a collection (or one element, or {@code null})
     * @return its last element, or {@code null} when it is empty
     */
    public Object last(Object elements) {
        List<?> list = asList(elements);
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    /**
     * The same elements in a new order, for a tool that reorders a list (the steps of a service):
     * the list itself is left as it is.
     *
     * @param elements a collection
     * @param element  one of its elements
     * @param anchor   the element it is to follow, or {@code null} to put it first
     * @return a copy of the list with {@code element} moved right after {@code anchor}; the list
     *         unchanged when either is not in it, or when they are the same
     */
    public List<Object> placedAfter(Object elements, Object element, Object anchor) {
        List<Object> result = new ArrayList<>(asList(elements));
        if (element == anchor || !result.contains(element) || anchor != null && !result.contains(anchor)) {
            return result;
        }
        result.remove(element);
        result.add(anchor == null ? 0 : result.indexOf(anchor) + 1, element);
        return result;
    }

    /**
     * @param a a collection (or one element, or {@code null})
     * @param b another
     * @return the elements of both, each once, in order
     */
    public List<Object> union(Object a, Object b) {
        Set<Object> result = new LinkedHashSet<>(asList(a));
        result.addAll(asList(b));
        return new ArrayList<>(result);
    }

    /**
     * @param elements a collection (or one element, or {@code null})
     * @return how many elements it has
     */
    public int count(Object elements) {
        return asList(elements).size();
    }

    private static List<?> asList(Object elements) {
        if (elements == null) {
            return List.of();
        }
        if (elements instanceof List<?> l) {
            return l;
        }
        if (elements instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        return List.of(elements);
    }
}
