// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.throughline.model.Action;
import org.throughline.model.Element;
import org.throughline.model.Issue;
import org.throughline.model.Model;
import org.throughline.model.Risk;

/**
 * One pass over a model that every part of a report shares: its elements by type, who refers
 * to each element (for the "referred to by" lists), and the file name of each element's page.
 */
public final class Catalogue {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}"); //$NON-NLS-1$

    /** A reference from one element to another. */
    public record Incoming(EObject source, EReference reference) {
    }

    /**
     * Where an element's page is.
     *
     * @param page   the file name in {@code e/}
     * @param anchor the element's anchor in that file when elements share files, else {@code null}
     * @param link   the address of the element's page from the report's folder: {@code e/page},
     *               or {@code e/page#anchor} (made once: every link to the element writes it)
     */
    public record Place(String page, String anchor, String link) {
        /**
         * @param page   the file name in {@code e/}
         * @param anchor the element's anchor in that file, or {@code null}
         */
        public Place(String page, String anchor) {
            this(page, anchor, anchor == null ? "e/" + page : "e/" + page + "#" + anchor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private final Model model;
    private final List<Element> elements = new ArrayList<>();
    private final Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();
    private final Map<EObject, List<Incoming>> incoming = new IdentityHashMap<>();
    /** The same references, only those from actions, risks and issues: a stocktake's concerns. */
    private final Map<EObject, List<Incoming>> concerns = new IdentityHashMap<>();
    /** Where each element's page is: one look-up per link. */
    private final Map<EObject, Place> places = new IdentityHashMap<>();
    private final int perPage;
    private final Map<EObject, PriorityScope> scopes = new java.util.concurrent.ConcurrentHashMap<>();
    private org.throughline.analysis.api.PriorityScope.Index scopeIndex;
    private int objects;

    /**
     * Models up to this many elements get a page (a file) per element; larger ones put
     * {@link #GROUPED} elements, each with its own anchor, in each file, because creating files
     * is what a report of thousands of elements spends most on: measured on a 2-core machine,
     * 0.1 to 0.5 ms of system time for each new file, so 4,804 files took 0.5 to 2.4 s, more
     * than the rest of the report of such a model (issue 19).
     */
    public static final int PAGE_PER_ELEMENT_UP_TO = 2000;
    /** How many elements share a file in a large model. */
    public static final int GROUPED = 50;

    /** @param model the model to index */
    public Catalogue(Model model) {
        this.model = model;
        int count = 0;
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext() && count <= PAGE_PER_ELEMENT_UP_TO;) {
            if (all.next() instanceof Element) {
                count++;
            }
        }
        this.perPage = count > PAGE_PER_ELEMENT_UP_TO ? GROUPED : 1;
        Set<String> used = new HashSet<>();
        Map<String, Integer> clashes = new HashMap<>();
        index(model, used, clashes);
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            index(all.next(), used, clashes);
        }
    }

    private void index(EObject object, Set<String> used, Map<String, Integer> clashes) {
        objects++;
        byClass.computeIfAbsent(object.eClass(), k -> new ArrayList<>()).add(object);
        if (object instanceof Element element && object != model) {
            String name = pageName(element, used, clashes);
            if (perPage == 1) {
                places.put(element, new Place(name, null));
            } else {
                places.put(element, new Place("g" + elements.size() / perPage + ".html", //$NON-NLS-1$ //$NON-NLS-2$
                        name.substring(0, name.length() - ".html".length()))); //$NON-NLS-1$
            }
            elements.add(element);
        }
        boolean concern = object instanceof Action || object instanceof Risk || object instanceof Issue;
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !object.eIsSet(reference)) {
                continue;
            }
            Object value = object.eGet(reference, false);
            if (value instanceof List<?> targets) {
                for (Object target : targets) {
                    refer(object, reference, (EObject) target, concern);
                }
            } else if (value instanceof EObject target) {
                refer(object, reference, target, concern);
            }
        }
    }

    private void refer(EObject source, EReference reference, EObject target, boolean concern) {
        Incoming in = new Incoming(source, reference);
        incoming.computeIfAbsent(target, k -> new ArrayList<>(2)).add(in);
        if (concern) {
            concerns.computeIfAbsent(target, k -> new ArrayList<>(2)).add(in);
        }
    }

    /** Ids become file names when they are plain; others (or clashes) get a safe, unique name. */
    private static String pageName(Element element, Set<String> used, Map<String, Integer> clashes) {
        String id = element.getId();
        String base = id != null && SAFE_ID.matcher(id).matches() ? id : "x" + Integer.toHexString(id == null ? 0 : id.hashCode()); //$NON-NLS-1$
        String name = base;
        while (!used.add(name.toLowerCase(Locale.ROOT))) {
            int n = clashes.merge(base, Integer.valueOf(1), Integer::sum).intValue();
            name = base + "~" + n; //$NON-NLS-1$
        }
        return name + ".html"; //$NON-NLS-1$
    }

    /** @return the model */
    public Model model() {
        return model;
    }

    /**
     * @param priority a priority of the model
     * @return what bears on it, worked out the first time it is asked for (the model does not
     *         change while a report is written; every section and page asks about every priority)
     */
    public PriorityScope scope(org.throughline.model.Priority priority) {
        PriorityScope known = scopes.get(priority);
        if (known != null) {
            return known;
        }
        org.throughline.analysis.api.PriorityScope.Index index;
        synchronized (scopes) {
            if (scopeIndex == null) {
                scopeIndex = PriorityScope.index(this);
            }
            index = scopeIndex;
        }
        PriorityScope scope = new PriorityScope(this, index, priority);
        PriorityScope first = scopes.putIfAbsent(priority, scope);
        return first != null ? first : scope;
    }

    /** @return every element but the model itself, in model order */
    public List<Element> elements() {
        return elements;
    }

    /** @return how many objects the model holds, itself included */
    public int objects() {
        return objects;
    }

    /**
     * @param <T>  the type
     * @param type a model class, such as {@code Priority.class}
     * @return its instances (of subclasses too), by class, each in model order
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Map.Entry<EClass, List<EObject>> entry : byClass.entrySet()) {
            Class<?> instanceClass = entry.getKey().getInstanceClass();
            if (instanceClass != null && type.isAssignableFrom(instanceClass)) {
                result.addAll((List<T>) entry.getValue());
            }
        }
        return result;
    }

    /** @return the classes present, with their instances, in order of first appearance */
    public Map<EClass, List<EObject>> byClass() {
        return byClass;
    }

    /**
     * @param element a model object
     * @return the references to it from other objects
     */
    public List<Incoming> incoming(EObject element) {
        return incoming.getOrDefault(element, List.of());
    }

    /**
     * @param element a model object
     * @return the references to it from actions, risks and issues, in the order of
     *         {@link #incoming(EObject)} (an element everything refers to, such as the department
     *         at the top of every chain, has few of these)
     */
    public List<Incoming> concerns(EObject element) {
        return concerns.getOrDefault(element, List.of());
    }

    /** @return how many elements share a file in {@code e/}: 1, or {@link #GROUPED} in large models */
    public int perPage() {
        return perPage;
    }

    /**
     * @param element a model object
     * @return its anchor in its page's file when elements share files, else {@code null}
     */
    public String anchor(EObject element) {
        Place place = places.get(element);
        return place == null ? null : place.anchor();
    }

    /**
     * @param element a model object
     * @return where its page is, or {@code null} when it has none
     */
    public Place place(EObject element) {
        return places.get(element);
    }

    /**
     * @param element a model object
     * @return the file name of its page in {@code e/}, or {@code null} when it has none
     */
    public String pageName(EObject element) {
        Place place = places.get(element);
        return place == null ? null : place.page();
    }
}
