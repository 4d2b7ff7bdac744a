// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.BenchmarkSummary;
import org.throughline.testing.ModelGenerator;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.validation.LiveValidation;

/**
 * The model editor of the real workbench on generated models of each size of
 * {@code -Dbenchmark.sizes}: open (load, tree, first validation in the background), one property
 * edited through an EMF command until its problem is among the file's markers (what the Problems
 * view lists) and marked in the tree, save, and undo until the problem is gone again. Prints a
 * table; asserts only that each step did what a user would see (the problem came and went, the
 * file was written).
 * <p>
 * Run: {@code xvfb-run -a ./mvnw -B verify -Pbenchmarks -DskipTests -pl ...,bundles/org.throughline.ui.benchmarks}.
 */
class EditorBenchmark {

    private static final String PROJECT = "benchmarks";
    private static final String RULE = "chain.unknown-strength";
    private static final int WARMUP = 1;
    private static final int RUNS = 5;

    @Test
    void openEditSaveUndo() throws Exception {
        int[] sizes = BenchmarkSummary.sizes("1000,10000,100000");
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%9s %8s %9s %9s %10s %11s %10s %8s %9s %8s", "objects", "load ms", "open ms", "after ld",
                "tree items", "1st valid.", "edit>probl", "save ms", "undo>gone", "undo ms"));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        for (int size : sizes) {
            rows.add(measure(page, size));
        }
        System.out.println();
        System.out.println("Throughline model editor benchmark (the workbench under Xvfb; edit, save and undo: median of " + RUNS
                + " after " + WARMUP + " warm-up; " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + ")");
        rows.forEach(System.out::println);
        System.out.println("open = IDE.openEditor until the UI is idle (load, tree, pages); after ld = open - load alone; 1st valid. ="
                + " open until the first validation's markers; edit>probl = a link's strength set to unknown (an EMF command) until its"
                + " problem's marker is announced to resource listeners (as the Problems view hears of it) and the tree is marked;"
                + " undo>gone = undo until that marker's removal is announced.");
    }

    private String measure(IWorkbenchPage page, int size) throws Exception {
        IFile file = generated(size);
        Path path = file.getLocation().toFile().toPath();
        int objects;
        double[] loads = new double[3];
        {
            Resource probe = ModelFiles.load(path);
            objects = ModelGenerator.countObjects(probe.getContents().get(0));
            for (int i = 0; i < loads.length; i++) {
                long start = System.nanoTime();
                ModelFiles.load(path);
                loads[i] = ms(start);
            }
            Arrays.sort(loads);
        }
        double load = loads[1];

        // A first open warms up the editor's code at this size; the second is measured.
        ModelEditor editor = open(page, file);
        awaitValidation();
        page.closeAllEditors(false);
        flush();
        file.deleteMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO);

        long start = System.nanoTime();
        editor = open(page, file);
        double open = ms(start);
        int items = countItems(editor.treePage().viewer().getTree().getItems());
        awaitValidation();
        double firstValidation = ms(start);
        assertFalse(markers(file).length == 0, "the generated model has problems to list");

        List<Link> strong = new ArrayList<>();
        for (var it = editor.model().eAllContents(); it.hasNext() && strong.size() < WARMUP + RUNS;) {
            if (it.next() instanceof Link link && link.getStrength() == LinkStrength.STRONG && marker(file, link.getId()) == null) {
                strong.add(link);
            }
        }
        assertEquals(WARMUP + RUNS, strong.size(), "enough strong links to edit");
        double[] edits = new double[RUNS];
        double[] saves = new double[RUNS];
        double[] undoneGone = new double[RUNS];
        double[] undos = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            Link link = strong.get(i);
            ModelEditor current = editor;
            // The marker is awaited as the Problems view hears of it (a resource change), not by asking
            // for the file's 14,000 markers over and over on the UI thread while the validation runs.
            MarkerWatch watch = new MarkerWatch(file, link.getId());
            ResourcesPlugin.getWorkspace().addResourceChangeListener(watch, IResourceChangeEvent.POST_CHANGE);
            start = System.nanoTime();
            current.editingDomain().getCommandStack().execute(SetCommand.create(current.editingDomain(), link,
                    ThroughlinePackage.Literals.LINK__STRENGTH, LinkStrength.UNKNOWN));
            await(() -> watch.added, "the problem of the edited link is listed");
            flush();
            double edit = ms(start);
            assertTrue(marker(file, link.getId()) != null, "the problem of the edited link is a marker of the file");

            long before = Files.size(path) + Files.getLastModifiedTime(path).toMillis();
            start = System.nanoTime();
            current.doSave(new NullProgressMonitor());
            flush();
            double save = ms(start);
            assertFalse(current.isDirty(), "saved");
            assertTrue(Files.size(path) + Files.getLastModifiedTime(path).toMillis() != before, "the file was written");

            start = System.nanoTime();
            current.actions().undo().run();
            double undo = ms(start);
            await(() -> watch.removed, "the problem is gone after undo");
            flush();
            double gone = ms(start);
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(watch);
            assertTrue(marker(file, link.getId()) == null, "the problem's marker is gone after undo");
            assertEquals(LinkStrength.STRONG, link.getStrength(), "undo restored the link");
            if (i >= WARMUP) {
                edits[i - WARMUP] = edit;
                saves[i - WARMUP] = save;
                undoneGone[i - WARMUP] = gone;
                undos[i - WARMUP] = undo;
            }
        }
        page.closeAllEditors(false);
        flush();
        double edit = median(edits);
        double save = median(saves);
        double gone = median(undoneGone);
        double undo = median(undos);
        BenchmarkSummary.record("editor open after load, " + size, String.format("%.0f ms (open %.0f, load %.0f; %d tree items)",
                open - load, open, load, Integer.valueOf(items)));
        BenchmarkSummary.record("editor edit to updated Problems, " + size, String.format("%.0f ms", edit));
        BenchmarkSummary.record("editor save, " + size, String.format("%.0f ms", save));
        BenchmarkSummary.record("editor undo to updated Problems, " + size, String.format("%.0f ms (undo itself %.1f ms)", gone, undo));
        Files.deleteIfExists(path.resolveSibling(path.getFileName() + ".bak"));
        file.delete(true, null);
        return String.format("%9d %8.0f %9.0f %9.0f %10d %11.0f %10.0f %8.0f %9.0f %8.1f", objects, load, open, open - load, items,
                firstValidation, edit, save, gone, undo);
    }

    private static IFile generated(int size) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IFile file = project.getFile("generated-" + size + ".throughline");
        Path path = project.getLocation().toFile().toPath().resolve(file.getName());
        Model model = ModelGenerator.generate(size, 1);
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), path);
        resource.getContents().add(model);
        ModelFiles.save(resource);
        project.refreshLocal(IResource.DEPTH_ONE, null);
        return file;
    }

    private static ModelEditor open(IWorkbenchPage page, IFile file) throws Exception {
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, file, ModelEditors.EDITOR_ID);
        flush();
        return editor;
    }

    private static int countItems(TreeItem[] items) {
        int n = items.length;
        for (TreeItem item : items) {
            n += countItems(item.getItems());
        }
        return n;
    }

    private static IMarker[] markers(IFile file) throws CoreException {
        return file.findMarkers(ModelEditors.VALIDATION_MARKER, false, IResource.DEPTH_ZERO);
    }

    private static IMarker marker(IFile file, String elementId) {
        try {
            for (IMarker marker : markers(file)) {
                if (RULE.equals(marker.getAttribute(ModelEditors.MARKER_RULE_ID, null))
                        && elementId.equals(marker.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null))) {
                    return marker;
                }
            }
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    /** Hears the validation marker of one element's unknown-strength problem come and go, as the Problems view hears of it. */
    private static final class MarkerWatch implements IResourceChangeListener {
        private final IFile file;
        private final String elementId;
        volatile boolean added;
        volatile boolean removed;

        MarkerWatch(IFile file, String elementId) {
            this.file = file;
            this.elementId = elementId;
        }

        @Override
        public void resourceChanged(IResourceChangeEvent event) {
            for (IMarkerDelta delta : event.findMarkerDeltas(ModelEditors.VALIDATION_MARKER, false)) {
                if (file.equals(delta.getResource()) && RULE.equals(delta.getAttribute(ModelEditors.MARKER_RULE_ID, null))
                        && elementId.equals(delta.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null))) {
                    if (delta.getKind() == IResourceDelta.ADDED) {
                        added = true;
                    } else if (delta.getKind() == IResourceDelta.REMOVED) {
                        removed = true;
                    }
                }
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 30 s");
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(1);
            }
        }
    }

    private static void awaitValidation() throws InterruptedException {
        await(() -> Job.getJobManager().find(LiveValidation.FAMILY).length == 0, "the live validation finished");
        flush();
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run pending UI work
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
