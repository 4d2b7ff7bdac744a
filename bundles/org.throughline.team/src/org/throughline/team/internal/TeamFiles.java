// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.model.Model;
import org.throughline.model.api.AtomicFiles;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.model.api.ModelLoadException;

/** Reading the models that diff and merge compare, whatever their file names (Git's are not .throughline). */
final class TeamFiles {

    private static final Pattern VERSION = Pattern.compile("http://throughline\\.org/model/(\\d{1,4}\\.\\d{1,4})"); //$NON-NLS-1$
    private static final int HEADER_BYTES = 16 * 1024;

    private TeamFiles() {
    }

    /**
     * @param context  the command's context
     * @param role     how the user knows the file (OLD, NEW, BASE, OURS, THEIRS)
     * @param argument the path as typed
     * @return the loaded model
     * @throws CliException (exit 2) when the file is missing, damaged or not a model
     */
    static Resource load(CliContext context, String role, String argument) throws CliException {
        return load(context, role, argument, true);
    }

    /**
     * @param context  the command's context
     * @param role     how the user knows the file (OLD, NEW, BASE, OURS, THEIRS)
     * @param argument the path as typed
     * @param whole    whether a main model file is read with its fragments (diff); otherwise the
     *                 file is read alone, its references into other files compared by id (merge,
     *                 outline: Git hands them one file at a time). A fragment is always read alone.
     * @return the loaded model or fragment
     * @throws CliException (exit 2) when the file is missing, damaged or not a model
     */
    static Resource load(CliContext context, String role, String argument, boolean whole) throws CliException {
        Path file = context.resolve(argument);
        if (context.isRevision(argument)) {
            // REVISION:FILE, the model as it was in a commit (read whole, with its fragments of then)
            try {
                return context.loadModel(argument).eResource();
            } catch (CliException e) {
                throw new CliException(e.exitCode(), Messages.bind(Messages.file_cannotLoad, role, e.getMessage()), e);
            }
        }
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, factories.get(ModelFiles.FILE_EXTENSION));
        Resource resource;
        try {
            resource = ModelFragments.loadFile(resourceSet, file);
        } catch (ModelLoadException e) {
            throw new CliException(ExitCode.USAGE, Messages.bind(Messages.file_cannotLoad, role, e.getMessage()), e);
        }
        if (ModelFragments.isFragment(resource)) {
            return resource;
        }
        List<?> contents = resource.getContents();
        if (contents.isEmpty() || !(contents.get(0) instanceof Model)) {
            throw CliException.usage(Messages.bind(Messages.file_notModel, role, file));
        }
        if (whole) {
            ModelFragments.loadFragments(resource, file);
        }
        return resource;
    }

    /**
     * @param resource a model's resource, loaded to be read
     * @param asAt     the date of {@code --as-at}, or {@code null} for the file as it stands
     * @return the resource, its model as known on the date
     */
    static Resource asAt(Resource resource, LocalDate asAt) {
        if (asAt != null && !ModelFragments.isFragment(resource)) {
            AsAtOption.apply(model(resource), asAt);
        }
        return resource;
    }

    /** @return the model's root */
    static Model model(Resource resource) {
        return (Model) resource.getContents().get(0);
    }

    /**
     * @param file a file
     * @return the metamodel version its namespace declares, such as {@code 1.0}, or null when none
     *         can be read (loading then says what is wrong)
     */
    static String version(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String header = new String(in.readNBytes(HEADER_BYTES), StandardCharsets.UTF_8);
            Matcher matcher = VERSION.matcher(header);
            return matcher.find() ? matcher.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Writes a text file atomically, as every file the product writes (see {@link AtomicFiles}).
     *
     * @param target the file
     * @param text   its content
     * @throws IOException when it cannot be written; the file is then unchanged
     */
    static void writeAtomically(Path target, String text) throws IOException {
        AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
