// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.throughline.model.Model;
import org.throughline.model.internal.persistence.Messages;
import org.throughline.model.internal.persistence.ModelStore;

/**
 * Loading and saving {@code .throughline} model files: the one way to read and write a model,
 * for the workbench, the command line, importers and tests.
 * <ul>
 * <li>Loading is fast (linear in the file's size), safe (no DOCTYPE, no external entities, no
 * network, bounded text sizes) and clear: any failure is a {@link ModelLoadException} that says
 * which file, where, what is wrong and what to do.</li>
 * <li>A file written by an older Throughline is migrated as it loads; one written by a newer
 * Throughline is refused with a message that says so.</li>
 * <li>Saving is atomic and keeps the previous version beside the file as {@code NAME.bak}.</li>
 * <li>A model kept in several files (a main file and fragments, see {@link ModelFragments}) loads
 * as one: every fragment the main file refers to is read into the same resource set. A fragment
 * that cannot be read is named in one sentence and the rest loads, read-only.</li>
 * </ul>
 */
public final class ModelFiles {

    /** The file extension of model files, without the dot. */
    public static final String FILE_EXTENSION = "throughline"; //$NON-NLS-1$

    private ModelFiles() {
    }

    /**
     * Loads a model file and returns its model: the one way to "load this file and check it is a
     * model", with the same one-sentence errors everywhere.
     *
     * @param file the file
     * @return the model, the root of the loaded resource ({@code model.eResource()})
     * @throws ModelLoadException when the file is missing, unreadable, damaged or hostile, or holds
     *                            something other than a Throughline model
     */
    public static Model loadModel(Path file) throws ModelLoadException {
        Resource resource = load(file);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            throw new ModelLoadException(file, 0, 0, Messages.load_notAModel, Messages.load_adviceNotAModel, null);
        }
        return model;
    }

    /**
     * Creates a resource set that reads and writes {@code .throughline} files, refuses network
     * access and knows the older metamodel versions it can migrate.
     *
     * @return a new resource set
     */
    public static ResourceSet newResourceSet() {
        return ModelStore.newResourceSet();
    }

    /**
     * Loads a model file into a new resource set.
     *
     * @param file the file
     * @return the loaded resource; its warnings say whether it was migrated
     * @throws ModelLoadException when the file is missing, unreadable, damaged or hostile
     */
    public static Resource load(Path file) throws ModelLoadException {
        return load(newResourceSet(), file);
    }

    /**
     * Loads a model file into a resource set created by {@link #newResourceSet()}.
     *
     * @param resourceSet where the resource goes
     * @param file        the file
     * @return the loaded resource; when the file is a fragmented model's main file, its
     *         fragments are loaded into the resource set too, and
     *         {@link ModelFragments#problems(ResourceSet)} says which could not be read
     * @throws ModelLoadException when the file is missing, unreadable, damaged or hostile, or is a
     *                            fragment rather than a model; the resource set is then left
     *                            without it
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        return ModelStore.load(resourceSet, file);
    }

    /**
     * Creates an empty resource for a new model file (nothing is written until it is saved).
     *
     * @param resourceSet where the resource goes
     * @param file        where it will be saved
     * @return the resource
     */
    public static Resource create(ResourceSet resourceSet, Path file) {
        return ModelStore.create(resourceSet, file);
    }

    /**
     * Saves a resource to its file, atomically, keeping the previous version as a backup.
     *
     * @param resource a resource of a {@code .throughline} file
     * @throws IOException when the file could not be written; the file on disk is then unchanged
     */
    public static void save(Resource resource) throws IOException {
        resource.save(null);
    }

    /**
     * @param file a path
     * @return whether it names a model file by its extension
     */
    public static boolean isModelFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith("." + FILE_EXTENSION) //$NON-NLS-1$
                && !Files.isDirectory(file);
    }
}
