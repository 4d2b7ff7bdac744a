// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.throughline.model.Concept;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.api.ModelLoadException;

/**
 * Models kept in several files: a main file and fragments, each fragment holding elements that
 * the main file keeps in its folders by reference ({@code <elements href="dwp.throughline#id"/>}),
 * with references between the files by id ({@code owner="../main.throughline#id"}).
 * <p>
 * {@link #loadAll} reads every fragment the main file refers to (hardened and migrated like any
 * model file), then resolves every reference between the files, so that the model is one tree
 * whatever file each element lives in. A fragment that cannot be read, or does not hold an
 * element the model keeps there, is said in one sentence; its elements are left out, and the
 * resource set is marked partial: nothing in it can be saved (see
 * {@link ThroughlineResource#doSave}).
 */
public final class Fragments {

    /** Who is told of partial loads on this thread and the threads it starts (the command line). */
    private static final InheritableThreadLocal<List<Consumer<String>>> WATCHERS = new InheritableThreadLocal<>();

    private Fragments() {
    }

    /** Marks a resource set whose model could not be read whole, with the sentences that say why. */
    public static final class Partial extends AdapterImpl {
        private final List<String> problems;

        Partial(List<String> problems) {
            this.problems = List.copyOf(problems);
        }

        /** @return one sentence for each file that could not be read */
        public List<String> problems() {
            return problems;
        }
    }

    /**
     * @param resourceSet a resource set, or null
     * @return the sentences saying which fragments could not be read; empty when the model is whole
     */
    public static List<String> problems(ResourceSet resourceSet) {
        if (resourceSet == null) {
            return List.of();
        }
        for (Object adapter : resourceSet.eAdapters()) {
            if (adapter instanceof Partial partial) {
                return partial.problems();
            }
        }
        return List.of();
    }

    /** @return the reason a resource of the set must not be saved, or null */
    static String refusal(ResourceSet resourceSet) {
        List<String> problems = problems(resourceSet);
        return problems.isEmpty() ? null : problems.get(0);
    }

    /**
     * Tells a watcher, on this thread and the threads it starts, of every model loaded partially.
     *
     * @param watcher told each sentence
     * @return closing it stops the watching
     */
    public static AutoCloseable watch(Consumer<String> watcher) {
        List<Consumer<String>> before = WATCHERS.get();
        List<Consumer<String>> now = new ArrayList<>(before == null ? List.of() : before);
        now.add(watcher);
        WATCHERS.set(List.copyOf(now));
        return () -> WATCHERS.set(before);
    }

    /**
     * @param resource a loaded resource
     * @return whether it is a fragment: its roots are elements, not a model
     */
    public static boolean isFragment(Resource resource) {
        List<EObject> contents = resource.getContents();
        return !contents.isEmpty() && !(contents.get(0) instanceof Model)
                && (contents.get(0) instanceof Concept || contents.get(0) instanceof Folder);
    }

    /** What to do with each reference of an object, its proxies included. */
    @FunctionalInterface
    private interface ReferenceVisitor {
        /** @param index the position in a list, or -1 for a single value */
        void visit(EObject owner, EReference reference, int index, EObject value);
    }

    /** Visits every reference value of the objects a resource holds, without resolving any. */
    private static void walk(Resource resource, ReferenceVisitor visitor) {
        Deque<EObject> todo = new ArrayDeque<>(((InternalEList<EObject>) resource.getContents()).basicList());
        while (!todo.isEmpty()) {
            EObject owner = todo.pop();
            for (EReference reference : owner.eClass().getEAllReferences()) {
                if (reference.isContainer() || reference.isDerived() || !owner.eIsSet(reference)) {
                    continue;
                }
                Object value = owner.eGet(reference, false);
                if (reference.isMany()) {
                    List<?> list = ((InternalEList<?>) value).basicList();
                    for (int i = 0; i < list.size(); i++) {
                        EObject item = (EObject) list.get(i);
                        visitor.visit(owner, reference, i, item);
                        if (reference.isContainment() && !item.eIsProxy() && ((InternalEObject) item).eDirectResource() == null) {
                            todo.add(item);
                        }
                    }
                } else if (value instanceof EObject item) {
                    visitor.visit(owner, reference, -1, item);
                    if (reference.isContainment() && !item.eIsProxy() && ((InternalEObject) item).eDirectResource() == null) {
                        todo.add(item);
                    }
                }
            }
        }
    }

    /**
     * Reads every fragment a main model file refers to, and resolves the references between them.
     *
     * @param resourceSet the set holding the main file
     * @param main        the main file, loaded
     * @param mainFile    its path, for the sentences
     */
    static void loadAll(ResourceSet resourceSet, ThroughlineResource main, Path mainFile) {
        List<String> problems = new ArrayList<>();
        Set<Resource> modified = new HashSet<>();
        Set<URI> known = new HashSet<>();
        known.add(main.getURI());
        List<ThroughlineResource> loaded = new ArrayList<>();
        loaded.add(main);
        Map<URI, ThroughlineResource> unavailable = new LinkedHashMap<>();
        Deque<Resource> todo = new ArrayDeque<>();
        todo.add(main);
        while (!todo.isEmpty()) {
            Resource file = todo.poll();
            if (file.isModified()) {
                modified.add(file);
            }
            Set<URI> referenced = new java.util.LinkedHashSet<>();
            walk(file, (owner, reference, index, value) -> {
                if (value.eIsProxy()) {
                    referenced.add(((InternalEObject) value).eProxyURI().trimFragment());
                }
            });
            for (URI uri : referenced) {
                if (!known.add(uri) || uri.equals(file.getURI())) {
                    continue;
                }
                Resource present = resourceSet.getResource(uri, false);
                if (present != null) {
                    continue;
                }
                Path path = null;
                try {
                    path = uri.isFile() ? Path.of(uri.toFileString()) : Path.of(uri.toString());
                } catch (java.nio.file.InvalidPathException e) {
                    // a reference no file can answer (a hostile or damaged file): said like an unreadable fragment
                    problems.add(Messages.bind(Messages.fragment_unreadable, new Object[] { uri, mainFile, e.getReason() }));
                    continue;
                }
                try {
                    Resource fragment = ModelStore.loadFile(resourceSet, path);
                    if (fragment instanceof ThroughlineResource throughline) {
                        loaded.add(throughline);
                    }
                    todo.add(fragment);
                } catch (ModelLoadException e) {
                    String reason = e.line() > 0 ? e.line() + ": " + e.problem() : e.problem(); //$NON-NLS-1$
                    String sentence = Messages.bind(Messages.fragment_unreadable, new Object[] { path, mainFile, reason });
                    problems.add(sentence);
                    // A file that is not a model file by its name gets no resource to stand in for it.
                    if (ModelStore.create(resourceSet, path) instanceof ThroughlineResource placeholder) {
                        placeholder.markUnavailable(sentence);
                        unavailable.put(placeholder.getURI(), placeholder);
                    }
                }
            }
        }
        List<Object[]> unresolved = new ArrayList<>();
        Map<URI, String> missingElement = new LinkedHashMap<>();
        for (ThroughlineResource file : loaded) {
            List<Object[]> toResolve = new ArrayList<>();
            walk(file, (owner, reference, index, value) -> {
                if (value.eIsProxy()) {
                    toResolve.add(new Object[] { owner, reference, Integer.valueOf(index), value });
                }
            });
            for (Object[] at : toResolve) {
                EObject owner = (EObject) at[0];
                EReference reference = (EReference) at[1];
                int index = ((Integer) at[2]).intValue();
                EObject proxy = (EObject) at[3];
                EObject resolved = EcoreUtil.resolve(proxy, resourceSet);
                if (resolved == proxy || resolved.eIsProxy()) {
                    unresolved.add(at);
                    URI target = ((InternalEObject) proxy).eProxyURI();
                    if (!unavailable.containsKey(target.trimFragment())) {
                        missingElement.putIfAbsent(target.trimFragment(), target.fragment());
                    }
                    continue;
                }
                set(owner, reference, index, resolved);
            }
        }
        for (Map.Entry<URI, String> missing : missingElement.entrySet()) {
            URI uri = missing.getKey();
            problems.add(Messages.bind(Messages.fragment_missingElement,
                    new Object[] { uri.isFile() ? uri.toFileString() : uri, mainFile, missing.getValue() }));
        }
        if (!problems.isEmpty()) {
            leaveOut(unresolved);
            resourceSet.eAdapters().add(new Partial(problems));
            List<Consumer<String>> watchers = WATCHERS.get();
            if (watchers != null) {
                for (String problem : problems) {
                    watchers.forEach(watcher -> watcher.accept(problem));
                }
            }
        }
        for (Resource resource : resourceSet.getResources()) {
            if (!modified.contains(resource) && resource.isModified()) {
                resource.setModified(false);
            }
        }
    }

    private static void set(EObject owner, EReference reference, int index, EObject resolved) {
        if (index < 0) {
            owner.eSet(reference, resolved);
        } else if (reference.isContainment()) {
            // The containment list resolves its proxy itself, keeping the element in its own file.
            ((List<?>) owner.eGet(reference)).get(index);
        } else {
            @SuppressWarnings("unchecked")
            InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(reference, false);
            list.setUnique(index, resolved);
        }
    }

    /** Takes out of the model, in memory, what it refers to in files that could not be read. */
    private static void leaveOut(List<Object[]> unresolved) {
        Map<EObject, Map<EReference, List<Integer>>> positions = new IdentityHashMap<>();
        for (Object[] at : unresolved) {
            EObject owner = (EObject) at[0];
            EReference reference = (EReference) at[1];
            int index = ((Integer) at[2]).intValue();
            if (index < 0) {
                owner.eUnset(reference);
            } else {
                positions.computeIfAbsent(owner, o -> new LinkedHashMap<>()).computeIfAbsent(reference, r -> new ArrayList<>())
                        .add(Integer.valueOf(index));
            }
        }
        positions.forEach((owner, byReference) -> byReference.forEach((reference, indices) -> {
            List<?> list = ((InternalEList<?>) owner.eGet(reference, false));
            indices.sort(java.util.Comparator.reverseOrder());
            for (Integer index : indices) {
                list.remove(index.intValue());
            }
        }));
    }
}
