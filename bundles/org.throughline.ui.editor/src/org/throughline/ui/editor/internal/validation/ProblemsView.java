// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.provider.ConceptIcons;

/**
 * The Problems of Throughline: every problem marker of the workspace under the model (file) it
 * belongs to, each with its severity's icon, and those that a quick fix can correct marked by a
 * light bulb and the fix named in a column of their own. A double click opens the
 * problem's element in its model's editor; the context menu (and Ctrl+1) offers the quick fixes.
 * It follows the markers as validation adds and removes them.
 */
public final class ProblemsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.throughline.ui.editor.problems"; //$NON-NLS-1$

    /** The problems of one model file, worst first. */
    record ModelProblems(IResource file, List<IMarker> problems) {

        int count(int severity) {
            return (int) problems.stream().filter(m -> severity(m) == severity).count();
        }
    }

    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
    private final IResourceChangeListener markersChanged = this::markersChanged;
    private TreeViewer viewer;
    /** Set from the thread that changed the markers, cleared on the UI thread. */
    private volatile boolean refreshing;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new Content());
        column(Messages.problems_column, 520, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof ModelProblems model) {
                    String counts = MessageFormat.format(Messages.problems_count, model.count(IMarker.SEVERITY_ERROR),
                            model.count(IMarker.SEVERITY_WARNING), model.count(IMarker.SEVERITY_INFO));
                    return NLS.bind(Messages.problems_model, model.file().getName(), counts);
                }
                return ((IMarker) element).getAttribute(IMarker.MESSAGE, ""); //$NON-NLS-1$
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof ModelProblems model ? modelImage(model) : severityImage(severity((IMarker) element));
            }

        });
        column(Messages.problems_fixColumn, 200, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String fix = element instanceof IMarker marker ? fixId(marker) : null;
                return fix == null ? "" : QuickFixes.summary(fix); //$NON-NLS-1$
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof IMarker marker && fixId(marker) != null ? bulb() : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof IMarker marker && fixId(marker) != null ? Messages.problems_fixTooltip : null;
            }
        });
        column(Messages.problems_ruleColumn, 220, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof IMarker marker ? marker.getAttribute(ModelEditors.MARKER_RULE_ID, "") : ""; //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> fixesMenu(m));
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            if (e.character == '1' && (e.stateMask & SWT.MOD1) != 0) {
                viewer.getTree().getMenu().setVisible(true);
            }
        });
        getSite().setSelectionProvider(viewer);
        viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
        viewer.expandAll();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(markersChanged, IResourceChangeEvent.POST_CHANGE);
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    /** @return the tree, for tests */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(markersChanged);
        images.dispose();
        super.dispose();
    }

    // ----- what is shown ---------------------------------------------------------------------------

    /** @return the problems of the workspace by model file, files in name order, worst problems first */
    public static List<ModelProblems> problems() {
        Map<IResource, List<IMarker>> byFile = new LinkedHashMap<>();
        try {
            IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
            for (IMarker marker : markers) {
                if (marker.exists()) {
                    byFile.computeIfAbsent(marker.getResource(), r -> new ArrayList<>()).add(marker);
                }
            }
        } catch (CoreException e) {
            ILog.of(ProblemsView.class).log(e.getStatus());
        }
        List<ModelProblems> models = new ArrayList<>();
        byFile.forEach((file, markers) -> {
            markers.sort(Comparator.comparingInt((IMarker m) -> -severity(m)).thenComparing(m -> m.getAttribute(IMarker.MESSAGE, ""))); //$NON-NLS-1$
            models.add(new ModelProblems(file, List.copyOf(markers)));
        });
        models.sort(Comparator.comparing((ModelProblems m) -> m.file().getName()).thenComparing(m -> m.file().getFullPath().toString()));
        return models;
    }

    static int severity(IMarker marker) {
        return marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
    }

    /** @return the id of the quick fix that corrects the problem, or {@code null} when none does */
    public static String fixId(IMarker marker) {
        return marker.exists() && IDE.getMarkerHelpRegistry().hasResolutions(marker) ? QuickFixes.fixId(
                marker.getAttribute(ModelEditors.MARKER_RULE_ID, null), marker.getAttribute(ModelEditors.MARKER_QUICK_FIX, null)) : null;
    }

    private static Image severityImage(int severity) {
        String key = switch (severity) {
            case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    /** @return the light bulb that marks a problem a quick fix can correct */
    private Image bulb() {
        ImageDescriptor bulb = ConceptIcons.named("quick-fix"); //$NON-NLS-1$
        return bulb == null ? null : images.create(bulb);
    }

    private static Image modelImage(ModelProblems model) {
        return severityImage(model.count(IMarker.SEVERITY_ERROR) > 0 ? IMarker.SEVERITY_ERROR
                : model.count(IMarker.SEVERITY_WARNING) > 0 ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
    }

    /** The workspace's problems by model file. */
    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return problems().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ModelProblems model ? model.problems().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ModelProblems;
        }
    }

    // ----- what it does ------------------------------------------------------------------------------

    private void markersChanged(IResourceChangeEvent event) {
        IMarkerDelta[] deltas = event.findMarkerDeltas(IMarker.PROBLEM, true);
        if (deltas.length == 0 || refreshing) {
            return;
        }
        // Once for a burst of changes (one validation run writes many markers), on the UI thread.
        refreshing = true;
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            refreshing = false;
            if (!viewer.getControl().isDisposed()) {
                refresh();
            }
        });
    }

    /** Shows the markers as they are now, every model expanded. */
    public void refresh() {
        viewer.getControl().setRedraw(false);
        try {
            viewer.refresh();
            viewer.expandAll();
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    /** Opens the problems chosen: each one's element in its model's editor. */
    void open(IStructuredSelection selection) {
        for (Object chosen : selection.toList()) {
            if (chosen instanceof IMarker marker && marker.exists()) {
                try {
                    IDE.openEditor(getSite().getPage(), marker);
                } catch (PartInitException e) {
                    ILog.of(ProblemsView.class).log(e.getStatus());
                }
            } else if (chosen instanceof ModelProblems model) {
                viewer.setExpandedState(model, !viewer.getExpandedState(model));
            }
        }
    }

    /** The context menu: the quick fixes of the problem chosen. */
    private void fixesMenu(org.eclipse.jface.action.IMenuManager menu) {
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof IMarker marker) || fixId(marker) == null) {
            return;
        }
        for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
            menu.add(new Action(NLS.bind(Messages.problems_fix, resolution.getLabel())) {
                @Override
                public void run() {
                    resolution.run(marker);
                }
            });
        }
    }
}
