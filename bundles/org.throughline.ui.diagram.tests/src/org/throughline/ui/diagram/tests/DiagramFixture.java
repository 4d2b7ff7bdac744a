// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.testing.WorkspaceExamples;
import org.throughline.ui.diagram.internal.DiagramEditor;
import org.throughline.ui.diagram.internal.DiagramViewer;
import org.throughline.ui.diagram.internal.ModelDiagrams;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.api.ViewpointRegistry;

/** Opens example models with diagram pages in the test workbench, and uses the mouse on them. */
final class DiagramFixture {

    private static final String PROJECT = "diagram-tests";

    private DiagramFixture() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run pending UI work
        }
    }

    /** Copies an example into the test project, without diagrams beside it. */
    static IFile example(String name) throws Exception {
        IFile file = WorkspaceExamples.copy(PROJECT, name);
        Files.deleteIfExists(RepresentationsFile.besideModel(file.getLocation().toFile().toPath()));
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        return file;
    }

    static ModelEditorContext open(IFile file) throws Exception {
        IEditorPart editor = IDE.openEditor(page(), file, ModelEditors.EDITOR_ID);
        flush();
        return editor.getAdapter(ModelEditorContext.class);
    }

    /** Adds a new diagram page of a built-in kind to the editor, laid out and shown. */
    static DiagramEditor newDiagram(ModelEditorContext context, String kind, EObject root) throws Exception {
        var description = ViewpointRegistry.getDefault().diagram(kind).orElseThrow();
        DiagramEditor page = ModelDiagrams.of(context).create(description, root, null);
        flush();
        page.viewer().control().getShell().layout(true, true);
        flush();
        return page;
    }

    /**
     * Opens an example model and adds a new diagram page of a built-in kind for one of its elements.
     *
     * @param example the example's file name
     * @param kind    the diagram kind
     * @param rootId  the id of the element the diagram is drawn for
     * @return the new page's viewer
     */
    static DiagramViewer exampleDiagram(String example, String kind, String rootId) throws Exception {
        ModelEditorContext context = open(example(example));
        return newDiagram(context, kind, context.modelResource().getEObject(rootId)).viewer();
    }

    /** Runs the UI until the viewer's canvas has painted again (for at most two seconds), and checks that it did. */
    static void awaitPaint(DiagramViewer viewer) throws InterruptedException {
        int before = viewer.paintCount();
        Display display = viewer.control().getDisplay();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (viewer.paintCount() == before && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(1);
            }
        }
        assertTrue(viewer.paintCount() > before, "the canvas repainted");
    }

    /** @return the node (not container or lane) of the element with that id */
    static DiagramNode nodeOf(DiagramViewer viewer, String id) {
        return shapeOf(viewer, id, NodeKind.NODE);
    }

    /** @return the node, container or lane of the element with that id */
    static DiagramNode shapeOf(DiagramViewer viewer, String id, NodeKind kind) {
        for (DiagramNode node : viewer.session().diagram().allNodes()) {
            if (node.semanticId().equals(id) && node.kind() == kind) {
                return node;
            }
        }
        throw new AssertionError("no " + kind + " for " + id);
    }

    /** @return the palette tool with that label */
    static Tool tool(DiagramViewer viewer, String label) {
        return viewer.tools().stream().filter(t -> label.equals(t.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("no tool " + label + " in the palette"));
    }

    /**
     * @return a point inside the container (its header included) but in none of the nodes inside
     *         it; or, for {@code null}, a point of the diagram well away from every node
     */
    static Point emptySpot(DiagramViewer viewer, DiagramNode container) {
        Bounds area = container != null ? container.bounds() : new Bounds(100, 100, 3000, 3000);
        double margin = container != null ? 5 : 100;
        for (double y = area.y() + 5; y < area.bottom() - 5; y += 5) {
            for (double x = area.x() + 5; x < area.right() - 5; x += 5) {
                Point p = new Point(x, y);
                if (viewer.session().diagram().allNodes().stream().noneMatch(n -> n != container && !encloses(n, container)
                        && inside(n.bounds(), p, margin))) {
                    return p;
                }
            }
        }
        throw new AssertionError("no free spot in " + container);
    }

    private static boolean encloses(DiagramNode node, DiagramNode inner) {
        for (DiagramNode p = inner == null ? null : inner.parent(); p != null; p = p.parent()) {
            if (p == node) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(Bounds b, Point p, double margin) {
        return b != null && p.x() >= b.x() - margin && p.x() <= b.right() + margin && p.y() >= b.y() - margin
                && p.y() <= b.bottom() + margin;
    }

    static void mouse(DiagramViewer viewer, int type, Point at, int state) {
        org.eclipse.swt.graphics.Point p = viewer.toScreen(at);
        Event e = new Event();
        e.x = p.x;
        e.y = p.y;
        e.button = 1;
        e.stateMask = state;
        viewer.control().notifyListeners(type, e);
    }

    static void click(DiagramViewer viewer, Point at) {
        mouse(viewer, SWT.MouseDown, at, 0);
        mouse(viewer, SWT.MouseUp, at, SWT.BUTTON1);
        flush();
    }

    static void drag(DiagramViewer viewer, Point from, Point to) {
        mouse(viewer, SWT.MouseDown, from, 0);
        mouse(viewer, SWT.MouseMove, new Point((from.x() + to.x()) / 2, (from.y() + to.y()) / 2), SWT.BUTTON1);
        mouse(viewer, SWT.MouseMove, to, SWT.BUTTON1);
        mouse(viewer, SWT.MouseUp, to, SWT.BUTTON1);
        flush();
    }
}
