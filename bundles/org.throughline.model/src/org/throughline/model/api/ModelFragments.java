// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.throughline.model.internal.persistence.Fragments;
import org.throughline.model.internal.persistence.ModelStore;

/**
 * Models kept in several files: a <em>main</em> model file and <em>fragments</em>, one per
 * department or delivery body, say, so that each keeps its part and Git merges each part on its
 * own.
 * <p>
 * A fragment is a {@code .throughline} file whose roots are elements (organisations, links,
 * services, whole folders...) that the main model keeps in its folders by reference, written
 * {@code <elements xsi:type="throughline:Organisation" href="NAME-fragments/dwp.throughline#id"/>};
 * references between the files are written with the target's file and id
 * ({@code owner="../NAME.throughline#id"}). Ids are unique across the files, so references
 * survive renames and moves between files.
 * <p>
 * {@link ModelFiles#load(ResourceSet, Path)} reads a main file with all its fragments into one
 * resource set, as one tree: validation, analyses, reports, diff and the workbench see every
 * element. A fragment that cannot be read (missing, unreadable, damaged, or without an element the
 * model keeps there) is named in one sentence ({@link #problems(ResourceSet)}); the rest of the
 * model loads, <em>read-only</em>: no file of that resource set can be saved.
 */
public final class ModelFragments {

    private ModelFragments() {
    }

    /**
     * @param resourceSet the resource set a model was loaded into
     * @return one sentence for each fragment that could not be read; empty when the model is whole
     */
    public static List<String> problems(ResourceSet resourceSet) {
        return Fragments.problems(resourceSet);
    }

    /**
     * @param resourceSet the resource set a model was loaded into
     * @return whether some fragment could not be read, so the model is partial and read-only
     */
    public static boolean isPartial(ResourceSet resourceSet) {
        return !problems(resourceSet).isEmpty();
    }

    /**
     * Tells a watcher of every model that loads partially on this thread, or on threads it starts,
     * until the returned handle is closed: the command line uses it to warn whatever command loaded
     * the model.
     *
     * @param watcher given each sentence of {@link #problems(ResourceSet)}
     * @return the handle that stops the watching
     */
    public static AutoCloseable watch(Consumer<String> watcher) {
        return Fragments.watch(watcher);
    }

    /**
     * @param resource a loaded resource
     * @return whether it is a fragment (its roots are elements) rather than a model
     */
    public static boolean isFragment(Resource resource) {
        return Fragments.isFragment(resource);
    }

    /**
     * Loads one model file, main file or fragment, alone: references into other files stay
     * unresolved proxies whose URI names the file and the element's id. For tools that work on
     * one file at a time, such as Git's merge driver.
     *
     * @param resourceSet a resource set from {@link ModelFiles#newResourceSet()}
     * @param file        the file
     * @return its resource
     * @throws ModelLoadException when the file is missing, unreadable, damaged or hostile
     */
    public static Resource loadFile(ResourceSet resourceSet, Path file) throws ModelLoadException {
        return ModelStore.loadFile(resourceSet, file);
    }

    /**
     * Reads the fragments of a main model file loaded alone by {@link #loadFile}, as
     * {@link ModelFiles#load(ResourceSet, Path)} does: afterwards the model is one tree, or partial
     * when a fragment could not be read ({@link #problems(ResourceSet)}).
     *
     * @param main     the main file's resource
     * @param mainFile its path, named in the sentences
     */
    public static void loadFragments(Resource main, Path mainFile) {
        ModelStore.loadFragments(main, mainFile);
    }

    /**
     * @param main a main model's resource
     * @return the model's files: the main one, then each fragment holding some of its elements,
     *         in the order their first element appears in the model
     */
    public static List<Resource> files(Resource main) {
        Set<Resource> files = new LinkedHashSet<>();
        files.add(main);
        for (TreeIterator<EObject> all = main.getAllContents(); all.hasNext();) {
            EObject next = all.next();
            Resource direct = ((InternalEObject) next).eDirectResource();
            if (direct != null) {
                files.add(direct);
            }
        }
        return new ArrayList<>(files);
    }

    /**
     * Keeps an element in another file of its model, in the same place in the model's tree: its
     * id, and every reference to it or from it, stay as they are. Only elements directly in the
     * model or in a folder can live in a fragment.
     *
     * @param element an element of the model
     * @param file    a fragment of the model, or the main file (the element goes back into the
     *                file of the element that holds it)
     */
    public static void moveTo(EObject element, Resource file) {
        Resource direct = ((InternalEObject) element).eDirectResource();
        if (direct == file) {
            return;
        }
        EObject container = element.eContainer();
        if (container != null && container.eResource() == file) {
            if (direct != null) {
                direct.getContents().remove(element);
            }
            return;
        }
        file.getContents().add(element);
    }

    /**
     * Brings every element of a model back into its main file, so that it can be saved as one.
     *
     * @param main a main model's resource, loaded whole
     * @throws IOException when the model is partial (a fragment could not be read): joining it
     *                     would lose that fragment's elements
     */
    public static void join(Resource main) throws IOException {
        if (isPartial(main.getResourceSet())) {
            throw new IOException(problems(main.getResourceSet()).get(0));
        }
        for (Resource fragment : files(main)) {
            if (fragment != main) {
                for (EObject root : List.copyOf(fragment.getContents())) {
                    moveTo(root, main);
                }
            }
        }
    }

    /**
     * Writes every file of a model in canonical form, each atomically (see {@link AtomicFiles}),
     * without backups: for files in a version-controlled folder.
     *
     * @param main a main model's resource; its fragments' resources have the paths to write
     * @throws IOException when a file cannot be written; files written before it stay written
     */
    public static void writeAll(Resource main) throws IOException {
        for (Resource file : files(main)) {
            CanonicalFiles.replace(file, Path.of(file.getURI().toFileString()));
        }
    }
}
