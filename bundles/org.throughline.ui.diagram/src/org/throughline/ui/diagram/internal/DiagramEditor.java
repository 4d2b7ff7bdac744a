// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramException;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.viewpoint.CreateEdgeTool;
import org.throughline.viewpoint.CreateNodeTool;
import org.throughline.viewpoint.Filter;
import org.throughline.viewpoint.Layer;
import org.throughline.viewpoint.Tool;
import org.throughline.ui.editor.api.ModelEditorPage;

/**
 * A diagram page of the model editor: a toolbar (zoom, fit, grid, layout of all or of the
 * selection, layers and filters, export as SVG or PNG, new diagram), a palette of the
 * viewpoint's creation tools, the diagram canvas and a status line. Undo, redo and save are the
 * model editor's; Delete and Rename act on the diagram's selection while the page is active.
 * <p>
 * A page read from the representations file is made when it is first shown: until then it is a
 * tab with the diagram's name and its saved state, and the diagram is neither interpreted nor
 * drawn (a model editor with six diagrams opens as fast as one with one). A diagram that cannot be
 * opened (its viewpoint is not installed, its root element is gone) shows why in its page and
 * keeps its saved state unchanged.
 */
public final class DiagramEditor extends EditorPart implements ModelEditorPage {

    private final ModelDiagrams diagrams;
    /** The saved state the page was made from, kept while the diagram is not open. */
    private final DiagramState saved;
    private DiagramSession session;
    /** Why the diagram cannot be opened, once that was tried and failed. */
    private String problem;
    private DiagramViewer viewer;
    /** The page's body: empty until the page is first shown. */
    private Composite body;
    /** Elements to select once the canvas is made (revealed while the page was not made yet). */
    private List<EObject> toReveal = List.of();
    /** Edge tools of one mapping from this many on share one palette entry with a menu of them. */
    private static final int KINDS_IN_A_MENU = 3;
    /** The tools of a palette entry (a list). */
    public static final String TOOLS = "tools"; //$NON-NLS-1$
    /** The menu of a palette entry that holds several kinds. */
    public static final String KINDS_MENU = "kinds"; //$NON-NLS-1$
    /** Data key of a palette entry: its tooltip while tooltips are hidden. */
    private static final String TOOLTIP = "tooltip"; //$NON-NLS-1$
    private ToolBar palette;
    private Label status;
    private final java.util.List<Image> images = new java.util.ArrayList<>();

    /**
     * @param diagrams the diagrams of the model this page belongs to
     * @param session  the diagram it shows
     */
    DiagramEditor(ModelDiagrams diagrams, DiagramSession session) {
        this.diagrams = diagrams;
        this.session = session;
        this.saved = null;
    }

    /**
     * A page that opens its diagram when it is first shown (or first asked for it).
     *
     * @param diagrams the diagrams of the model this page belongs to
     * @param saved    the diagram's saved state
     */
    DiagramEditor(ModelDiagrams diagrams, DiagramState saved) {
        this.diagrams = diagrams;
        this.saved = saved;
    }

    /**
     * @return the diagram shown, opened now if the page has not been shown yet; {@code null} when
     *         it cannot be opened (see {@link #problem()})
     */
    public DiagramSession session() {
        if (session == null && problem == null) {
            try {
                session = diagrams.openSession(saved);
            } catch (DiagramException e) {
                problem = e.getMessage();
                diagrams.report(problem, e);
            }
        }
        return session;
    }

    /** @return whether the diagram has been opened (interpreted) */
    public boolean isOpened() {
        return session != null;
    }

    /** @return why the diagram cannot be opened, or {@code null} while nothing went wrong */
    public String problem() {
        return problem;
    }

    /** @return the diagram's state: as it is now once opened, else as it was saved */
    DiagramState state() {
        return session != null ? session.diagram().state() : saved;
    }

    /** @return the diagram's name, without opening it */
    public String diagramName() {
        return session != null ? session.diagram().name() : saved.name();
    }

    /** @return the palette: Select, then the viewpoint's creation tools (for tests) */
    public ToolBar palette() {
        return palette;
    }

    /** @return the diagram viewer, once the page is created */
    public DiagramViewer viewer() {
        return viewer;
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(diagramName());
    }

    /**
     * Makes an empty body; its contents are made when the model editor first shows the page (the
     * tab folder shows the page's control before the editor activates the page).
     */
    @Override
    public void createPartControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        parent.addListener(SWT.Show, e -> build());
    }

    /** @return whether the page's contents (canvas, palette, toolbar) have been made */
    public boolean isBuilt() {
        return viewer != null || body != null && body.getChildren().length > 0;
    }

    /** Makes the page's contents, once: the diagram's toolbar, palette, canvas and status line, or why it cannot be opened. */
    private void build() {
        if (isBuilt() || body == null || body.isDisposed()) {
            return;
        }
        if (session() == null) {
            body.setLayout(new GridLayout());
            Label why = new Label(body, SWT.WRAP);
            why.setText(problem);
            why.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            body.getParent().layout(true, true);
            return;
        }
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        layout.verticalSpacing = 0;
        body.setLayout(layout);
        ToolBar toolbar = new ToolBar(body, SWT.FLAT | SWT.WRAP);
        toolbar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        palette = new ToolBar(body, SWT.FLAT | SWT.VERTICAL | SWT.RIGHT);
        palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        palette.addListener(SWT.MouseExit, e -> restoreTooltips());
        viewer = new DiagramViewer(body, session);
        viewer.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(body, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false, 2, 1));
        fillToolbar(toolbar);
        fillPalette();
        viewer.addViewListener(this::updateStatus);
        viewer.addViewListener(this::syncPalette);
        viewer.control().addListener(SWT.KeyDown, this::paletteKey);
        session.addListener(() -> {
            if (!palette.isDisposed() && !new java.util.HashSet<>(paletteTools()).equals(new java.util.HashSet<>(creationTools()))) {
                fillPalette();
            }
            changed();
        });
        getSite().setSelectionProvider(viewer);
        viewer.addSelectionChangedListener(e -> updateStatus());
        updateStatus();
        body.getParent().layout(true, true);
        if (!toReveal.isEmpty()) {
            viewer.setSelection(new StructuredSelection(toReveal));
            toReveal = List.of();
        }
    }

    private void fillToolbar(ToolBar toolbar) {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        push(toolbar, "+", Messages.editor_zoomIn, () -> viewer.setZoom(viewer.zoom() * 1.25)); //$NON-NLS-1$
        push(toolbar, "\u2212", Messages.editor_zoomOut, () -> viewer.setZoom(viewer.zoom() / 1.25)); //$NON-NLS-1$
        push(toolbar, "100%", Messages.editor_zoom100, () -> viewer.setZoom(1)); //$NON-NLS-1$
        push(toolbar, Messages.editor_fit, Messages.editor_zoomFit, viewer::zoomToFit);
        ToolItem grid = new ToolItem(toolbar, SWT.CHECK);
        grid.setText("#"); //$NON-NLS-1$
        grid.setToolTipText(Messages.editor_grid);
        grid.setSelection(viewer.isGridShown());
        grid.addListener(SWT.Selection, e -> viewer.setGridShown(grid.getSelection()));
        new ToolItem(toolbar, SWT.SEPARATOR);
        push(toolbar, Messages.editor_layoutAll, Messages.editor_layoutAll, () -> viewer.layout(false));
        push(toolbar, Messages.editor_layoutSelection, Messages.editor_layoutSelection, () -> viewer.layout(true));
        new ToolItem(toolbar, SWT.SEPARATOR);
        dropDown(toolbar, Messages.editor_layers, true);
        dropDown(toolbar, Messages.editor_filters, false);
        new ToolItem(toolbar, SWT.SEPARATOR);
        push(toolbar, "SVG", Messages.editor_exportSvg, () -> export(true)); //$NON-NLS-1$
        push(toolbar, "PNG", Messages.editor_exportPng, () -> export(false)); //$NON-NLS-1$
        new ToolItem(toolbar, SWT.SEPARATOR);
        ToolItem delete = push(toolbar, null, Messages.editor_delete, viewer::deleteSelection);
        delete.setImage(shared.getImage(ISharedImages.IMG_TOOL_DELETE));
        delete.setDisabledImage(shared.getImage(ISharedImages.IMG_TOOL_DELETE_DISABLED));
        // Enabled only while something is selected that it would delete.
        // (The workbench selection is never empty: with nothing selected it is the diagram's root.)
        delete.setEnabled(!viewer.selection().isEmpty());
        viewer.addSelectionChangedListener(e -> {
            if (!delete.isDisposed()) {
                delete.setEnabled(!viewer.selection().isEmpty());
            }
        });
        push(toolbar, Messages.page_newDiagram, Messages.page_newDiagramTitle, diagrams::newDiagram);
    }

    private static ToolItem push(ToolBar toolbar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(toolbar, SWT.PUSH);
        if (text != null) {
            item.setText(text);
        }
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    private void dropDown(ToolBar toolbar, String text, boolean layers) {
        ToolItem item = new ToolItem(toolbar, SWT.DROP_DOWN);
        item.setText(text);
        item.setToolTipText(text);
        item.addListener(SWT.Selection, e -> {
            Menu menu = new Menu(toolbar.getShell(), SWT.POP_UP);
            Diagram d = session.diagram();
            if (layers) {
                for (Layer layer : d.description().getAdditionalLayers()) {
                    check(menu, layer.getLabel() != null ? layer.getLabel() : layer.getId(), d.layers().contains(layer.getId()),
                            () -> toggle(layer.getId(), true));
                }
            } else {
                for (Filter filter : d.description().getFilters()) {
                    check(menu, filter.getLabel() != null ? filter.getLabel() : filter.getId(), d.filters().contains(filter.getId()),
                            () -> toggle(filter.getId(), false));
                }
            }
            if (menu.getItemCount() == 0) {
                MenuItem none = new MenuItem(menu, SWT.PUSH);
                none.setText(layers ? Messages.editor_noLayers : Messages.editor_noFilters);
                none.setEnabled(false);
            }
            org.eclipse.swt.graphics.Rectangle r = item.getBounds();
            menu.setLocation(toolbar.toDisplay(r.x, r.y + r.height));
            menu.setVisible(true);
        });
    }

    private static void check(Menu menu, String text, boolean on, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.CHECK);
        item.setText(text);
        item.setSelection(on);
        item.addListener(SWT.Selection, e -> action.run());
    }

    /**
     * Switches an optional layer or a filter on or off, as an undoable command.
     *
     * @param id    the layer's or filter's id
     * @param layer whether it is a layer (else a filter)
     */
    public void toggle(String id, boolean layer) {
        Set<String> layers = new LinkedHashSet<>(session.diagram().layers());
        Set<String> filters = new LinkedHashSet<>(session.diagram().filters());
        Set<String> set = layer ? layers : filters;
        if (!set.remove(id)) {
            set.add(id);
        }
        session.showLayers(layers, filters);
    }

    private void fillPalette() {
        for (ToolItem item : palette.getItems()) {
            item.dispose();
        }
        images.forEach(Image::dispose);
        images.clear();
        ToolItem select = new ToolItem(palette, SWT.RADIO);
        select.setText(Messages.editor_select);
        select.setSelection(viewer.tool() == null);
        select.addListener(SWT.Selection, e -> {
            if (select.getSelection()) {
                viewer.setTool(null);
            }
        });
        List<Tool> tools = creationTools();
        Set<Tool> grouped = new java.util.HashSet<>();
        for (Tool tool : tools) {
            if (grouped.contains(tool)) {
                continue;
            }
            List<Tool> kinds = tool instanceof CreateEdgeTool ? tools.stream()
                    .filter(t -> t instanceof CreateEdgeTool && t.getMapping() == tool.getMapping()).toList() : List.of(tool);
            if (kinds.size() >= KINDS_IN_A_MENU) {
                grouped.addAll(kinds);
                kindsItem(kinds);
                continue;
            }
            ToolItem item = new ToolItem(palette, SWT.RADIO);
            item.setText(tool.getLabel() != null ? tool.getLabel() : tool.getId());
            item.setToolTipText(NLS.bind(tool instanceof CreateEdgeTool ? Messages.editor_edgeToolHint : Messages.editor_toolHint,
                    item.getText()));
            Image icon = icon(tool);
            if (icon != null) {
                item.setImage(icon);
            }
            item.setData(tool);
            item.setData(TOOLS, List.of(tool));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    viewer.setTool(tool);
                }
            });
        }
        ToolItem[] items = palette.getItems();
        for (int i = 1; i < items.length && i <= 9; i++) {
            items[i].setToolTipText(NLS.bind(Messages.editor_paletteKey, items[i].getToolTipText(), Integer.valueOf(i)));
        }
        for (ToolItem item : items) {
            item.addListener(SWT.Selection, e -> quietTooltips());
        }
        palette.getParent().layout(true);
    }

    /**
     * Hides the palette's tooltips once an entry is chosen, until the pointer leaves the palette:
     * GTK shows an entry's tooltip again after the click that chose it, wide over the canvas, where
     * it swallowed the next click (the one that was to draw the first node, whose name then took
     * no typing). The status line says what to do with the tool meanwhile.
     */
    private void quietTooltips() {
        for (ToolItem item : palette.getItems()) {
            if (item.getToolTipText() != null) {
                item.setData(TOOLTIP, item.getToolTipText());
                item.setToolTipText(null);
            }
        }
    }

    private void restoreTooltips() {
        for (ToolItem item : palette.getItems()) {
            if (item.getData(TOOLTIP) instanceof String tooltip) {
                if (item.getToolTipText() == null) {
                    item.setToolTipText(tooltip);
                }
                item.setData(TOOLTIP, null);
            }
        }
    }

    /** The keys 1 to 9 on the canvas choose the palette's entries, in order (its Select entry is Escape). */
    private void paletteKey(Event e) {
        if ((e.stateMask & SWT.MODIFIER_MASK) != 0 || e.character < '1' || e.character > '9' || palette.isDisposed()) {
            return;
        }
        ToolItem[] items = palette.getItems();
        int index = e.character - '0';
        if (index < items.length && items[index].getData() instanceof Tool tool) {
            viewer.setTool(tool);
        }
    }

    /**
     * One palette entry for the edge tools of one mapping (a link of each kind): it draws with
     * the kind last chosen, and its arrow opens a menu of the kinds, each with its icon.
     */
    private void kindsItem(List<Tool> kinds) {
        ToolItem item = new ToolItem(palette, SWT.DROP_DOWN);
        Menu menu = new Menu(palette.getShell(), SWT.POP_UP);
        item.addListener(SWT.Dispose, e -> menu.dispose());
        item.setData(TOOLS, kinds);
        item.setData(KINDS_MENU, menu);
        for (Tool kind : kinds) {
            MenuItem choice = new MenuItem(menu, SWT.PUSH);
            choice.setText(kind.getLabel() != null ? kind.getLabel() : kind.getId());
            Image icon = icon(kind);
            if (icon != null) {
                choice.setImage(icon);
            }
            choice.setData(kind);
            choice.addListener(SWT.Selection, e -> {
                show(item, kind);
                viewer.setTool(kind);
            });
        }
        show(item, kinds.get(0));
        item.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.ARROW) {
                org.eclipse.swt.graphics.Rectangle r = item.getBounds();
                menu.setLocation(palette.toDisplay(r.x + r.width, r.y));
                menu.setVisible(true);
            } else if (item.getData() instanceof Tool tool) {
                viewer.setTool(tool);
            }
        });
    }

    private void show(ToolItem item, Tool tool) {
        item.setData(tool);
        item.setText(tool.getLabel() != null ? tool.getLabel() : tool.getId());
        item.setToolTipText(NLS.bind(Messages.editor_kindsHint, item.getText()));
        if (item.getData(KINDS_MENU) instanceof Menu menu) {
            for (MenuItem choice : menu.getItems()) {
                if (choice.getData() == tool) {
                    item.setImage(choice.getImage());
                }
            }
        }
    }

    private List<Tool> creationTools() {
        return viewer.tools().stream().filter(t -> t instanceof CreateNodeTool || t instanceof CreateEdgeTool).toList();
    }

    private List<Tool> paletteTools() {
        List<Tool> tools = new java.util.ArrayList<>();
        for (ToolItem item : palette.getItems()) {
            if (item.getData(TOOLS) instanceof List<?> entries) {
                entries.forEach(t -> tools.add((Tool) t));
            }
        }
        return tools;
    }

    /** The diagram or its saved state changed: tell the model editor that the dirty state may have changed. */
    void changed() {
        firePropertyChange(PROP_DIRTY);
    }

    private void syncPalette() {
        if (palette.isDisposed()) {
            return;
        }
        for (ToolItem item : palette.getItems()) {
            item.setSelection(item.getData() == viewer.tool());
        }
    }

    /**
     * The icon of what the tool creates, from Throughline's icon set: the class it instantiates,
     * with the kinds its operations give as constants (a funding link, a local authority).
     */
    private Image icon(Tool tool) {
        ImageDescriptor descriptor = PaletteIcons.of(tool);
        Image image = descriptor == null ? null : descriptor.createImage(false);
        if (image != null) {
            images.add(image);
        }
        return image;
    }

    private void updateStatus() {
        if (status == null || status.isDisposed()) {
            return;
        }
        String text;
        if (viewer.lastProblem() != null) {
            text = viewer.lastProblem();
        } else if (viewer.connectionSource() != null) {
            text = NLS.bind(Messages.editor_connectingHint, viewer.tool().getLabel(), viewer.connectionSource().label());
        } else if (viewer.tool() != null) {
            Tool tool = viewer.tool();
            text = NLS.bind(tool instanceof CreateEdgeTool ? Messages.editor_edgeToolHint : Messages.editor_toolHint, tool.getLabel());
        } else {
            Diagram d = session.diagram();
            text = NLS.bind(Messages.editor_status, new Object[] { Integer.valueOf(d.allNodes().size()), Integer.valueOf(d.edges().size()),
                Long.valueOf(Math.round(viewer.zoom() * 100)) });
        }
        status.setText(text);
    }

    private void export(boolean svg) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        // Beside the model, not in the program's folder.
        dialog.setFilterPath(diagrams.file().toAbsolutePath().getParent().toString());
        dialog.setFilterExtensions(new String[] { svg ? "*.svg" : "*.png" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(session.diagram().name().replaceAll("[^\\w\\- ]", "_") + (svg ? ".svg" : ".png")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            if (svg) {
                Exports.svg(session.diagram(), Path.of(file));
            } else {
                Exports.png(viewer.control().getDisplay(), session.diagram(), Path.of(file));
            }
            status.setText(NLS.bind(Messages.editor_exported, file));
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.editor_exportFailed, file, e.getMessage()));
        }
    }

    @Override
    public void activateGlobalActions(IActionBars actionBars) {
        if (viewer == null) {
            return;
        }
        IAction delete = new Action(Messages.editor_delete) {
            @Override
            public void run() {
                viewer.deleteSelection();
            }
        };
        IAction rename = new Action(Messages.editor_rename) {
            @Override
            public void run() {
                viewer.beginDirectEdit();
            }
        };
        IAction selectAll = new Action() {
            @Override
            public void run() {
                Set<String> all = new LinkedHashSet<>();
                session.diagram().allNodes().forEach(n -> all.add(n.key()));
                viewer.select(all);
            }
        };
        actionBars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        actionBars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        actionBars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
    }

    @Override
    public boolean reveal(Collection<? extends EObject> elements) {
        DiagramSession shownIn = session();
        boolean shown = shownIn != null && elements.stream().anyMatch(e -> !shownIn.elementsOf(e).isEmpty());
        if (shown && viewer != null) {
            viewer.setSelection(new StructuredSelection(List.copyOf(elements)));
        } else if (shown) {
            toReveal = List.copyOf(elements);
        }
        return shown;
    }

    @Override
    public void showWhole() {
        if (viewer != null) {
            viewer.zoomToFitWhenSized();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && viewer != null) {
            return type.cast(new DiagramOverview(viewer));
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.control().setFocus();
        }
    }

    @Override
    public boolean isDirty() {
        return diagrams.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        diagrams.save();
    }

    @Override
    public void doSaveAs() {
        // The model editor has no Save As.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        images.forEach(Image::dispose);
        diagrams.closed(this);
        if (session != null) {
            session.dispose();
        }
        super.dispose();
    }
}
