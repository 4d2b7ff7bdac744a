// SPDX-License-Identifier: EPL-2.0
package org.throughline.sdk.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Generates the Java code of a plugin's metamodel extension from its {@code model/*.genmodel}
 * with EMF's own generator, as the Eclipse IDE does: the generator writes through the workspace,
 * so the plugin's {@code model/} is copied into a scratch folder opened as a workspace project of
 * the name the genmodel writes to, and only the generated model folder ({@code src-gen/}) is
 * copied back into the plugin, after emptying it. The plugin's manifest, plugin.xml and sources
 * are never touched; a rerun on an unchanged model changes nothing. The genmodel refers to
 * Throughline's metamodel as {@code platform:/plugin/org.throughline.model/...}, which the running
 * product resolves to its own bundle.
 */
public final class ModelCodeGenerator {

    private static final String GENMODEL = ".genmodel"; //$NON-NLS-1$

    private ModelCodeGenerator() {
    }

    /**
     * @param target a plugin's folder (with one {@code model/*.genmodel}) or a genmodel file in its {@code model/} folder
     * @return what was done, in one line
     * @throws GenerationException when the genmodel is missing, invalid or cannot be generated, in one sentence
     * @throws IOException         when a file cannot be read or written
     * @throws CoreException       when the workspace refuses the scratch project
     */
    public static String generate(Path target) throws IOException, CoreException {
        Path genModelFile = genModelFile(target.toAbsolutePath().normalize());
        Path plugin = genModelFile.getParent().getParent();
        String modelDirectory = modelDirectory(genModelFile);
        IPath output = IPath.fromPortableString(modelDirectory);
        if (output.segmentCount() < 2) {
            throw new GenerationException(Messages.bind(Messages.generate_badModelDirectory, genModelFile, modelDirectory));
        }
        String projectName = output.segment(0);
        Path scratch = Files.createTempDirectory("throughline-generate-model"); //$NON-NLS-1$
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(projectName);
        try {
            copyTree(genModelFile.getParent(), scratch.resolve("model")); //$NON-NLS-1$
            if (project.exists()) {
                project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
            }
            IProjectDescription description = workspace.newProjectDescription(projectName);
            description.setLocation(IPath.fromOSString(scratch.toString()));
            project.create(description, null);
            project.open(null);

            ResourceSet resourceSet = new ResourceSetImpl();
            URI genModelUri = URI.createPlatformResourceURI(projectName + "/model/" + genModelFile.getFileName(), true); //$NON-NLS-1$
            Resource genModelResource = resourceSet.getResource(genModelUri, true);
            GenModel genModel = (GenModel) genModelResource.getContents().get(0);
            check(genModel, genModelFile);
            writeBackIfChanged(genModelResource, genModelFile);

            genModel.setCanGenerate(true);
            genModel.setUpdateClasspath(false);
            Generator generator = new Generator();
            generator.setInput(genModel);
            Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
            if (result.getSeverity() >= Diagnostic.ERROR) {
                throw new GenerationException(Messages.bind(Messages.generate_failed, genModelFile, describe(result)));
            }
            String relative = output.removeFirstSegments(1).toOSString();
            Path generated = scratch.resolve(relative);
            if (!Files.isDirectory(generated)) {
                throw new GenerationException(Messages.bind(Messages.generate_nothing, genModelFile));
            }
            Path into = plugin.resolve(relative);
            deleteTree(into);
            int count = copyTree(generated, into);
            return Messages.bind(Messages.generate_done, count, into);
        } finally {
            if (project.exists()) {
                project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
            }
            deleteTree(scratch);
        }
    }

    private static Path genModelFile(Path target) throws IOException {
        if (Files.isRegularFile(target) && target.getFileName().toString().endsWith(GENMODEL)) {
            if (target.getParent().getParent() == null) {
                throw new GenerationException(Messages.bind(Messages.generate_noPlugin, target));
            }
            return target;
        }
        Path models = target.resolve("model"); //$NON-NLS-1$
        if (!Files.isDirectory(models)) {
            throw new GenerationException(Messages.bind(Messages.generate_noGenModel, target));
        }
        List<Path> found;
        try (Stream<Path> files = Files.list(models)) {
            found = files.filter(f -> f.getFileName().toString().endsWith(GENMODEL)).sorted().toList();
        }
        if (found.size() != 1) {
            throw new GenerationException(Messages.bind(found.isEmpty() ? Messages.generate_noGenModel : Messages.generate_manyGenModels,
                    target));
        }
        return found.get(0);
    }

    /** @return the genmodel's model directory, e.g. {@code /org.example.inspection/src-gen}, read before any project exists */
    private static String modelDirectory(Path genModelFile) {
        ResourceSet plain = new ResourceSetImpl();
        try {
            Resource resource = plain.getResource(URI.createFileURI(genModelFile.toString()), true);
            Object root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            if (!(root instanceof GenModel genModel) || genModel.getModelDirectory() == null) {
                throw new GenerationException(Messages.bind(Messages.generate_notAGenModel, genModelFile));
            }
            return genModel.getModelDirectory();
        } catch (RuntimeException e) {
            if (e instanceof GenerationException) {
                throw e;
            }
            throw new GenerationException(Messages.bind(Messages.generate_unreadable, genModelFile, e.getMessage()));
        }
    }

    private static void check(GenModel genModel, Path genModelFile) {
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage == null || ePackage.eIsProxy()) {
                throw new GenerationException(Messages.bind(Messages.generate_noEcore, genModelFile));
            }
            Diagnostic valid = Diagnostician.INSTANCE.validate(ePackage);
            if (valid.getSeverity() >= Diagnostic.ERROR) {
                throw new GenerationException(Messages.bind(Messages.generate_invalidEcore, ePackage.getNsURI(), describe(valid)));
            }
        }
        if (!genModel.reconcile()) {
            throw new GenerationException(Messages.bind(Messages.generate_notReconciled, genModelFile));
        }
        IStatus status = genModel.validate();
        if (status.getSeverity() >= IStatus.ERROR) {
            throw new GenerationException(Messages.bind(Messages.generate_invalidGenModel, genModelFile, status.getMessage()));
        }
    }

    /** Saves the reconciled genmodel over the plugin's, but only when its content changed. */
    private static void writeBackIfChanged(Resource genModelResource, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        genModelResource.save(bytes, null);
        byte[] reconciled = bytes.toByteArray();
        if (!Arrays.equals(reconciled, Files.readAllBytes(target))) {
            Files.write(target, reconciled);
        }
    }

    private static int copyTree(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
        return files.size();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        if (diagnostic.getMessage() != null && diagnostic.getChildren().isEmpty()) {
            text.append(diagnostic.getMessage());
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            String inner = describe(child);
            if (!inner.isEmpty()) {
                text.append(text.isEmpty() ? "" : "; ").append(inner); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return text.toString();
    }

    /** A failure said in one sentence, without a stack trace. */
    public static final class GenerationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GenerationException(String message) {
            super(message);
        }
    }
}
