// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.diagram.edit.api.ToolResult;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.Tool;

/**
 * The diagram on an SWT canvas: a view over a headless {@link DiagramSession}, which makes every
 * change as a command on the model's command stack. The viewer wires the canvas's events to the
 * parts that handle them, each in a class named for its concern:
 * <ul>
 * <li>{@link Viewport}: zoom (Ctrl+wheel, {@link #setZoom(double)}, {@link #zoomToFit()}) and scrolling;</li>
 * <li>{@link CanvasPainter} paints the diagram, {@link OverlayPainter} the grid, the selection and
 * the feedback of a gesture under way;</li>
 * <li>{@link CanvasHits}: what is under the mouse;</li>
 * <li>{@link DiagramSelection}: what is selected; as a selection provider the viewer gives the
 * domain elements of the selected nodes and edges;</li>
 * <li>the interactions of the tool chosen: {@link SelectInteraction} (click, marquee, move,
 * resize), {@link NodeCreationInteraction}, {@link ConnectionInteraction};</li>
 * <li>{@link LabelEditor}: direct edit of a label.</li>
 * </ul>
 * Keyboard: arrows move the selection, Tab cycles through nodes, Delete, F2, Escape, Ctrl++/-/0,
 * Ctrl+A; with a creation tool, the arrows move the cross where Enter creates a node, and Enter on
 * the selected node starts a connection, Tab chooses its end and Enter again makes it. Screen
 * readers are told the nodes and edges of the diagram through {@link CanvasAccessibility}.
 */
public final class DiagramViewer implements ISelectionProvider, DiagramSession.Listener {

    /** Room around the diagram, in diagram units. */
    static final double MARGIN = Viewport.MARGIN;

    private final DiagramSession session;
    private final Canvas canvas;
    private final CanvasPainter painter;
    private final CanvasLegend legend = new CanvasLegend();
    private final Viewport viewport;
    private final OverlayPainter overlay;
    private final CanvasHits hits;
    private final DiagramSelection selection;
    private final LabelEditor labelEditor;
    private final CanvasAccessibility accessibility;
    private final ListenerList<Runnable> viewListeners = new ListenerList<>();

    private boolean grid = true;
    private int gridSize = 10;
    private Tool tool;
    private CanvasInteraction interaction;
    private long lastPaintNanos;
    private int paints;
    private String lastProblem;
    /** Where the nodes were on the canvas at the last paint that needed them, and the view they were worked out for. */
    private List<Rectangle> nodesOnScreen;
    private List<Object> nodesOnScreenKey;

    /**
     * @param parent  where the canvas goes
     * @param session the diagram
     */
    public DiagramViewer(Composite parent, DiagramSession session) {
        this.session = session;
        this.canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.painter = new CanvasPainter(canvas.getDisplay());
        this.viewport = new Viewport(canvas, session::diagram, () -> {
            redraw();
            fireView();
        });
        this.overlay = new OverlayPainter(painter, viewport);
        this.hits = new CanvasHits(session::diagram, viewport);
        this.selection = new DiagramSelection(this, session::diagram);
        this.labelEditor = new LabelEditor(canvas, this::directEdit);
        this.interaction = new SelectInteraction(this);
        this.accessibility = new CanvasAccessibility(this);
        selection.addListener(e -> accessibility.selectionChanged());
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> viewport.updateScrollBars());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, e -> interaction.mouseMove(viewport.toDiagram(e.x, e.y), e.x, e.y));
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                interaction.mouseUp(viewport.toDiagram(e.x, e.y), e.stateMask);
            }
        });
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
            }
        });
        canvas.addListener(SWT.Dispose, e -> {
            session.removeListener(this);
            painter.dispose();
        });
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
            redraw();
            fireView();
        });
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            redraw();
            fireView();
        });
        session.addListener(this);
        viewport.updateScrollBars();
    }

    /** @return the canvas */
    public Canvas control() {
        return canvas;
    }

    /** @return the diagram session */
    public DiagramSession session() {
        return session;
    }

    /** @return the painter, for drawing the same diagram elsewhere */
    public CanvasPainter painter() {
        return painter;
    }

    /** @return the legend on the canvas */
    public CanvasLegend legend() {
        return legend;
    }

    /** @return what a screen reader is told of the canvas */
    public CanvasAccessibility accessibility() {
        return accessibility;
    }

    OverlayPainter overlay() {
        return overlay;
    }

    CanvasHits hits() {
        return hits;
    }

    DiagramSelection selection() {
        return selection;
    }

    @Override
    public void diagramChanged() {
        if (canvas.isDisposed()) {
            return;
        }
        selection.retainShown();
        nodesOnScreenKey = null;
        viewport.updateScrollBars();
        redraw();
        fireView();
    }

    // ----- view: zoom, scroll, grid ------------------------------------------------------------

    /** @return the zoom factor, 1 for 100 % */
    public double zoom() {
        return viewport.zoom();
    }

    /** @param factor the new zoom factor, kept between 5 % and 400 % */
    public void setZoom(double factor) {
        viewport.setZoom(factor);
    }

    /** Zooms so that the whole diagram fits the window (never beyond 100 %). */
    public void zoomToFit() {
        Rectangle area = canvas.getClientArea();
        Viewport.LegendPlace place = viewport.zoomToFit(legend.room(session.diagram(), area),
                legend.columnRoom(session.diagram(), area), !legend.isChosen());
        legend.setColumn(place == Viewport.LegendPlace.COLUMN);
        legend.foldForFit(place == Viewport.LegendPlace.FOLDED);
        redraw();
    }

    /**
     * Zooms to fit now if the canvas has its size, else as soon as it is given one (a page just
     * created is laid out by its editor after it is shown).
     */
    public void zoomToFitWhenSized() {
        if (!canvas.getClientArea().isEmpty()) {
            zoomToFit();
            return;
        }
        canvas.addListener(SWT.Resize, new Listener() {
            @Override
            public void handleEvent(Event event) {
                if (!canvas.getClientArea().isEmpty()) {
                    canvas.removeListener(SWT.Resize, this);
                    zoomToFit();
                }
            }
        });
    }

    /** @return whether the grid is shown and nodes snap to it */
    public boolean isGridShown() {
        return grid;
    }

    /** @param shown whether to show the grid and snap to it */
    public void setGridShown(boolean shown) {
        grid = shown;
        redraw();
    }

    /** @return a diagram coordinate on the grid when the grid is on, else as it is */
    double snap(double value) {
        return grid ? Math.round(value / gridSize) * gridSize : value;
    }

    /** @param listener told when zoom, scrolling, the tool or the diagram change (for the overview and the status line) */
    public void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeViewListener(Runnable listener) {
        viewListeners.remove(listener);
    }

    private void fireView() {
        for (Runnable listener : viewListeners) {
            listener.run();
        }
    }

    /** @return the part of the diagram visible now, in diagram coordinates */
    public Bounds visibleArea() {
        return viewport.visibleArea();
    }

    /**
     * Scrolls so that a diagram point is at the top left of the window.
     *
     * @param x diagram x
     * @param y diagram y
     */
    public void reveal(double x, double y) {
        viewport.reveal(x, y);
    }

    /**
     * @param x screen x on the canvas
     * @param y screen y on the canvas
     * @return the diagram point there
     */
    public Point toDiagram(int x, int y) {
        return viewport.toDiagram(x, y);
    }

    /**
     * @param p a diagram point
     * @return where it is on the canvas
     */
    public org.eclipse.swt.graphics.Point toScreen(Point p) {
        return viewport.toScreen(p);
    }

    void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    // ----- painting ----------------------------------------------------------------------------

    private void paint(Event e) {
        long start = System.nanoTime();
        GC gc = e.gc;
        Rectangle clip = new Rectangle(e.x, e.y, e.width, e.height);
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(clip);
        if (grid) {
            overlay.paintGrid(gc, clip, gridSize);
        }
        Map<DiagramNode, Bounds> moving = interaction.preview();
        CanvasPainter.Geometry geometry = moving.isEmpty() ? CanvasPainter.Geometry.LAID_OUT : new DragGeometry(moving);
        painter.paint(gc, session.diagram(), geometry, viewport.zoom(), viewport.offsetX(), viewport.offsetY(), clip);
        overlay.paintSelection(gc, session.diagram(), geometry, selection.keys());
        interaction.paintFeedback(gc);
        legend.paint(gc, painter, session.diagram(), canvas.getClientArea(), () -> nodesOnScreen(geometry));
        lastPaintNanos = System.nanoTime() - start;
        paints++;
    }

    /**
     * @return where the diagram's nodes are on the canvas, for the legend to find a corner that covers
     *         none: worked out again only when the view (zoom, scrolling, size) or the diagram changed,
     *         or while nodes are dragged
     */
    private List<Rectangle> nodesOnScreen(CanvasPainter.Geometry geometry) {
        Rectangle area = canvas.getClientArea();
        List<Object> key = List.of(Double.valueOf(viewport.zoom()), Double.valueOf(viewport.offsetX()), Double.valueOf(viewport.offsetY()),
                Integer.valueOf(area.width), Integer.valueOf(area.height));
        if (geometry == CanvasPainter.Geometry.LAID_OUT && key.equals(nodesOnScreenKey)) {
            return nodesOnScreen;
        }
        List<Rectangle> nodes = new ArrayList<>();
        for (DiagramNode node : session.diagram().allNodes()) {
            Bounds b = geometry.bounds(node);
            if (node.kind() == NodeKind.NODE && b != null) {
                nodes.add(viewport.toScreen(b));
            }
        }
        nodesOnScreen = nodes;
        nodesOnScreenKey = geometry == CanvasPainter.Geometry.LAID_OUT ? key : null;
        return nodes;
    }

    /** @return how many times the canvas was painted */
    public int paintCount() {
        return paints;
    }

    /** @return how long the last paint took, in nanoseconds */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    // ----- selection ---------------------------------------------------------------------------

    /** @return the selected nodes, in diagram order */
    public List<DiagramNode> selectedNodes() {
        return selection.nodes();
    }

    /** @return the selected edges, in diagram order */
    public List<DiagramEdge> selectedEdges() {
        return selection.edges();
    }

    /**
     * Selects diagram elements.
     *
     * @param keys the keys of nodes and edges
     */
    public void select(Set<String> keys) {
        selection.set(keys);
        redraw();
    }

    @Override
    public ISelection getSelection() {
        return selection.asWorkbenchSelection();
    }

    /** Selects the nodes and edges of the given domain elements and scrolls the first into view. */
    @Override
    public void setSelection(ISelection chosen) {
        Set<String> keys = new LinkedHashSet<>();
        Bounds first = null;
        if (chosen instanceof IStructuredSelection structured) {
            for (Object o : structured.toList()) {
                if (o instanceof EObject element) {
                    for (Object shown : session.elementsOf(element)) {
                        if (shown instanceof DiagramNode node) {
                            keys.add(node.key());
                            first = first == null ? node.bounds() : first;
                        } else if (shown instanceof DiagramEdge edge) {
                            keys.add(edge.key());
                            first = first == null && !edge.route().isEmpty() ? CanvasPainter.extent(edge.route()) : first;
                        }
                    }
                }
            }
        }
        select(keys);
        Bounds view = visibleArea();
        if (first != null && !view.overlaps(first, -Math.min(first.width(), first.height()) / 2)) {
            reveal(first.center().x() - view.width() / 2, first.center().y() - view.height() / 2);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selection.addListener(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selection.removeListener(listener);
    }

    /**
     * Selects the next (or previous) plain node, in diagram order, and scrolls it into view.
     *
     * @param direction 1 for the next, -1 for the previous
     */
    public void cycle(int direction) {
        List<DiagramNode> nodes = session.diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.NODE && n.bounds() != null)
                .toList();
        if (nodes.isEmpty()) {
            return;
        }
        DiagramNode current = selection.singleNode();
        int index = current == null ? (direction > 0 ? -1 : 0) : nodes.indexOf(current);
        DiagramNode next = nodes.get(Math.floorMod(index + direction, nodes.size()));
        setSelection(new StructuredSelection(next.element()));
        select(Set.of(next.key()));
        interaction.pointAt(next);
    }

    // ----- tools -------------------------------------------------------------------------------

    /** @return the tools of the layers shown, in palette order */
    public List<Tool> tools() {
        return session.tools();
    }

    /** @param active the creation tool to use on the next click or drag, or {@code null} to select */
    public void setTool(Tool active) {
        interaction.cancel();
        tool = active instanceof CreateNodeTool || active instanceof CreateEdgeTool ? active : null;
        if (tool instanceof CreateNodeTool node) {
            interaction = new NodeCreationInteraction(this, node);
        } else if (tool instanceof CreateEdgeTool edge) {
            interaction = new ConnectionInteraction(this, edge);
        } else {
            interaction = new SelectInteraction(this);
        }
        canvas.setCursor(tool == null ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        fireView();
    }

    /** @return the creation tool in use, or {@code null} */
    public Tool tool() {
        return tool;
    }

    /** @return where Enter creates a node with the node creation tool chosen, or {@code null} when none is chosen */
    public Point creationSpot() {
        return interaction instanceof NodeCreationInteraction creation ? creation.spot() : null;
    }

    /** @return the node a connection under way starts at (after a first click with a connection tool), or {@code null} */
    public DiagramNode connectionSource() {
        return interaction instanceof ConnectionInteraction connection ? connection.source() : null;
    }

    /** @return why the last change could not be made, or {@code null} */
    public String lastProblem() {
        return lastProblem;
    }

    /** Says why a gesture did nothing: a beep, and the reason in the status line. */
    void refuse(String problem) {
        lastProblem = problem;
        canvas.getDisplay().beep();
        fireView();
    }

    /** A connection started or ended: the rubber band and the status line change. */
    void connectionChanged() {
        lastProblem = null;
        redraw();
        fireView();
    }

    /** Remembers what a tool run did: on success selects what it created, else beeps and shows why. */
    private ToolResult report(ToolResult result) {
        if (!result.done()) {
            refuse(result.problem());
            return result;
        }
        lastProblem = null;
        if (!result.created().isEmpty()) {
            // Selects what the tool created, so that the Properties view shows it at once.
            setSelection(new StructuredSelection(result.created()));
        }
        fireView();
        return result;
    }

    /**
     * Creates a node with a creation tool where the user clicked (see {@link DiagramSession#createNode}).
     *
     * @param createTool a node creation tool
     * @param at         the diagram point clicked
     * @return what it did
     */
    public ToolResult createNode(CreateNodeTool createTool, Point at) {
        labelEditor.finish();
        ToolResult result = report(session.createNode(createTool, at));
        DiagramNode created = result.done() && !result.created().isEmpty() ? selection.singleNode() : null;
        if (created != null) {
            // The new element's name is selected in a box over it: typing replaces it at once. After
            // the click that made it is handled, so that the click's own focus stays with the box.
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed() && selection.singleNode() != null && selection.singleNode().element() == created.element()) {
                    beginDirectEdit();
                }
            });
        }
        return result;
    }

    /**
     * Creates an edge with a creation tool, between two nodes.
     *
     * @param createTool an edge creation tool
     * @param source     the node it starts at
     * @param target     the node it ends at
     * @return what it did
     */
    public ToolResult createEdge(CreateEdgeTool createTool, DiagramNode source, DiagramNode target) {
        return report(session.createEdge(createTool, source, target));
    }

    /**
     * Deletes the domain elements of the selected nodes and edges from the model.
     *
     * @return whether anything was deleted
     */
    public boolean deleteSelection() {
        List<Object> targets = new ArrayList<>(selectedNodes());
        targets.addAll(selectedEdges());
        return !targets.isEmpty() && report(session.delete(targets)).done();
    }

    /**
     * Renames the element of a node.
     *
     * @param node  a node
     * @param value the new text
     * @return whether it was renamed
     */
    public boolean directEdit(DiagramNode node, String value) {
        return report(session.directEdit(node, value)).done();
    }

    /** @return the box in which a node's name is being typed, or {@code null} when none is open */
    public org.eclipse.swt.widgets.Text nameBeingEdited() {
        return labelEditor.text();
    }

    /** Opens an in-place editor on the label of the single selected node. */
    public void beginDirectEdit() {
        DiagramNode node = selection.singleNode();
        if (node != null && node.bounds() != null) {
            labelEditor.open(node, viewport.toScreen(node.bounds()));
        }
    }

    // ----- moving and layout ------------------------------------------------------------------

    /**
     * Moves nodes (with what they hold) by an offset, as one undoable command.
     *
     * @param nodes the nodes
     * @param dx    horizontal offset
     * @param dy    vertical offset
     * @return whether they moved
     */
    public boolean move(List<DiagramNode> nodes, double dx, double dy) {
        return session.move(nodes, dx, dy);
    }

    /**
     * Lays the diagram out with ELK, as one undoable command.
     *
     * @param selectionOnly whether to place only the selected nodes afresh (the others stay)
     */
    public void layout(boolean selectionOnly) {
        session.layout(selectionOnly ? selectedNodes() : List.of());
    }

    // ----- mouse and keyboard ------------------------------------------------------------------

    private void mouseDown(Event e) {
        labelEditor.finish();
        canvas.setFocus();
        if (e.button == 1 && legend.mouseDown(e.x, e.y)) {
            redraw();
            return;
        }
        if (e.button == 1) {
            interaction.mouseDown(viewport.toDiagram(e.x, e.y), e.x, e.y, e.stateMask);
        }
    }

    private void arrow(double dx, double dy, double spotDx, double spotDy) {
        if (!interaction.arrow(spotDx, spotDy)) {
            move(selectedNodes(), dx, dy);
        }
    }

    private void doubleClick(Event e) {
        DiagramNode node = hits.nodeAt(viewport.toDiagram(e.x, e.y));
        if (node != null && tool == null) {
            select(Set.of(node.key()));
            beginDirectEdit();
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            viewport.zoomAround(viewport.zoom() * (e.count > 0 ? 1.1 : 1 / 1.1), e.x, e.y);
        }
    }

    private void key(Event e) {
        double step = (e.stateMask & SWT.SHIFT) != 0 ? 1 : gridSize;
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        // With a creation tool, the arrows move the cross where Enter creates, in bigger steps.
        double spotStep = (e.stateMask & SWT.SHIFT) != 0 ? gridSize : 4 * gridSize;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> arrow(-step, 0, -spotStep, 0);
            case SWT.ARROW_RIGHT -> arrow(step, 0, spotStep, 0);
            case SWT.ARROW_UP -> arrow(0, -step, 0, -spotStep);
            case SWT.ARROW_DOWN -> arrow(0, step, 0, spotStep);
            case SWT.CR, SWT.KEYPAD_CR -> interaction.enter(selection.singleNode(), e.stateMask);
            case SWT.TAB -> cycle((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
            case SWT.DEL -> deleteSelection();
            case SWT.F2 -> beginDirectEdit();
            case SWT.ESC -> {
                // First what is under way (a connection, a drag), then the tool, then the selection.
                if (!interaction.cancel()) {
                    setTool(null);
                    select(Set.of());
                }
                redraw();
            }
            default -> {
                if (ctrl && (e.character == '+' || e.character == '=')) {
                    setZoom(zoom() * 1.25);
                } else if (ctrl && e.character == '-') {
                    setZoom(zoom() / 1.25);
                } else if (ctrl && e.character == '0') {
                    zoomToFit();
                } else if (ctrl && e.keyCode == 'a') {
                    Set<String> all = new LinkedHashSet<>();
                    session.diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.NODE).forEach(n -> all.add(n.key()));
                    select(all);
                }
            }
        }
    }
}
