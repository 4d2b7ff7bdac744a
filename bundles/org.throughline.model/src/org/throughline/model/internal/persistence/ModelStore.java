// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.ModelLoadException;

/** The implementation behind {@link org.throughline.model.api.ModelFiles}. */
public final class ModelStore {

    private static final List<Migration> MIGRATIONS = List.of(new Migration09To10(), new Migration10To11(), new Migration11To12());

    private ModelStore() {
    }

    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl() {
            @Override
            protected void demandLoad(Resource resource) throws IOException {
                if (resource instanceof ThroughlineResource file) {
                    // Other model files are read only by the fragment loader, hardened and migrated like
                    // the first; a reference into a file it did not read stays unresolved.
                    file.markUnavailable(null);
                    return;
                }
                super.demandLoad(resource);
            }
        };
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("throughline", new ThroughlineResourceFactory()); //$NON-NLS-1$
        resourceSet.getPackageRegistry().put(ThroughlinePackage.eINSTANCE.getNsURI(), ThroughlinePackage.eINSTANCE);
        resourceSet.getURIConverter().getURIHandlers().add(0, new NoNetwork());
        return resourceSet;
    }

    public static Resource create(ResourceSet resourceSet, Path file) {
        return resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
    }

    /**
     * Loads a model file and, when it is the main file of a fragmented model, every fragment it
     * refers to, into one resource set: the model is then one tree, whatever file each element
     * is in. A fragment that cannot be read leaves the model partial (see {@link Fragments}).
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        Resource resource = loadFile(resourceSet, file);
        if (Fragments.isFragment(resource)) {
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(file, 0, 0, Messages.load_fragment, Messages.load_adviceFragment, null);
        }
        loadFragments(resource, file);
        return resource;
    }

    /** Reads the fragments a main file loaded alone refers to, and resolves the references between them. */
    public static void loadFragments(Resource main, Path file) {
        if (main instanceof ThroughlineResource throughline && !throughline.readQuickly() && main.getResourceSet() != null) {
            Fragments.loadAll(main.getResourceSet(), throughline, file);
        }
    }

    /** Loads one model file alone: references into other files stay unresolved proxies. */
    public static Resource loadFile(ResourceSet resourceSet, Path file) throws ModelLoadException {
        checkReadable(file);
        MetamodelVersion version;
        try {
            version = MetamodelVersion.of(file);
        } catch (IOException e) {
            throw LoadErrors.translate(file, e, null);
        }
        MetamodelVersion current = MetamodelVersion.current();
        List<Migration> steps = List.of();
        if (version != null && version.compareTo(current) > 0) {
            throw new ModelLoadException(file, 0, 0, Messages.bind(Messages.load_newer, version, current),
                    Messages.load_adviceNewerVersion, null);
        }
        if (version != null && version.compareTo(current) < 0) {
            steps = migrationsFrom(version);
            if (steps == null) {
                throw new ModelLoadException(file, 0, 0, Messages.bind(Messages.load_tooOld, version),
                        Messages.load_adviceTooOld, null);
            }
            resourceSet.getPackageRegistry().put(version.namespaceUri(), ThroughlinePackage.eINSTANCE);
        }
        Resource resource = create(resourceSet, file);
        Map<Object, Object> options = steps.isEmpty() ? LoadOptions.fast(file) : LoadOptions.forMigration();
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, options);
            for (Migration step : steps) {
                step.migrate((XMLResource) resource);
            }
        } catch (IOException | RuntimeException | Migration.MigrationException | StackOverflowError e) {
            resourceSet.getResources().remove(resource);
            if (e instanceof Migration.MigrationException migration) {
                throw new ModelLoadException(file, 0, 0, migration.getMessage(), Messages.load_adviceMigration, e);
            }
            throw LoadErrors.translate(file, e, resource);
        }
        if (!steps.isEmpty()) {
            resource.setModified(true);
            resource.getWarnings().add(new MigrationNote(file, version, current));
        }
        return resource;
    }

    private static void checkReadable(Path file) throws ModelLoadException {
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (Files.isDirectory(file)) {
                throw new ModelLoadException(file, 0, 0, Messages.load_isFolder, Messages.load_adviceIsFolder, null);
            }
            if (!Files.isReadable(file)) {
                throw new AccessDeniedException(file.toString());
            }
            if (Files.size(file) == 0) {
                throw new ModelLoadException(file, 0, 0, Messages.load_empty, Messages.load_adviceDamaged, null);
            }
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException e) {
            throw LoadErrors.translate(file, e, null);
        }
    }

    /** @return the steps from the version to the current one, or null when there is no path */
    private static List<Migration> migrationsFrom(MetamodelVersion version) {
        java.util.ArrayList<Migration> steps = new java.util.ArrayList<>();
        MetamodelVersion at = version;
        while (at.compareTo(MetamodelVersion.current()) < 0) {
            MetamodelVersion from = at;
            Migration step = MIGRATIONS.stream().filter(m -> m.from().equals(from)).findFirst().orElse(null);
            if (step == null) {
                return null;
            }
            steps.add(step);
            at = step.to();
        }
        return steps;
    }

    /** A resource warning that says the file was migrated and must be saved to keep it. */
    record MigrationNote(Path file, MetamodelVersion from, MetamodelVersion to) implements Resource.Diagnostic {
        @Override
        public String getMessage() {
            return Messages.bind(Messages.load_migrated, from, to);
        }

        @Override
        public String getLocation() {
            return file.toString();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }
    }

    /** Model files never reach out to the network, whatever schemaLocation or href they carry. */
    private static final class NoNetwork extends URIHandlerImpl {
        @Override
        public boolean canHandle(URI uri) {
            String scheme = uri.scheme();
            return scheme != null && !"file".equals(scheme) && !"platform".equals(scheme) //$NON-NLS-1$ //$NON-NLS-2$
                    && !"archive".equals(scheme) && !"pathmap".equals(scheme); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(Messages.bind(Messages.load_networkRefused, uri));
        }

        @Override
        public java.io.OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(Messages.bind(Messages.load_networkRefused, uri));
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }
    }
}
