// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.model.Action;
import org.throughline.model.ActionStatus;
import org.throughline.model.Element;
import org.throughline.model.Model;
import org.throughline.model.edit.api.ModelLabels;

/** Small shared look-ups over a model, for the analyses. */
final class Elements {

    private Elements() {
    }

    /**
     * @param model a model
     * @param type  a metamodel interface
     * @return every element of that type in the model, in document order
     */
    static <T extends EObject> List<T> all(Model model, Class<T> type) {
        return walk(model, type);
    }

    /**
     * @param input an analysis' input
     * @param type  a metamodel interface
     * @return every element of that type in the input's model, in document order: while a caller
     *         reads the model unchanged, from the one walk of it that every run shares ({@link #kinds(AnalysisInput)})
     */
    static <T extends EObject> List<T> all(AnalysisInput input, Class<T> type) {
        Kinds shared = input.has(AnalysisInput.KNOWN) ? UnchangingModel.kinds(input.model()) : null;
        return shared != null ? new ArrayList<>(shared.all(type)) : walk(input.model(), type);
    }

    /**
     * @param input an analysis' input
     * @return its model's elements by kind: while a caller reads the model unchanged
     *         ({@link UnchangingModel#during}, with {@link AnalysisInput#KNOWN}), the same for
     *         every run on it; else found for this run
     */
    static Kinds kinds(AnalysisInput input) {
        Kinds shared = input.has(AnalysisInput.KNOWN) ? UnchangingModel.kinds(input.model()) : null;
        return shared != null ? shared : new Kinds(input.model());
    }

    private static <T extends EObject> List<T> walk(Model model, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (TreeIterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (type.isInstance(next)) {
                found.add(type.cast(next));
            }
        }
        return found;
    }

    /**
     * @param element an element, or {@code null}
     * @return its name; for an unnamed element its id in brackets, or its class name
     */
    static String name(EObject element) {
        if (element == null) {
            return ""; //$NON-NLS-1$
        }
        if (element instanceof Element e) {
            if (e.getName() != null && !e.getName().isBlank()) {
                return e.getName();
            }
            if (e.getId() != null) {
                return type(element) + " [" + e.getId() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return type(element);
    }

    /**
     * @param element an element
     * @return its metamodel class for people: "BeneficiaryGroup" becomes "beneficiary group"
     */
    static String type(EObject element) {
        return ModelLabels.typeInSentence(element.eClass());
    }

    /**
     * @param value an enumeration literal, or {@code null}
     * @return it for people: DATA_AND_REPORTING becomes "data and reporting"
     */
    static String label(Enumerator value) {
        return ModelLabels.inSentence(value);
    }

    /**
     * @param value a number, or {@code null}
     * @return it rounded to one decimal place
     */
    static Double round(Double value) {
        return value == null ? null : Double.valueOf(Math.round(value * 10) / 10.0);
    }

    /**
     * The elements of one model by kind, each kind found in one walk of the model and kept while
     * an analysis runs: an analysis that asks per priority or per place for every service, chain
     * or indicator walks the model once per kind, not once per question (a 100,000-element model
     * with 953 priorities was walked 953 times).
     */
    static final class Kinds {

        private final Model model;
        private final Map<Class<?>, List<?>> found = new java.util.HashMap<>();
        private Map<EObject, List<Action>> openActions;
        private List<EObject> everything;
        /** The elements of the model by their class, in the model's order. */
        private final Map<Class<?>, List<EObject>> byClass = new IdentityHashMap<>();
        private final Map<Class<?>, Map<Object, Integer>> positions = new java.util.HashMap<>();

        Kinds(Model model) {
            this.model = model;
        }

        /**
         * @param type a kind of element
         * @param <T>  its type
         * @return every element of that kind in the model, in the model's order
         */
        @SuppressWarnings("unchecked")
        synchronized <T extends EObject> List<T> all(Class<T> type) {
            return (List<T>) found.computeIfAbsent(type, t -> {
                if (everything == null) {
                    // One walk of the model for every kind asked for, each element filed by its class as well.
                    everything = new ArrayList<>();
                    for (TreeIterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
                        EObject next = contents.next();
                        everything.add(next);
                        byClass.computeIfAbsent(next.getClass(), k -> new ArrayList<>()).add(next);
                    }
                }
                // The kind is asked of each class present, not of each element.
                Set<Class<?>> matching = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                for (Class<?> present : byClass.keySet()) {
                    if (type.isAssignableFrom(present)) {
                        matching.add(present);
                    }
                }
                List<T> ofType;
                if (matching.size() == 1) {
                    ofType = (List<T>) new ArrayList<>(byClass.get(matching.iterator().next()));
                } else {
                    ofType = new ArrayList<>();
                    for (EObject each : matching.isEmpty() ? List.<EObject>of() : everything) {
                        if (matching.contains(each.getClass())) {
                            ofType.add(type.cast(each));
                        }
                    }
                }
                return java.util.Collections.unmodifiableList(ofType);
            });
        }

        /**
         * @param elements some elements of one kind
         * @param type     the kind
         * @param <T>      its type
         * @return those elements in the model's order
         */
        synchronized <T extends EObject> List<T> inModelOrder(java.util.Collection<? extends T> elements, Class<T> type) {
            if (elements.size() < 2) {
                return new ArrayList<>(elements);
            }
            Map<Object, Integer> order = positions.computeIfAbsent(type, t -> {
                Map<Object, Integer> at = new IdentityHashMap<>();
                List<T> every = all(type);
                for (int i = 0; i < every.size(); i++) {
                    at.put(every.get(i), Integer.valueOf(i));
                }
                return at;
            });
            List<T> sorted = new ArrayList<>(elements);
            sorted.sort(java.util.Comparator.comparingInt(e -> order.get(e).intValue()));
            return sorted;
        }

        /** @return {@link Elements#openActions(Model)} of the model, worked out once */
        synchronized Map<EObject, List<Action>> openActions() {
            if (openActions == null) {
                openActions = Elements.openActions(model);
            }
            return openActions;
        }
    }

    /**
     * @param input an analysis' input
     * @return for each element an open or in-progress action addresses, those actions (not to be changed)
     */
    static Map<EObject, List<Action>> openActions(AnalysisInput input) {
        Kinds shared = input.has(AnalysisInput.KNOWN) ? UnchangingModel.kinds(input.model()) : null;
        return shared != null ? shared.openActions() : openActions(input.model());
    }

    private static Map<EObject, List<Action>> openActions(Model model) {
        Map<EObject, List<Action>> open = new IdentityHashMap<>();
        for (Action action : walk(model, Action.class)) {
            if (action.getStatus() == ActionStatus.OPEN || action.getStatus() == ActionStatus.IN_PROGRESS) {
                for (EObject addressed : action.getAddresses()) {
                    open.computeIfAbsent(addressed, k -> new ArrayList<>()).add(action);
                }
            }
        }
        return open;
    }

    /**
     * Formats a message whose pattern may choose words by number, such as
     * <code>{0,choice,1#1 link|1&lt;{0} links}</code>.
     *
     * @param pattern   a {@link MessageFormat} pattern
     * @param arguments its arguments
     * @return the message
     */
    static String format(String pattern, Object... arguments) {
        Map<String, MessageFormat> formats = FORMATS.get();
        MessageFormat format = formats.get(pattern);
        if (format == null) {
            if (formats.size() >= FORMATS_KEPT) {
                formats.clear();
            }
            format = new MessageFormat(pattern, Locale.ROOT);
            formats.put(pattern, format);
        }
        return format.format(arguments);
    }

    /**
     * The patterns read before, on each thread (a format is not safe to share): an analysis
     * writes the same few messages for thousands of rows, and reading a pattern costs more than
     * formatting it.
     */
    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(java.util.HashMap::new);
    private static final int FORMATS_KEPT = 256;

    /**
     * @param text some text, or {@code null}
     * @return whether it says nothing
     */
    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
