// SPDX-License-Identifier: EPL-2.0
package org.throughline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.throughline.cli.api.CliContext;
import org.throughline.model.Element;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.CanonicalFiles;
import org.throughline.model.api.ModelFiles;
import org.throughline.team.api.ModelDiff;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.internal.DiffCommand;
import org.throughline.team.internal.MergeCommand;
import org.throughline.team.internal.SplitCommand;
import org.throughline.testing.BenchmarkSummary;
import org.throughline.testing.ModelGenerator;

/**
 * Models in Git at size: canonical save, model diff and three-way merge of generated models,
 * beside {@code git merge-file} of the same files (the line merge Git would do without the
 * driver). Each side edits about 1% of the elements, different ones, and adds and removes a few;
 * the merge is clean. The merge column is the whole merge command as Git's driver runs it: three
 * files read, merged, the result written (the JVM start is not included). Prints a table;
 * asserts only that the merge was clean and the diff found the edits.
 * <p>
 * Run: {@code ./mvnw -B verify -Pbenchmarks -DskipTests -pl ...,bundles/org.throughline.benchmarks}.
 */
class TeamBenchmark {

    private static final int WARMUP = 1;
    private static final int RUNS = 3;

    @Test
    void diffAndMerge() throws Exception {
        int[] sizes = BenchmarkSummary.sizes("1000,10000,100000"); //$NON-NLS-1$
        Path folder = Files.createTempDirectory("throughline-team-bench"); //$NON-NLS-1$
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%9s %8s %10s %10s %12s %10s %12s %14s %9s %16s", "objects", "file MB", "save ms", "diff ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "diff cmd ms", "merge ms", "merge cmd ms", "git merge-file", "load ms", "split load ms")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (int size : sizes) {
            Model model = ModelGenerator.generate(size, 3);
            int objects = ModelGenerator.countObjects(model);
            Path base = folder.resolve("base.throughline"); //$NON-NLS-1$
            Resource baseResource = ModelFiles.create(ModelFiles.newResourceSet(), base);
            baseResource.getContents().add(model);
            double save = median(() -> CanonicalFiles.replace(baseResource, base));
            Path ours = folder.resolve("ours.throughline"); //$NON-NLS-1$
            Path theirs = folder.resolve("theirs.throughline"); //$NON-NLS-1$
            int oursEdits = edit(base, ours, 0, "ours"); //$NON-NLS-1$
            edit(base, theirs, 50, "theirs"); //$NON-NLS-1$

            ModelIndex baseIndex = ModelIndex.of(ModelFiles.load(base));
            ModelIndex oursIndex = ModelIndex.of(ModelFiles.load(ours));
            int[] found = new int[1];
            double diff = median(() -> {
                found[0] = ModelDiff.compare(baseIndex, oursIndex).size();
            });
            assertTrue(found[0] >= oursEdits, "the diff finds every edit");
            double diffCommand = median(() -> run(new DiffCommand(), folder, base.toString(), ours.toString()));
            double merge = median(() -> {
                Resource oursResource = ModelFiles.load(ours);
                ModelIndex theirsIndex = ModelIndex.of(ModelFiles.load(theirs));
                long start = System.nanoTime();
                assertEquals(List.of(), org.throughline.team.api.ModelMerge.merge(baseIndex, oursResource, theirsIndex).conflicts());
                return (System.nanoTime() - start) / 1e6;
            });
            Path merged = folder.resolve("merged.throughline"); //$NON-NLS-1$
            double mergeCommand = median(() -> assertEquals(0,
                    run(new MergeCommand(), folder, base.toString(), ours.toString(), theirs.toString(), "--out", merged.toString()))); //$NON-NLS-1$
            double gitMergeFile = median(() -> gitMergeFile(base, ours, theirs));
            double load = median(() -> ModelFiles.load(base));
            Path split = folder.resolve("split"); //$NON-NLS-1$
            assertEquals(0, run(new SplitCommand(), folder, base.toString(), "--by", "folder", "--out", split.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Path splitMain = split.resolve(base.getFileName());
            Resource whole = ModelFiles.load(splitMain);
            int files = whole.getResourceSet().getResources().size();
            assertEquals(objects, ModelGenerator.countObjects((Model) whole.getContents().get(0)), "the split model is read whole");
            double splitLoad = median(() -> ModelFiles.load(splitMain));
            rows.add(String.format("%9d %8.1f %10.0f %10.0f %12.0f %10.0f %12.0f %14.0f %9.0f %16s", objects, Files.size(base) / 1e6, save, //$NON-NLS-1$
                    diff, diffCommand, merge, mergeCommand, gitMergeFile, load, String.format("%.0f (%d files)", splitLoad, files))); //$NON-NLS-1$
            BenchmarkSummary.record("load of a model split in " + files + " files, " + size, //$NON-NLS-1$ //$NON-NLS-2$
                    String.format("%.0f ms (one file %.0f ms)", splitLoad, load)); //$NON-NLS-1$
            deleteTree(split);
            BenchmarkSummary.record("model merge as Git's driver, " + size, //$NON-NLS-1$
                    String.format("%.0f ms (git merge-file %.0f ms)", mergeCommand, gitMergeFile)); //$NON-NLS-1$
            BenchmarkSummary.record("model diff command, " + size, String.format("%.0f ms", diffCommand)); //$NON-NLS-1$ //$NON-NLS-2$
            BenchmarkSummary.record("canonical save, " + size, String.format("%.0f ms", save)); //$NON-NLS-1$ //$NON-NLS-2$
            for (Path file : List.of(base, ours, theirs, merged)) {
                Files.deleteIfExists(file);
            }
        }
        System.out.println();
        System.out.println("Throughline team benchmark (median of " + RUNS + " runs after " + WARMUP + " warm-up; " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        rows.forEach(System.out::println);
        System.out.println("save: canonical save; diff: compare two loaded models; diff cmd: the diff command (2 loads + compare); merge: the" //$NON-NLS-1$
                + " merge of loaded models; merge cmd: the merge command as Git's driver runs it (3 loads, merge, atomic write);" //$NON-NLS-1$
                + " git merge-file: Git's line merge of the same three files (a process); load: the base read from one file;" //$NON-NLS-1$
                + " split load: the base split by folder (split --by folder) read whole from its main file and fragments."); //$NON-NLS-1$
        Files.deleteIfExists(folder);
    }

    /**
     * Writes a version of the base with about 1% of the elements renamed (from the offset on),
     * one element without elements inside deleted and ten added.
     *
     * @return how many changes the diff should list at least (the deletion also changes the
     *         references to the deleted element)
     */
    private static int edit(Path base, Path target, int offset, String side) throws Exception {
        Resource resource = ModelFiles.load(base);
        List<Element> elements = new ArrayList<>();
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            if (all.next() instanceof Element element && !(element instanceof Folder) && !(element instanceof Model)) {
                elements.add(element);
            }
        }
        int changes = 0;
        for (int i = offset; i < elements.size(); i += 100) {
            elements.get(i).setName(elements.get(i).getName() + " (" + side + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            changes++;
        }
        Folder folder = ((Model) resource.getContents().get(0)).getFolders().get(0);
        for (int i = 0; i < 10; i++) {
            org.throughline.model.Action action = ThroughlineFactory.eINSTANCE.createAction();
            action.setId(side + "-action-" + i); //$NON-NLS-1$
            action.setName("Action " + i + " of " + side); //$NON-NLS-1$ //$NON-NLS-2$
            folder.getElements().add(action);
            changes++;
        }
        int leaf = offset + 7;
        while (!elements.get(leaf).eContents().stream().allMatch(child -> ModelIndex.id(child) == null)) {
            leaf++;
        }
        EcoreUtil.delete(elements.get(leaf), true);
        changes++;
        CanonicalFiles.replace(resource, target);
        return changes;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static int run(org.throughline.cli.api.CliCommand command, Path folder, String... arguments) throws Exception {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return command.run(new CliContext(sink, sink, folder, false), List.of(arguments));
    }

    private static void gitMergeFile(Path base, Path ours, Path theirs) throws Exception {
        Process process = new ProcessBuilder("git", "merge-file", "-p", ours.toString(), base.toString(), theirs.toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    @FunctionalInterface
    private interface VoidWork {
        void run() throws Exception;
    }

    private static double median(VoidWork work) throws Exception {
        return median((Work) () -> {
            long start = System.nanoTime();
            work.run();
            return Double.valueOf((System.nanoTime() - start) / 1e6);
        });
    }

    private static double median(Work work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Object measured = work.run();
            times[i] = measured instanceof Double inner ? inner.doubleValue() : (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
