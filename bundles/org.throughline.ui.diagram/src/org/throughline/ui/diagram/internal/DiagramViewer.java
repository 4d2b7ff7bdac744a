// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.diagram.api.NodeKind;
import org.throughline.diagram.api.Point;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.Element;
import org.throughline.model.ThroughlinePackage;
import org.throughline.viewpoint.AbstractNodeMapping;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.DeleteTool;
import org.throughline.viewpoint.DirectEditTool;
import org.throughline.viewpoint.EdgeMapping;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.Mapping;
import org.throughline.viewpoint.Tool;
import org.throughline.viewpoint.api.CreationPlaces;

/**
 * The diagram on an SWT canvas: painted double-buffered, only what is visible; zoom (Ctrl+wheel,
 * {@link #setZoom(double)}, {@link #zoomToFit()}), scroll bars, a grid with snapping; selection by
 * click, Shift/Ctrl-click and marquee; moving and resizing nodes; creating nodes and edges with the
 * viewpoint's tools; direct edit of labels; deletion; keyboard navigation (arrows move, Tab cycles,
 * Delete, F2, Escape). Every change is a command on the model's command stack. As a selection
 * provider it gives the domain elements of the selected nodes and edges.
 */
public final class DiagramViewer implements ISelectionProvider, DiagramSession.Listener {

    /** Room around the diagram, in diagram units. */
    static final double MARGIN = 20;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 4;
    private static final int HANDLE = 7;

    private enum Drag {
        NONE, MARQUEE, MOVE, RESIZE, EDGE
    }

    private final DiagramSession session;
    private final Canvas canvas;
    private final CanvasPainter painter;
    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
    private final ListenerList<Runnable> viewListeners = new ListenerList<>();
    private final Set<String> selection = new LinkedHashSet<>();

    private double zoom = 1;
    private boolean grid = true;
    private int gridSize = 10;
    private Tool tool;
    private Text editor;

    private Drag drag = Drag.NONE;
    private Point dragStart;
    private Point dragNow;
    private int resizeCorner;
    private DiagramNode edgeSource;
    private Map<DiagramNode, Bounds> preview = Map.of();
    private long lastPaintNanos;
    private int paints;
    private String lastProblem;

    /**
     * @param parent  where the canvas goes
     * @param session the diagram
     */
    public DiagramViewer(Composite parent, DiagramSession session) {
        this.session = session;
        this.canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.painter = new CanvasPainter(canvas.getDisplay());
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
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
        updateScrollBars();
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
    CanvasPainter painter() {
        return painter;
    }

    @Override
    public void diagramChanged() {
        if (canvas.isDisposed()) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (DiagramNode node : diagram().allNodes()) {
            keys.add(node.key());
        }
        for (DiagramEdge edge : diagram().edges()) {
            keys.add(edge.key());
        }
        if (selection.retainAll(keys)) {
            fireSelection();
        }
        updateScrollBars();
        redraw();
        fireView();
    }

    private Diagram diagram() {
        return session.diagram();
    }

    // ----- view: zoom, scroll, grid ------------------------------------------------------------

    /** @return the zoom factor, 1 for 100 % */
    public double zoom() {
        return zoom;
    }

    /** @param factor the new zoom factor, kept between 5 % and 400 % */
    public void setZoom(double factor) {
        Rectangle area = canvas.getClientArea();
        zoomAround(factor, area.width / 2, area.height / 2);
    }

    private void zoomAround(double factor, int screenX, int screenY) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
        Point anchor = toDiagram(screenX, screenY);
        zoom = next;
        updateScrollBars();
        scrollTo((int) Math.round((anchor.x() + MARGIN) * zoom) - screenX, (int) Math.round((anchor.y() + MARGIN) * zoom) - screenY);
        redraw();
        fireView();
    }

    /** Zooms so that the whole diagram fits the window (never beyond 100 %). */
    public void zoomToFit() {
        Rectangle area = canvas.getClientArea();
        Bounds extent = DiagramLayout.extent(diagram());
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        double fit = Math.min(area.width / (extent.width() + 2 * MARGIN), area.height / (extent.height() + 2 * MARGIN));
        zoom = Math.max(MIN_ZOOM, Math.min(1, fit));
        updateScrollBars();
        scrollTo(0, 0);
        redraw();
        fireView();
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

    /** @param listener told when zoom, scrolling or the diagram change (for the overview) */
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
        Rectangle area = canvas.getClientArea();
        Point topLeft = toDiagram(0, 0);
        return new Bounds(topLeft.x(), topLeft.y(), area.width / zoom, area.height / zoom);
    }

    /**
     * Scrolls so that a diagram point is at the top left of the window.
     *
     * @param x diagram x
     * @param y diagram y
     */
    public void reveal(double x, double y) {
        scrollTo((int) Math.round((x + MARGIN) * zoom), (int) Math.round((y + MARGIN) * zoom));
        redraw();
        fireView();
    }

    private void scrollTo(int x, int y) {
        canvas.getHorizontalBar().setSelection(Math.max(0, x));
        canvas.getVerticalBar().setSelection(Math.max(0, y));
    }

    private void updateScrollBars() {
        if (canvas.isDisposed()) {
            return;
        }
        Bounds extent = DiagramLayout.extent(diagram());
        Rectangle area = canvas.getClientArea();
        update(canvas.getHorizontalBar(), (int) Math.ceil((extent.width() + 2 * MARGIN) * zoom), area.width);
        update(canvas.getVerticalBar(), (int) Math.ceil((extent.height() + 2 * MARGIN) * zoom), area.height);
    }

    private static void update(ScrollBar bar, int content, int visible) {
        int selection = bar.getSelection();
        bar.setMaximum(Math.max(content, visible));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible - 20));
        bar.setIncrement(20);
        bar.setSelection(Math.min(selection, Math.max(0, content - visible)));
    }

    private double offsetX() {
        return MARGIN * zoom - canvas.getHorizontalBar().getSelection();
    }

    private double offsetY() {
        return MARGIN * zoom - canvas.getVerticalBar().getSelection();
    }

    /**
     * @param x screen x on the canvas
     * @param y screen y on the canvas
     * @return the diagram point there
     */
    public Point toDiagram(int x, int y) {
        return new Point((x - offsetX()) / zoom, (y - offsetY()) / zoom);
    }

    /**
     * @param p a diagram point
     * @return where it is on the canvas
     */
    public org.eclipse.swt.graphics.Point toScreen(Point p) {
        return new org.eclipse.swt.graphics.Point((int) Math.round(p.x() * zoom + offsetX()), (int) Math.round(p.y() * zoom + offsetY()));
    }

    private void redraw() {
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
            paintGrid(gc, clip);
        }
        Map<DiagramNode, Bounds> moving = preview;
        CanvasPainter.Geometry geometry = moving.isEmpty() ? CanvasPainter.Geometry.LAID_OUT : new DragGeometry(moving);
        painter.paint(gc, diagram(), geometry, zoom, offsetX(), offsetY(), clip);
        paintSelection(gc, geometry);
        paintFeedback(gc);
        lastPaintNanos = System.nanoTime() - start;
        paints++;
    }

    /** @return how many times the canvas was painted */
    public int paintCount() {
        return paints;
    }

    /** @return how long the last paint took, in nanoseconds */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    private void paintGrid(GC gc, Rectangle clip) {
        double step = gridSize * zoom;
        while (step < 8) {
            step *= 2;
        }
        gc.setForeground(painter.colour("#e8ecef")); //$NON-NLS-1$
        gc.setLineAttributes(new LineAttributes(1));
        double ox = offsetX();
        double oy = offsetY();
        double first = ox + Math.ceil((clip.x - ox) / step) * step;
        for (double x = first; x < clip.x + clip.width; x += step) {
            gc.drawLine((int) x, clip.y, (int) x, clip.y + clip.height);
        }
        first = oy + Math.ceil((clip.y - oy) / step) * step;
        for (double y = first; y < clip.y + clip.height; y += step) {
            gc.drawLine(clip.x, (int) y, clip.x + clip.width, (int) y);
        }
    }

    private void paintSelection(GC gc, CanvasPainter.Geometry geometry) {
        if (selection.isEmpty()) {
            return;
        }
        gc.setForeground(painter.colour("#1a73e8")); //$NON-NLS-1$
        gc.setBackground(painter.colour("#1a73e8")); //$NON-NLS-1$
        LineAttributes line = new LineAttributes(2);
        for (DiagramNode node : diagram().allNodes()) {
            Bounds b = geometry.bounds(node);
            if (b != null && selection.contains(node.key())) {
                gc.setLineAttributes(line);
                Rectangle r = screen(b);
                gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
                if (node.kind() != NodeKind.LANE) {
                    for (int[] corner : corners(r)) {
                        gc.fillRectangle(corner[0] - HANDLE / 2, corner[1] - HANDLE / 2, HANDLE, HANDLE);
                    }
                }
            }
        }
        for (DiagramEdge edge : diagram().edges()) {
            if (selection.contains(edge.key())) {
                gc.setLineAttributes(new LineAttributes((float) Math.max(3, edge.style().borderWidth() * zoom + 3)));
                gc.setAlpha(110);
                List<Point> route = geometry.route(edge);
                int[] points = new int[route.size() * 2];
                for (int i = 0; i < route.size(); i++) {
                    org.eclipse.swt.graphics.Point p = toScreen(route.get(i));
                    points[2 * i] = p.x;
                    points[2 * i + 1] = p.y;
                }
                gc.drawPolyline(points);
                gc.setAlpha(255);
            }
        }
    }

    private static int[][] corners(Rectangle r) {
        return new int[][] { { r.x - 3, r.y - 3 }, { r.x + r.width + 3, r.y - 3 }, { r.x - 3, r.y + r.height + 3 },
            { r.x + r.width + 3, r.y + r.height + 3 } };
    }

    private void paintFeedback(GC gc) {
        if (drag == Drag.MARQUEE && dragStart != null && dragNow != null) {
            Rectangle r = screen(rectangle(dragStart, dragNow));
            gc.setBackground(painter.colour("#1a73e8")); //$NON-NLS-1$
            gc.setAlpha(40);
            gc.fillRectangle(r);
            gc.setAlpha(255);
            gc.setForeground(painter.colour("#1a73e8")); //$NON-NLS-1$
            gc.setLineAttributes(new LineAttributes(1));
            gc.drawRectangle(r);
        }
        if (drag == Drag.EDGE && edgeSource != null && dragNow != null) {
            org.eclipse.swt.graphics.Point from = toScreen(edgeSource.bounds().center());
            org.eclipse.swt.graphics.Point to = toScreen(dragNow);
            LineAttributes dashed = new LineAttributes(2);
            dashed.style = SWT.LINE_DASH;
            gc.setLineAttributes(dashed);
            gc.setForeground(painter.colour("#1a73e8")); //$NON-NLS-1$
            gc.drawLine(from.x, from.y, to.x, to.y);
            DiagramNode target = nodeAt(dragNow);
            boolean ok = target != null && accepts(((EdgeMapping) tool.getMapping()).getTargetMappings(), target);
            // Containers and lanes the tool does not join are not framed: they would frame half the diagram in red.
            if (target != null && (ok || target.kind() == NodeKind.NODE)) {
                gc.setForeground(painter.colour(ok ? "#1e8449" : "#c0392b")); //$NON-NLS-1$ //$NON-NLS-2$
                gc.setLineAttributes(new LineAttributes(2));
                Rectangle r = screen(target.bounds());
                gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
            }
        }
    }

    private Rectangle screen(Bounds b) {
        org.eclipse.swt.graphics.Point p = toScreen(new Point(b.x(), b.y()));
        return new Rectangle(p.x, p.y, (int) Math.round(b.width() * zoom), (int) Math.round(b.height() * zoom));
    }

    private static Bounds rectangle(Point a, Point b) {
        return new Bounds(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    /** Nodes being dragged where they are dragged to, and the edges that follow them. */
    private static final class DragGeometry implements CanvasPainter.Geometry {
        private final Map<DiagramNode, Bounds> moving;
        private final Map<DiagramEdge, List<Point>> routes = new HashMap<>();

        DragGeometry(Map<DiagramNode, Bounds> moving) {
            this.moving = moving;
        }

        @Override
        public Bounds bounds(DiagramNode node) {
            Bounds b = moving.get(node);
            return b != null ? b : node.bounds();
        }

        @Override
        public List<Point> route(DiagramEdge edge) {
            if (!moving.containsKey(edge.source()) && !moving.containsKey(edge.target())) {
                return edge.route();
            }
            return routes.computeIfAbsent(edge, e -> Routes.follow(e.route(), e.source().bounds(), bounds(e.source()),
                    e.target().bounds(), bounds(e.target())));
        }

        @Override
        public Point labelPosition(DiagramEdge edge) {
            return moving.containsKey(edge.source()) || moving.containsKey(edge.target()) ? null : edge.labelPosition();
        }
    }

    // ----- hit testing -------------------------------------------------------------------------

    /**
     * @param p a diagram point
     * @return the topmost plain node there, else the innermost container or lane, else {@code null}
     */
    DiagramNode nodeAt(Point p) {
        List<DiagramNode> all = diagram().allNodes();
        for (int i = all.size() - 1; i >= 0; i--) {
            DiagramNode node = all.get(i);
            if (node.kind() == NodeKind.NODE && contains(node.bounds(), p, 0)) {
                return node;
            }
        }
        return containerAt(p);
    }

    private DiagramNode containerAt(Point p) {
        List<DiagramNode> all = diagram().allNodes();
        for (int i = all.size() - 1; i >= 0; i--) {
            DiagramNode node = all.get(i);
            if (node.kind() != NodeKind.NODE && contains(node.bounds(), p, 0)) {
                return node;
            }
        }
        return null;
    }

    private DiagramEdge edgeAt(Point p) {
        double tolerance = 4 / zoom;
        for (DiagramEdge edge : diagram().edges()) {
            List<Point> route = edge.route();
            for (int i = 0; i + 1 < route.size(); i++) {
                if (distance(p, route.get(i), route.get(i + 1)) <= tolerance) {
                    return edge;
                }
            }
        }
        return null;
    }

    private static double distance(Point p, Point a, Point b) {
        double vx = b.x() - a.x();
        double vy = b.y() - a.y();
        double length = vx * vx + vy * vy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * vx + (p.y() - a.y()) * vy) / length));
        return Math.hypot(p.x() - (a.x() + t * vx), p.y() - (a.y() + t * vy));
    }

    private static boolean contains(Bounds b, Point p, double slack) {
        return b != null && p.x() >= b.x() - slack && p.x() <= b.right() + slack && p.y() >= b.y() - slack && p.y() <= b.bottom() + slack;
    }

    /** Which corner handle of the single selected node is under a screen point: 0-3, or -1. */
    private int handleAt(int x, int y) {
        DiagramNode node = singleSelectedNode();
        if (node == null || node.kind() == NodeKind.LANE) {
            return -1;
        }
        int[][] corners = corners(screen(node.bounds()));
        for (int i = 0; i < corners.length; i++) {
            if (Math.abs(corners[i][0] - x) <= HANDLE && Math.abs(corners[i][1] - y) <= HANDLE) {
                return i;
            }
        }
        return -1;
    }

    private DiagramNode singleSelectedNode() {
        List<DiagramNode> nodes = selectedNodes();
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    // ----- selection ---------------------------------------------------------------------------

    /** @return the selected nodes, in diagram order */
    public List<DiagramNode> selectedNodes() {
        List<DiagramNode> result = new ArrayList<>();
        for (DiagramNode node : diagram().allNodes()) {
            if (selection.contains(node.key())) {
                result.add(node);
            }
        }
        return result;
    }

    /** @return the selected edges, in diagram order */
    public List<DiagramEdge> selectedEdges() {
        List<DiagramEdge> result = new ArrayList<>();
        for (DiagramEdge edge : diagram().edges()) {
            if (selection.contains(edge.key())) {
                result.add(edge);
            }
        }
        return result;
    }

    /**
     * Selects diagram elements.
     *
     * @param keys the keys of nodes and edges
     */
    public void select(Set<String> keys) {
        selection.clear();
        selection.addAll(keys);
        redraw();
        fireSelection();
    }

    @Override
    public ISelection getSelection() {
        List<EObject> elements = new ArrayList<>();
        for (DiagramNode node : selectedNodes()) {
            elements.add(node.element());
        }
        for (DiagramEdge edge : selectedEdges()) {
            if (edge.element() != null) {
                elements.add(edge.element());
            }
        }
        return elements.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(elements);
    }

    /** Selects the nodes and edges of the given domain elements and scrolls the first into view. */
    @Override
    public void setSelection(ISelection selection) {
        Set<String> keys = new LinkedHashSet<>();
        Bounds first = null;
        if (selection instanceof IStructuredSelection structured) {
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
        if (first != null && !visibleArea().overlaps(first, -Math.min(first.width(), first.height()) / 2)) {
            Bounds view = visibleArea();
            reveal(first.center().x() - view.width() / 2, first.center().y() - view.height() / 2);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    private void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : selectionListeners) {
            listener.selectionChanged(event);
        }
    }

    // ----- tools -------------------------------------------------------------------------------

    /** @return the tools of the layers shown, in palette order */
    public List<Tool> tools() {
        List<Tool> tools = new ArrayList<>();
        for (Layer layer : activeLayers()) {
            tools.addAll(layer.getTools());
        }
        return tools;
    }

    private List<Layer> activeLayers() {
        List<Layer> layers = new ArrayList<>();
        Diagram d = diagram();
        if (d.description().getDefaultLayer() != null) {
            layers.add(d.description().getDefaultLayer());
        }
        for (Layer layer : d.description().getAdditionalLayers()) {
            if (d.layers().contains(layer.getId())) {
                layers.add(layer);
            }
        }
        return layers;
    }

    /** @param active the creation tool to use on the next click or drag, or {@code null} to select */
    public void setTool(Tool active) {
        this.tool = active instanceof CreateNodeTool || active instanceof CreateEdgeTool ? active : null;
        canvas.setCursor(tool == null ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        fireView();
    }

    /** @return the creation tool in use, or {@code null} */
    public Tool tool() {
        return tool;
    }

    /** @return why the last change could not be made, or {@code null} */
    public String lastProblem() {
        return lastProblem;
    }

    private boolean run(Command command) {
        lastProblem = null;
        if (command instanceof ToolCommand || command instanceof CompoundCommand) {
            try {
                session.execute(command);
            } catch (IllegalStateException e) {
                lastProblem = e.getMessage();
            }
            String problem = command instanceof ToolCommand t ? t.problem() : null;
            if (problem != null || session.domain().getCommandStack().getMostRecentCommand() != command) {
                lastProblem = problem != null ? problem : lastProblem != null ? lastProblem : Messages.viewer_notDone;
                canvas.getDisplay().beep();
                fireView();
                return false;
            }
            return true;
        }
        return session.execute(command);
    }

    /**
     * Creates a node with a creation tool, where the user clicked: inside the innermost container
     * there that holds nodes like the tool's, else on the diagram itself. A click outside every
     * such container is refused when the diagram shows no such nodes at its top level.
     *
     * @param createTool a node creation tool
     * @param at         the diagram point clicked
     * @return the command run, or {@code null} when it was refused or failed
     */
    public ToolCommand createNode(CreateNodeTool createTool, Point at) {
        EObject containerElement = containerFor(createTool.getMapping(), at);
        if (containerElement == null) {
            List<String> places = new ArrayList<>();
            for (Mapping place : CreationPlaces.containers(createTool.getMapping())) {
                String label = place.getLabel() != null ? place.getLabel() : place.getId();
                if (!places.contains(label)) {
                    places.add(label);
                }
            }
            String name = createTool.getLabel() != null ? createTool.getLabel() : createTool.getId();
            lastProblem = NLS.bind(Messages.viewer_insideOnly, name, String.join(", ", places)); //$NON-NLS-1$
            canvas.getDisplay().beep();
            fireView();
            return null;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("container", containerElement); //$NON-NLS-1$
        ToolCommand command = new ToolCommand(session.domain(), createTool, containerElement, diagram().root(), variables);
        command.whenCreated(element -> session.placeWhenShown(element, at));
        if (!run(command)) {
            return null;
        }
        selectCreated(command);
        return command;
    }

    /**
     * @return the element of the innermost container at the point whose nodes hold nodes like the
     *         mapping's, else the diagram's root when the diagram shows such nodes at its top level
     *         (or the tool names no mapping), else {@code null}
     */
    private EObject containerFor(Mapping mapping, Point at) {
        if (mapping == null) {
            return diagram().root();
        }
        for (DiagramNode node = containerAt(at); node != null; node = node.parent()) {
            if (CreationPlaces.holds(nodeMapping(node.mappingId()), mapping)) {
                return node.element();
            }
        }
        return CreationPlaces.onDiagram(mapping) ? diagram().root() : null;
    }

    private AbstractNodeMapping nodeMapping(String id) {
        for (var it = diagram().description().eAllContents(); it.hasNext();) {
            if (it.next() instanceof AbstractNodeMapping mapping && id.equals(mapping.getId())) {
                return mapping;
            }
        }
        return null;
    }

    /**
     * Creates an edge with a creation tool, between two nodes.
     *
     * @param createTool an edge creation tool
     * @param source     the node it starts at
     * @param target     the node it ends at
     * @return the command run, or {@code null} when the tool does not join these nodes or failed
     */
    public ToolCommand createEdge(CreateEdgeTool createTool, DiagramNode source, DiagramNode target) {
        EdgeMapping mapping = createTool.getMapping() instanceof EdgeMapping m ? m : null;
        if (mapping == null || !accepts(mapping.getSourceMappings(), source) || !accepts(mapping.getTargetMappings(), target)) {
            lastProblem = Messages.viewer_cannotConnect;
            return null;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("source", source.element()); //$NON-NLS-1$
        variables.put("target", target.element()); //$NON-NLS-1$
        ToolCommand command = new ToolCommand(session.domain(), createTool, source.element(), diagram().root(), variables);
        if (!run(command)) {
            return null;
        }
        selectCreated(command);
        return command;
    }

    /** Selects what a tool created, so that the Properties view shows it at once. */
    private void selectCreated(ToolCommand command) {
        if (!command.created().isEmpty()) {
            setSelection(new StructuredSelection(command.created()));
        }
    }

    private static boolean accepts(List<? extends Mapping> mappings, DiagramNode node) {
        for (Mapping mapping : mappings) {
            if (mapping.getId().equals(node.mappingId())) {
                return true;
            }
        }
        return false;
    }

    private <T extends Tool> T toolFor(Class<T> type, String mappingId) {
        for (Tool candidate : tools()) {
            if (type.isInstance(candidate) && candidate.getMapping() != null && mappingId.equals(candidate.getMapping().getId())) {
                return type.cast(candidate);
            }
        }
        return null;
    }

    /**
     * Deletes the domain elements of the selected nodes and edges from the model, with the
     * viewpoint's delete tool for their mapping, or else EMF's delete (which also removes the
     * references to them).
     *
     * @return whether anything was deleted
     */
    public boolean deleteSelection() {
        CompoundCommand all = new CompoundCommand(Messages.viewer_delete);
        Set<EObject> seen = new LinkedHashSet<>();
        List<Object> targets = new ArrayList<>(selectedNodes());
        targets.addAll(selectedEdges());
        for (Object target : targets) {
            EObject element = target instanceof DiagramNode n ? n.element() : ((DiagramEdge) target).element();
            String mappingId = target instanceof DiagramNode n ? n.mappingId() : ((DiagramEdge) target).mappingId();
            if (element == null || element == diagram().root() || !seen.add(element)) {
                continue;
            }
            DeleteTool deleteTool = toolFor(DeleteTool.class, mappingId);
            if (deleteTool != null) {
                all.append(new ToolCommand(session.domain(), deleteTool, element, diagram().root(), Map.of("element", element))); //$NON-NLS-1$
            } else {
                all.append(DeleteCommand.create(session.domain(), element));
            }
        }
        if (all.isEmpty()) {
            return false;
        }
        return run(all);
    }

    /**
     * Renames the element of a node: with the viewpoint's direct-edit tool for its mapping, or else
     * by setting the element's name.
     *
     * @param node  a node
     * @param value the new text
     * @return whether it was renamed
     */
    public boolean directEdit(DiagramNode node, String value) {
        DirectEditTool editTool = toolFor(DirectEditTool.class, node.mappingId());
        if (editTool != null) {
            Map<String, Object> variables = Map.of("element", node.element(), "value", value); //$NON-NLS-1$ //$NON-NLS-2$
            return run(new ToolCommand(session.domain(), editTool, node.element(), diagram().root(), variables));
        }
        if (node.element() instanceof Element) {
            return run(SetCommand.create(session.domain(), node.element(), ThroughlinePackage.Literals.ELEMENT__NAME, value));
        }
        return false;
    }

    /** Opens an in-place editor on the label of the single selected node. */
    public void beginDirectEdit() {
        DiagramNode node = singleSelectedNode();
        if (node == null || editor != null) {
            return;
        }
        String current = node.element() instanceof Element e && e.getName() != null ? e.getName() : node.label();
        Rectangle r = screen(node.bounds());
        editor = new Text(canvas, SWT.BORDER | SWT.SINGLE | SWT.CENTER);
        editor.setText(current);
        editor.setBounds(r.x, r.y + Math.max(0, r.height / 2 - 14), Math.max(r.width, 120), 28);
        editor.selectAll();
        editor.setFocus();
        String key = node.key();
        editor.addListener(SWT.DefaultSelection, e -> finishDirectEdit(key, true));
        editor.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                finishDirectEdit(key, false);
            }
        });
        editor.addListener(SWT.FocusOut, e -> finishDirectEdit(key, true));
    }

    private void finishDirectEdit(String key, boolean commit) {
        Text text = editor;
        if (text == null || text.isDisposed()) {
            return;
        }
        editor = null;
        String value = text.getText();
        text.dispose();
        DiagramNode node = diagram().node(key);
        if (commit && node != null && !value.equals(node.label())) {
            directEdit(node, value);
        }
        canvas.setFocus();
    }

    // ----- moving and layout ------------------------------------------------------------------

    /**
     * Moves nodes (with what they hold) by an offset, as one undoable command; the nodes become
     * pinned, so that later layouts keep them where the user put them.
     *
     * @param nodes the nodes
     * @param dx    horizontal offset
     * @param dy    vertical offset
     * @return whether they moved
     */
    public boolean move(List<DiagramNode> nodes, double dx, double dy) {
        Map<DiagramNode, Bounds> moved = new LinkedHashMap<>();
        for (DiagramNode node : movable(nodes)) {
            moved.put(node, node.bounds().translate(dx, dy));
            for (DiagramNode inside : descendants(node)) {
                moved.put(inside, inside.bounds().translate(dx, dy));
            }
        }
        return setBounds(Messages.viewer_move, moved, nodes);
    }

    /**
     * Gives nodes new bounds as one undoable command; edges joined to them follow.
     *
     * @param label  the command's label
     * @param bounds the new bounds
     * @param pin    the nodes to pin
     * @return whether anything changed
     */
    boolean setBounds(String label, Map<DiagramNode, Bounds> bounds, List<DiagramNode> pin) {
        if (bounds.isEmpty()) {
            return false;
        }
        DiagramSession.LayoutSnapshot before = session.snapshot();
        Map<String, Bounds> nodes = new LinkedHashMap<>(before.nodes());
        Set<String> pinned = new LinkedHashSet<>(before.pinned());
        Map<String, List<Point>> edges = new LinkedHashMap<>(before.edges());
        Map<String, Point> labels = new HashMap<>(before.labels());
        bounds.forEach((node, b) -> nodes.put(node.key(), b));
        for (DiagramNode node : pin) {
            pinned.add(node.key());
        }
        for (DiagramEdge edge : diagram().edges()) {
            if (bounds.containsKey(edge.source()) || bounds.containsKey(edge.target())) {
                Bounds s = bounds.getOrDefault(edge.source(), edge.source().bounds());
                Bounds t = bounds.getOrDefault(edge.target(), edge.target().bounds());
                edges.put(edge.key(), Routes.follow(edge.route(), edge.source().bounds(), s, edge.target().bounds(), t));
                labels.put(edge.key(), null);
            }
        }
        return session.execute(new LayoutCommand(label, session, before, new DiagramSession.LayoutSnapshot(nodes, pinned, edges, labels)));
    }

    private List<DiagramNode> movable(List<DiagramNode> nodes) {
        List<DiagramNode> result = new ArrayList<>();
        for (DiagramNode node : nodes) {
            if (node.kind() == NodeKind.LANE || node.bounds() == null) {
                continue;
            }
            boolean ancestorMoves = false;
            for (DiagramNode p = node.parent(); p != null; p = p.parent()) {
                ancestorMoves |= nodes.contains(p) && p.kind() != NodeKind.LANE;
            }
            if (!ancestorMoves) {
                result.add(node);
            }
        }
        return result;
    }

    private static List<DiagramNode> descendants(DiagramNode node) {
        List<DiagramNode> result = new ArrayList<>();
        for (DiagramNode child : node.children()) {
            if (child.bounds() != null) {
                result.add(child);
            }
            result.addAll(descendants(child));
        }
        return result;
    }

    /**
     * Lays the diagram out with ELK, as one undoable command.
     *
     * @param selectionOnly whether to place only the selected nodes afresh (the others stay)
     */
    public void layout(boolean selectionOnly) {
        DiagramSession.LayoutSnapshot before = session.snapshot();
        Diagram d = diagram();
        if (selectionOnly && !selectedNodes().isEmpty()) {
            Set<String> chosen = new LinkedHashSet<>();
            for (DiagramNode node : selectedNodes()) {
                chosen.add(node.key());
                descendants(node).forEach(n -> chosen.add(n.key()));
            }
            for (DiagramNode node : d.allNodes()) {
                if (chosen.contains(node.key()) && node.kind() == NodeKind.NODE) {
                    node.setBounds(null);
                    node.setPinned(false);
                }
            }
            for (DiagramEdge edge : d.edges()) {
                if (chosen.contains(edge.source().key()) || chosen.contains(edge.target().key())) {
                    edge.setRoute(List.of());
                }
            }
            DiagramLayout.layout(d, DiagramLayout.Scope.NEW_ELEMENTS);
        } else {
            DiagramLayout.layout(d, DiagramLayout.Scope.ALL);
            for (DiagramNode node : d.allNodes()) {
                node.setPinned(false);
            }
        }
        DiagramSession.LayoutSnapshot after = session.snapshot();
        session.restore(before);
        session.execute(new LayoutCommand(selectionOnly ? Messages.viewer_layoutSelection : Messages.viewer_layout, session, before,
                after));
    }

    // ----- mouse and keyboard ------------------------------------------------------------------

    private double snap(double value) {
        return grid ? Math.round(value / gridSize) * gridSize : value;
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.button != 1) {
            return;
        }
        Point p = toDiagram(e.x, e.y);
        dragStart = p;
        dragNow = p;
        if (tool instanceof CreateNodeTool createTool) {
            createNode(createTool, new Point(snap(p.x()), snap(p.y())));
            if ((e.stateMask & SWT.SHIFT) == 0) {
                setTool(null);
            }
            return;
        }
        if (tool instanceof CreateEdgeTool createTool) {
            DiagramNode source = nodeAt(p);
            EdgeMapping mapping = (EdgeMapping) createTool.getMapping();
            if (source != null && accepts(mapping.getSourceMappings(), source)) {
                edgeSource = source;
                drag = Drag.EDGE;
            } else {
                canvas.getDisplay().beep();
            }
            return;
        }
        int corner = handleAt(e.x, e.y);
        if (corner >= 0) {
            resizeCorner = corner;
            drag = Drag.RESIZE;
            return;
        }
        boolean extend = (e.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
        DiagramNode node = nodeAt(p);
        DiagramEdge edge = node == null || node.kind() != NodeKind.NODE ? edgeAt(p) : null;
        String key = edge != null ? edge.key() : node != null ? node.key() : null;
        if (key == null || node != null && node.kind() == NodeKind.LANE && edge == null && !extend) {
            if (!extend) {
                selection.clear();
            }
            if (key != null) {
                selection.add(key);
            }
            drag = key == null || node.kind() == NodeKind.LANE ? Drag.MARQUEE : Drag.NONE;
            redraw();
            fireSelection();
            return;
        }
        if (extend) {
            if (!selection.remove(key)) {
                selection.add(key);
            }
        } else if (!selection.contains(key)) {
            selection.clear();
            selection.add(key);
        }
        drag = edge == null ? Drag.MOVE : Drag.NONE;
        redraw();
        fireSelection();
    }

    private void mouseMove(Event e) {
        if (drag == Drag.NONE || dragStart == null) {
            return;
        }
        dragNow = toDiagram(e.x, e.y);
        if (drag == Drag.MOVE) {
            preview = moved(dragNow);
        } else if (drag == Drag.RESIZE) {
            preview = resized(dragNow);
        }
        redraw();
    }

    private Map<DiagramNode, Bounds> moved(Point now) {
        List<DiagramNode> nodes = movable(selectedNodes());
        if (nodes.isEmpty()) {
            return Map.of();
        }
        Bounds lead = nodes.get(0).bounds();
        double dx = snap(lead.x() + now.x() - dragStart.x()) - lead.x();
        double dy = snap(lead.y() + now.y() - dragStart.y()) - lead.y();
        Map<DiagramNode, Bounds> result = new HashMap<>();
        for (DiagramNode node : nodes) {
            result.put(node, node.bounds().translate(dx, dy));
            for (DiagramNode inside : descendants(node)) {
                result.put(inside, inside.bounds().translate(dx, dy));
            }
        }
        return result;
    }

    private Map<DiagramNode, Bounds> resized(Point now) {
        DiagramNode node = singleSelectedNode();
        if (node == null) {
            return Map.of();
        }
        Bounds b = node.bounds();
        double left = b.x();
        double top = b.y();
        double right = b.right();
        double bottom = b.bottom();
        double x = snap(now.x());
        double y = snap(now.y());
        switch (resizeCorner) {
            case 0 -> {
                left = Math.min(x, right - 20);
                top = Math.min(y, bottom - 20);
            }
            case 1 -> {
                right = Math.max(x, left + 20);
                top = Math.min(y, bottom - 20);
            }
            case 2 -> {
                left = Math.min(x, right - 20);
                bottom = Math.max(y, top + 20);
            }
            default -> {
                right = Math.max(x, left + 20);
                bottom = Math.max(y, top + 20);
            }
        }
        return Map.of(node, new Bounds(left, top, right - left, bottom - top));
    }

    private void mouseUp(Event e) {
        Drag finished = drag;
        drag = Drag.NONE;
        Map<DiagramNode, Bounds> changed = preview;
        preview = Map.of();
        Point end = toDiagram(e.x, e.y);
        switch (finished) {
            case MOVE, RESIZE -> {
                boolean movedAtAll = changed.entrySet().stream().anyMatch(entry -> !entry.getValue().equals(entry.getKey().bounds()));
                if (movedAtAll) {
                    setBounds(finished == Drag.MOVE ? Messages.viewer_move : Messages.viewer_resize, changed,
                            new ArrayList<>(changed.keySet()));
                }
            }
            case MARQUEE -> {
                Bounds area = rectangle(dragStart, end);
                if (area.width() > 2 / zoom || area.height() > 2 / zoom) {
                    for (DiagramNode node : diagram().allNodes()) {
                        if (node.bounds() != null && node.kind() != NodeKind.LANE && inside(node.bounds(), area)) {
                            selection.add(node.key());
                        }
                    }
                    for (DiagramEdge edge : diagram().edges()) {
                        if (!edge.route().isEmpty() && inside(CanvasPainter.extent(edge.route()), area)) {
                            selection.add(edge.key());
                        }
                    }
                    fireSelection();
                }
            }
            case EDGE -> {
                DiagramNode target = nodeAt(end);
                if (target != null && edgeSource != null) {
                    createEdge((CreateEdgeTool) tool, edgeSource, target);
                }
                edgeSource = null;
                if ((e.stateMask & SWT.SHIFT) == 0) {
                    setTool(null);
                }
            }
            default -> {
                // A plain click: selection already done on mouse down.
            }
        }
        dragStart = null;
        dragNow = null;
        redraw();
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.right() <= outer.right() && inner.bottom() <= outer.bottom();
    }

    private void doubleClick(Event e) {
        DiagramNode node = nodeAt(toDiagram(e.x, e.y));
        if (node != null && tool == null) {
            select(Set.of(node.key()));
            beginDirectEdit();
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            zoomAround(zoom * (e.count > 0 ? 1.1 : 1 / 1.1), e.x, e.y);
        }
    }

    private void key(Event e) {
        double step = (e.stateMask & SWT.SHIFT) != 0 ? 1 : gridSize;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> move(selectedNodes(), -step, 0);
            case SWT.ARROW_RIGHT -> move(selectedNodes(), step, 0);
            case SWT.ARROW_UP -> move(selectedNodes(), 0, -step);
            case SWT.ARROW_DOWN -> move(selectedNodes(), 0, step);
            case SWT.TAB -> cycle((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
            case SWT.DEL -> deleteSelection();
            case SWT.F2 -> beginDirectEdit();
            case SWT.ESC -> {
                setTool(null);
                select(Set.of());
            }
            default -> {
                if ((e.stateMask & SWT.MOD1) != 0 && (e.character == '+' || e.character == '=')) {
                    setZoom(zoom * 1.25);
                } else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '-') {
                    setZoom(zoom / 1.25);
                } else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '0') {
                    zoomToFit();
                } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a')) {
                    Set<String> all = new LinkedHashSet<>();
                    diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.NODE).forEach(n -> all.add(n.key()));
                    select(all);
                }
            }
        }
    }

    /**
     * Selects the next (or previous) plain node, in diagram order, and scrolls it into view.
     *
     * @param direction 1 for the next, -1 for the previous
     */
    public void cycle(int direction) {
        List<DiagramNode> nodes = diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.NODE && n.bounds() != null).toList();
        if (nodes.isEmpty()) {
            return;
        }
        DiagramNode current = singleSelectedNode();
        int index = current == null ? (direction > 0 ? -1 : 0) : nodes.indexOf(current);
        DiagramNode next = nodes.get(Math.floorMod(index + direction, nodes.size()));
        setSelection(new StructuredSelection(next.element()));
        select(Set.of(next.key()));
    }
}
