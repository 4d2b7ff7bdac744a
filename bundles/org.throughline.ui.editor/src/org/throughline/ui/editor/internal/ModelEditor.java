// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableEditor;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.model.api.ModelLoadException;
import org.throughline.model.provider.ThroughlineItemProviderAdapterFactory;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.api.ModelEditorPage;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.properties.ModelPropertiesPage;
import org.throughline.ui.editor.internal.tree.ModelTreePage;
import org.throughline.ui.editor.internal.wizards.FirstStart;
import org.throughline.ui.editor.internal.validation.LiveValidation;

/**
 * The editor of {@code .throughline} files: one editing domain per model (every change is a
 * command on its stack), a first page with the model tree and further pages from
 * {@code org.throughline.ui.editor.pages} providers (diagrams). Its page in the Outline view
 * follows the active page.
 */
public final class ModelEditor extends MultiPageEditorPart
        implements ModelEditorContext, IEditingDomainProvider, IGotoMarker, ITabbedPropertySheetPageContributor, IPersistableEditor {

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Resource modelResource;
    private Path modelPath;
    private IFile modelFile;
    private ModelTreePage treePage;
    private EditorActions actions;
    private LiveValidation validation;
    private Recovery recovery;
    private final List<IEditorPart> pages = new ArrayList<>();
    /** The editor's pages in Outline views, each following the active page. */
    private final List<EditorOutline> outlines = new ArrayList<>();
    private boolean recovered;
    /** The memento key of the active page's title. */
    private static final String ACTIVE_PAGE = "activePage"; //$NON-NLS-1$
    /** The title of the page that was active when the workbench last closed with this editor open, if any. */
    private String restoredPage;

    /** Asks whether to recover the unsaved changes of a model (replaced in tests, which must not block on a dialog). */
    private static Predicate<Path> recoveryPrompt = model -> MessageDialog.openQuestion(null, Messages.recovery_title,
            Messages.bind(Messages.recovery_question, model.getFileName()));

    /** @param prompt whether to recover a model's unsaved changes, given the model file; for tests */
    public static void setRecoveryPrompt(Predicate<Path> prompt) {
        recoveryPrompt = prompt;
    }
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final IResourceChangeListener fileWatcher = this::workspaceChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        modelFile = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
        if (modelFile != null && modelFile.getLocation() != null) {
            modelPath = modelFile.getLocation().toFile().toPath();
        } else if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) { //$NON-NLS-1$
            modelPath = Path.of(uriInput.getURI());
        } else {
            throw new PartInitException(Messages.bind(Messages.editor_notAFile, input.getName()));
        }
        super.init(site, input);
        setPartName(input.getName());
        long start = System.nanoTime();
        load();
        if (isReadOnly()) {
            setPartName(Messages.bind(Messages.editor_readOnlyName, input.getName()));
            setTitleToolTip(String.join("\n", readOnlyReasons())); //$NON-NLS-1$
        }
        FirstStart.phase("model loaded", start); //$NON-NLS-1$
        actions = new EditorActions(this);
        recovery = new Recovery(this);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
    }

    private void load() throws PartInitException {
        adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ThroughlineItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, resourceSet) {
            @Override
            public boolean isReadOnly(Resource resource) {
                // A model with a fragment that could not be read is shown, not edited: saving it
                // would lose that fragment's elements (ModelFragments).
                return ModelFragments.isPartial(resourceSet) || super.isReadOnly(resource);
            }
        };
        if (AdapterFactoryEditingDomain.getEditingDomainFor(resourceSet) == null) {
            resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        }
        resourceSet.eAdapters().add(new TrackNewResources());
        Path recoveryFile = Recovery.leftBehind(modelPath);
        boolean recover = recoveryFile != null && recoveryPrompt.test(modelPath);
        try {
            if (recover) {
                modelResource = ModelFiles.load(resourceSet, recoveryFile);
                modelResource.setURI(URI.createFileURI(modelPath.toAbsolutePath().toString()));
                recovered = true;
            } else {
                modelResource = ModelFiles.load(resourceSet, modelPath);
            }
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        if (recoveryFile != null && !recover) {
            Recovery.delete(modelPath);
        }
        if (modelResource.getContents().isEmpty() || !(modelResource.getContents().get(0) instanceof Model)) {
            throw new PartInitException(Messages.bind(Messages.editor_noModel, modelPath));
        }
        stack.addCommandStackListener(stackListener);
    }

    /** Resources that pages load into the resource set are watched for changes, so Save writes them too. */
    private static final class TrackNewResources extends AdapterImpl {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES
                    && notification.getNewValue() instanceof Resource resource) {
                resource.setTrackingModification(true);
            }
        }
    }

    @Override
    protected void createPages() {
        long start = System.nanoTime();
        treePage = new ModelTreePage(this);
        try {
            int index = addPage(treePage, getEditorInput());
            setPageText(index, Messages.editor_modelPage);
        } catch (PartInitException e) {
            ILog.of(ModelEditor.class).log(e.getStatus());
        }
        FirstStart.phase("model tree built", start); //$NON-NLS-1$
        start = System.nanoTime();
        PageProviders.contributeAll(this);
        FirstStart.phase("pages contributed", start); //$NON-NLS-1$
        if (restoredPage != null) {
            // Reopened by a new start of the workbench: on the page the user was on.
            activatePageTitled(restoredPage);
        }
        validation = new LiveValidation(this);
        validation.start();
        recovery.start();
        getSite().getShell().getDisplay().asyncExec(FirstStart::reportFirstEditor);
    }

    private void commandStackChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        Runnable update = () -> {
            if (treePage == null || treePage.isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            actions.update();
            treePage.updateActions();
            Command command = domain.getCommandStack().getMostRecentCommand();
            // Edits made in another part (the Properties view's forms) leave the tree's selection alone.
            if (command != null && getActiveEditor() == treePage && getSite().getPage().getActivePart() == this) {
                treePage.showAffected(command.getAffectedObjects());
            }
            if (validation != null) {
                validation.modelChanged(command);
            }
        };
        if (Display.getCurrent() == display) {
            update.run();
        } else {
            display.asyncExec(update);
        }
    }

    /** A model file deleted outside the editor closes it, unless it has unsaved changes (Save writes the file again). */
    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = modelFile == null || event.getDelta() == null ? null : event.getDelta().findMember(modelFile.getFullPath());
        if (delta != null && delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) == 0) {
            Display display = getSite().getShell().getDisplay();
            display.asyncExec(() -> {
                if (treePage != null && !treePage.isDisposed() && !isDirty()) {
                    getSite().getPage().closeEditor(this, false);
                }
            });
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (getEditorSite().getActionBarContributor() instanceof ModelEditorActionBarContributor contributor) {
            contributor.setActivePage(getActiveEditor());
        }
        for (EditorOutline outline : List.copyOf(outlines)) {
            outline.show(getActiveEditor());
        }
    }

    /**
     * @return whether the model is open for reading only: a fragment of it could not be read, and
     *         saving the rest would lose that fragment's elements
     */
    public boolean isReadOnly() {
        return ModelFragments.isPartial(domain.getResourceSet());
    }

    /** @return one sentence for each fragment of the model that could not be read */
    public List<String> readOnlyReasons() {
        return ModelFragments.problems(domain.getResourceSet());
    }

    /** @return the editor's undo, redo and tree actions */
    public EditorActions actions() {
        return actions;
    }

    /** @return the model tree page */
    public ModelTreePage treePage() {
        return treePage;
    }

    /** @return the live validation of this editor's model */
    public LiveValidation validation() {
        return validation;
    }

    /** @return the recovery file keeper of this editor */
    public Recovery recovery() {
        return recovery;
    }

    // ---- ModelEditorContext -------------------------------------------------------------------

    @Override
    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    @Override
    public AdapterFactoryEditingDomain getEditingDomain() {
        return domain;
    }

    /** @return the adapter factory of labels, icons, children and properties */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    @Override
    public Resource modelResource() {
        return modelResource;
    }

    @Override
    public Model model() {
        return (Model) modelResource.getContents().get(0);
    }

    @Override
    public IFile modelFile() {
        return modelFile;
    }

    @Override
    public Path modelPath() {
        return modelPath;
    }

    @Override
    public IEditorPart editor() {
        return this;
    }

    @Override
    public void select(Collection<? extends EObject> elements) {
        List<EObject> inModel = elements.stream().filter(e -> e != null && e.eResource() != null)
                .map(e -> (EObject) e).toList();
        if (inModel.isEmpty()) {
            return;
        }
        IEditorPart active = getActiveEditor();
        if (active instanceof ModelEditorPage page && active != treePage && page.reveal(inModel)) {
            return;
        }
        if (active != treePage) {
            // From a page that does not show them: the first other page that does, else the tree.
            for (IEditorPart part : pages) {
                if (part != active && part instanceof ModelEditorPage page && page.reveal(inModel)) {
                    showPage(part);
                    return;
                }
            }
            setActivePage(0);
        }
        treePage.select(inModel);
    }

    @Override
    public int addPage(String title, IEditorPart part) throws PartInitException {
        int index = addPage(part, getEditorInput());
        setPageText(index, title);
        pages.add(part);
        return index;
    }

    @Override
    public void showPage(IEditorPart part) {
        int index = pageIndex(part);
        if (index >= 0) {
            setActivePage(index);
        }
    }

    @Override
    public void setPageTitle(IEditorPart part, String title) {
        int index = pageIndex(part);
        if (index >= 0) {
            setPageText(index, title);
        }
    }

    @Override
    public void removePage(IEditorPart part) {
        int index = pageIndex(part);
        if (index > 0) {
            pages.remove(part);
            for (EditorOutline outline : List.copyOf(outlines)) {
                outline.pageRemoved(part);
            }
            removePage(index);
        }
    }

    /**
     * Makes the page of that title the active page.
     *
     * @param title a tab's title (as given, before '&amp;' is doubled)
     * @return whether there was such a page
     */
    public boolean showPage(String title) {
        return activatePageTitled(title) >= 0;
    }

    /**
     * Makes the page with a title the active page and shows the whole of it
     * ({@link ModelEditorPage#showWhole()}): a diagram zoomed to fit.
     *
     * @param title the page's title
     * @return whether there is such a page
     */
    public boolean showWholePage(String title) {
        int index = activatePageTitled(title);
        if (index >= 0 && getEditor(index) instanceof ModelEditorPage page) {
            page.showWhole();
        }
        return index >= 0;
    }

    /** Activates the page with a title; returns its index, or -1 when there is none. */
    private int activatePageTitled(String title) {
        String shown = title.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < getPageCount(); i++) {
            if (shown.equals(getPageText(i)) || title.equals(getPageText(i))) {
                setActivePage(i);
                return i;
            }
        }
        return -1;
    }

    /** The tab of the active page is remembered when the workbench closes with the editor open. */
    @Override
    public void saveState(IMemento memento) {
        String title = activePageTitle();
        if (title != null) {
            memento.putString(ACTIVE_PAGE, title);
        }
    }

    /** Called by the workbench before the pages are made, when it reopens the editor at its start. */
    @Override
    public void restoreState(IMemento memento) {
        restoredPage = memento.getString(ACTIVE_PAGE);
    }

    /** @return the title of the active page's tab */
    public String activePageTitle() {
        return getActivePage() < 0 ? null : getPageText(getActivePage());
    }

    private int pageIndex(IEditorPart part) {
        for (int i = 0; i < getPageCount(); i++) {
            if (getEditor(i) == part) {
                return i;
            }
        }
        return -1;
    }

    /** @return the page showing now */
    public IEditorPart activePage() {
        return getActiveEditor();
    }

    /** @return the pages added by providers, in order */
    public List<IEditorPart> contributedPages() {
        return List.copyOf(pages);
    }

    // ---- saving -------------------------------------------------------------------------------

    @Override
    public boolean isDirty() {
        if (domain != null && isReadOnly()) {
            return false;
        }
        if (recovered || domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded()) {
            return true;
        }
        return super.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            save();
        } catch (IOException e) {
            ILog.of(ModelEditor.class).log(Status.error(e.getMessage(), e));
            MessageDialog.openError(getSite().getShell(), Messages.editor_saveFailedTitle,
                    Messages.bind(Messages.editor_saveFailed, modelPath, withoutFullStop(e.getMessage())));
            return;
        }
        for (IEditorPart page : pages) {
            if (page.isDirty()) {
                page.doSave(monitor);
            }
        }
    }

    /** @return a sentence without its full stop, to go inside another sentence */
    private static String withoutFullStop(String sentence) {
        return sentence != null && sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence; //$NON-NLS-1$
    }

    /**
     * Saves the model (atomically) and every other modified resource of the resource set.
     *
     * @throws IOException when a file could not be written; that file is then unchanged on disk
     */
    public void save() throws IOException {
        if (isReadOnly()) {
            throw new IOException(readOnlyReasons().get(0));
        }
        ModelFiles.save(modelResource);
        modelResource.setModified(false);
        for (Resource resource : List.copyOf(domain.getResourceSet().getResources())) {
            if (resource != modelResource && resource.isModified() && resource.getURI() != null && resource.getURI().isFile()) {
                ModelFiles.save(resource);
                resource.setModified(false);
            }
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        recovered = false;
        recovery.saved();
        if (modelFile != null) {
            try {
                modelFile.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                ILog.of(ModelEditor.class).log(e.getStatus());
            }
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: a model keeps its file (diagrams and other files refer to it).
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    // ---- markers and adapters -----------------------------------------------------------------

    @Override
    public void gotoMarker(IMarker marker) {
        String id = marker.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null);
        if (id == null) {
            return;
        }
        EObject element = modelResource.getEObject(id);
        if (element != null) {
            select(List.of(element));
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == ModelEditorContext.class || type == IEditingDomainProvider.class || type == IGotoMarker.class) {
            return type.cast(this);
        }
        if (type == IPropertySheetPage.class) {
            return type.cast(new ModelPropertiesPage(this));
        }
        if (type == IContentOutlinePage.class) {
            EditorOutline outline = new EditorOutline(this);
            outlines.add(outline);
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    @Override
    public String getContributorId() {
        return ModelPropertiesPage.CONTRIBUTOR_ID;
    }

    @Override
    public void dispose() {
        if (validation != null) {
            validation.stop(isDirty());
        }
        if (recovery != null) {
            recovery.stop();
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
        super.dispose();
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
    }

    /** @param outline an outline of this editor that was closed */
    void outlineClosed(EditorOutline outline) {
        outlines.remove(outline);
    }

    /** Logs a problem of this editor. */
    static void log(IStatus status) {
        ILog.of(ModelEditor.class).log(status);
    }
}
