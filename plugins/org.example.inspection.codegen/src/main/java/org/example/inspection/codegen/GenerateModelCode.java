// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the EMF model code of a plugin's metamodel extension from its
 * {@code model/*.genmodel}, without an IDE, into the plugin's {@code src-gen/}.
 *
 * <p>The extension's ecore and genmodel refer to Throughline's metamodel as
 * {@code platform:/plugin/org.throughline.model/model/throughline.ecore} (and {@code .genmodel}),
 * the way they are found at run time; here that URI is mapped to a folder or to the jar of the
 * {@code org.throughline.model} bundle (from Throughline's p2 repository, for a third party).
 *
 * <p>EMF's generator writes a whole plug-in project, so it runs in a scratch folder and only
 * {@code src-gen/} is copied back, after emptying it: a rerun on an unchanged model changes nothing.
 *
 * <p>Usage: {@code GenerateModelCode PLUGIN_DIR THROUGHLINE_MODEL_DIR_OR_JAR}.
 */
public final class GenerateModelCode {

    private static final String THROUGHLINE_MODEL = "org.throughline.model";

    private GenerateModelCode() {
    }

    /**
     * @param args the plugin's folder, and the folder or jar of Throughline's model bundle
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateModelCode PLUGIN_DIR THROUGHLINE_MODEL_DIR_OR_JAR");
            System.exit(2);
        }
        try {
            generate(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]).toAbsolutePath().normalize());
        } catch (GenerationException e) {
            System.err.println("generate-model-code: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void generate(Path plugin, Path throughlineModel) throws IOException {
        String pluginId = plugin.getFileName().toString();
        Path genModelFile;
        try (Stream<Path> files = Files.list(plugin.resolve("model"))) {
            genModelFile = files.filter(f -> f.toString().endsWith(".genmodel")).findFirst()
                .orElseThrow(() -> new GenerationException("no .genmodel in " + plugin.resolve("model")));
        }
        if (!Files.exists(throughlineModel.resolve(Files.isDirectory(throughlineModel) ? "model/throughline.ecore" : ""))) {
            throw new GenerationException("no Throughline model bundle at " + throughlineModel);
        }

        Path scratch = Files.createTempDirectory("generate-model-code");
        Path scratchPlugin = scratch.resolve(pluginId);
        copyTree(plugin.resolve("model"), scratchPlugin.resolve("model"));
        EcorePlugin.getPlatformResourceMap().put(pluginId, URI.createFileURI(scratchPlugin + "/"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
            GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        URI throughlineUri = Files.isDirectory(throughlineModel) ? URI.createFileURI(throughlineModel + "/")
            : URI.createURI("archive:" + URI.createFileURI(throughlineModel.toString()) + "!/");
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/plugin/" + THROUGHLINE_MODEL + "/"), throughlineUri);

        URI genModelUri = URI.createPlatformResourceURI(pluginId + "/model/" + genModelFile.getFileName(), true);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage == null || ePackage.eIsProxy()) {
                throw new GenerationException("the genmodel refers to an ecore package that cannot be loaded");
            }
            check("the metamodel " + ePackage.getNsURI() + " is invalid", Diagnostician.INSTANCE.validate(ePackage));
        }
        if (!genModel.reconcile()) {
            throw new GenerationException("the genmodel cannot be reconciled with its ecore model");
        }
        IStatus status = genModel.validate();
        if (status.getSeverity() >= IStatus.ERROR) {
            throw new GenerationException("the genmodel is invalid: " + status.getMessage());
        }
        writeBackIfChanged(genModelResource, genModelFile);

        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        Generator generator = new Generator();
        generator.setInput(genModel);
        check("model code generation failed", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
            new BasicMonitor()));
        Path generated = scratchPlugin.resolve("src-gen");
        if (!Files.isDirectory(generated)) {
            throw new GenerationException("the generator wrote nothing to " + generated);
        }
        deleteTree(plugin.resolve("src-gen"));
        int count = copyTree(generated, plugin.resolve("src-gen"));
        deleteTree(scratch);
        System.out.printf("generate-model-code: %s: %d model files%n", pluginId, count);
    }

    /** Saves the reconciled genmodel over the hand-kept one, but only when its content changed. */
    private static void writeBackIfChanged(Resource genModelResource, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        genModelResource.save(bytes, null);
        byte[] reconciled = bytes.toByteArray();
        if (!Arrays.equals(reconciled, Files.readAllBytes(target))) {
            Files.write(target, reconciled);
            System.out.println("generate-model-code: updated " + target + " (reconciled with the ecore)");
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

    private static void check(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new GenerationException(what + ":" + describe(diagnostic));
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        if (diagnostic.getMessage() != null && diagnostic.getChildren().isEmpty()) {
            text.append("\n  ").append(diagnostic.getMessage());
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append(describe(child));
        }
        return text.toString();
    }

    /** A failure to report in one message, without a stack trace. */
    private static final class GenerationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GenerationException(String message) {
            super(message);
        }
    }
}
