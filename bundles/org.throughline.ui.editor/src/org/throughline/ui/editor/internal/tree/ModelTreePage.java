// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.tree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.throughline.ui.editor.api.ModelEditorPage;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.provider.ItemContentProvider;
import org.throughline.ui.editor.internal.search.ShowReferences;

/**
 * The first page of the model editor: the model as a tree, built from the item providers of
 * {@code model.edit}. New Child and New Sibling, Delete, Cut, Copy, Paste, drag and drop and
 * Rename (F2) are all commands on the editor's command stack.
 */
public final class ModelTreePage extends EditorPart implements ModelEditorPage {

    /** The id of the tree's context menu, for contributions. */
    public static final String CONTEXT_MENU_ID = "org.throughline.ui.editor.tree"; //$NON-NLS-1$

    /** Up to this many kinds, New Child lists them without grouping. */
    private static final int FLAT_MENU = 8;

    private final ModelEditor editor;
    private TreeViewer viewer;
    private ProblemLabelProvider labels;
    private final List<CommandAction> selectionActions = new ArrayList<>();
    private CommandAction delete;
    private CommandAction cut;
    private CommandAction copy;
    private CommandAction paste;
    private Action rename;
    private Action selectAll;
    /** Whether validation's marks changed while a name was being typed: the tree is refreshed after. */
    private boolean refreshPending;

    /** @param editor the model editor this page belongs to */
    public ModelTreePage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
    }

    /** The sentence over the tree saying which fragment could not be read, or null. */
    private org.eclipse.swt.widgets.Label readOnlyNote;

    /** @return the text shown over the tree when the model is open read-only, or null */
    public String readOnlyNote() {
        return readOnlyNote == null ? null : readOnlyNote.getText();
    }

    @Override
    public void createPartControl(Composite parent) {
        AdapterFactoryEditingDomain domain = editor.editingDomain();
        Composite holder = parent;
        if (editor.isReadOnly()) {
            // Which fragment could not be read, above the rest of the model, shown read-only.
            holder = new Composite(parent, SWT.NONE);
            org.eclipse.swt.layout.GridLayout layout = new org.eclipse.swt.layout.GridLayout(2, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            holder.setLayout(layout);
            org.eclipse.swt.widgets.Label icon = new org.eclipse.swt.widgets.Label(holder, SWT.NONE);
            icon.setImage(holder.getDisplay().getSystemImage(SWT.ICON_WARNING));
            icon.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
            readOnlyNote = new org.eclipse.swt.widgets.Label(holder, SWT.WRAP);
            readOnlyNote.setText(String.join("\n", editor.readOnlyReasons())); //$NON-NLS-1$
            readOnlyNote.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.BEGINNING, true, false));
        }
        viewer = new TreeViewer(holder, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        if (holder != parent) {
            viewer.getControl().setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        }
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemContentProvider(editor.adapterFactory()));
        labels = new ProblemLabelProvider(editor.adapterFactory());
        viewer.setLabelProvider(labels);
        viewer.setInput(editor.modelResource());
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);

        createActions(domain);
        createRenameEditor(domain);
        createContextMenu();
        TreeDragAndDrop.install(viewer, domain);
        viewer.addSelectionChangedListener(event -> selectionChanged(event.getSelection()));
        viewer.addDoubleClickListener(event -> showProperties());
        if (!editor.model().eContents().isEmpty()) {
            viewer.setSelection(new StructuredSelection(editor.model()));
        }
    }

    private void createActions(AdapterFactoryEditingDomain domain) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        delete = new CommandAction(Messages.action_delete, domain, selection -> DeleteCommand.create(domain, selection));
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
        cut = new CommandAction(Messages.action_cut, domain, selection -> CutToClipboardCommand.create(domain, selection));
        cut.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_CUT));
        cut.setActionDefinitionId(ActionFactory.CUT.getCommandId());
        copy = new CommandAction(Messages.action_copy, domain, selection -> CopyToClipboardCommand.create(domain, selection));
        copy.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        copy.setActionDefinitionId(ActionFactory.COPY.getCommandId());
        paste = new CommandAction(Messages.action_paste, domain, selection -> selection.size() == 1
                ? PasteFromClipboardCommand.create(domain, selection.get(0), null)
                : null) {
            @Override
            boolean canExecute() {
                // Whether the clipboard fits is known only by trying; building the command copies it.
                Collection<Object> clipboard = domain.getClipboard();
                return clipboard != null && !clipboard.isEmpty();
            }
        };
        paste.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
        paste.setActionDefinitionId(ActionFactory.PASTE.getCommandId());
        selectionActions.addAll(List.of(delete, cut, copy, paste));

        rename = new Action(Messages.action_rename) {
            @Override
            public void run() {
                Object element = viewer.getStructuredSelection().getFirstElement();
                if (element instanceof EObject eObject && nameAttribute(eObject) != null) {
                    viewer.editElement(element, 0);
                }
            }
        };
        rename.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
        selectAll = new Action(Messages.action_selectAll) {
            @Override
            public void run() {
                viewer.getTree().selectAll();
                viewer.setSelection(viewer.getSelection());
            }
        };
        selectAll.setActionDefinitionId(ActionFactory.SELECT_ALL.getCommandId());
    }

    /** Rename edits the label in place; the new name is set with a command. */
    private void createRenameEditor(AdapterFactoryEditingDomain domain) {
        String property = "name"; //$NON-NLS-1$
        viewer.setColumnProperties(new String[] { property });
        viewer.setCellEditors(new CellEditor[] { new TextCellEditor(viewer.getTree()) });
        viewer.setCellModifier(new ICellModifier() {
            @Override
            public boolean canModify(Object element, String name) {
                return element instanceof EObject eObject && nameAttribute(eObject) != null;
            }

            @Override
            public Object getValue(Object element, String name) {
                Object value = ((EObject) element).eGet(nameAttribute((EObject) element));
                return value == null ? "" : value.toString(); //$NON-NLS-1$
            }

            @Override
            public void modify(Object element, String name, Object value) {
                Object target = element instanceof Item item ? item.getData() : element;
                if (!(target instanceof EObject eObject)) {
                    return;
                }
                EAttribute attribute = nameAttribute(eObject);
                String newName = value == null ? "" : value.toString().strip(); //$NON-NLS-1$
                Object oldName = eObject.eGet(attribute);
                if (attribute == null || newName.equals(oldName == null ? "" : oldName)) { //$NON-NLS-1$
                    return;
                }
                Command command = SetCommand.create(domain, eObject, attribute, newName.isEmpty() ? null : newName);
                domain.getCommandStack().execute(command);
            }
        });
        ColumnViewerEditorActivationStrategy programmaticOnly = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        };
        TreeViewerEditor.create(viewer, programmaticOnly, ColumnViewerEditor.DEFAULT);
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
                // nothing to do
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                // nothing to do
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                // nothing to do
            }

            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                if (refreshPending && !isDisposed()) {
                    refreshPending = false;
                    viewer.refresh(true);
                }
            }
        });
    }

    /** @return the name attribute of an element ({@code name} of elements, {@code key} of user properties), or {@code null} */
    static EAttribute nameAttribute(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        if (name == null) {
            name = element.eClass().getEStructuralFeature("key"); //$NON-NLS-1$
        }
        return name instanceof EAttribute attribute && attribute.isChangeable() && !attribute.isMany() ? attribute : null;
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#PopUp", CONTEXT_MENU_ID); //$NON-NLS-1$
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        ((IEditorSite) getSite()).registerContextMenu(CONTEXT_MENU_ID, menu, viewer, false);
    }

    private void fillContextMenu(IMenuManager menu) {
        AdapterFactoryEditingDomain domain = editor.editingDomain();
        IStructuredSelection selection = viewer.getStructuredSelection();
        MenuManager newChild = new MenuManager(Messages.menu_newChild);
        MenuManager newSibling = new MenuManager(Messages.menu_newSibling);
        if (selection.size() == 1) {
            Object selected = selection.getFirstElement();
            List<CreateChildAction> children = new ArrayList<>();
            for (Object descriptor : domain.getNewChildDescriptors(selected, null)) {
                children.add(new CreateChildAction(domain, selected, descriptor, selection.toList(), this::startRenaming));
            }
            fillNewMenu(newChild, children);
            Object parent = domain.getParent(selected);
            if (parent instanceof EObject) {
                List<CreateChildAction> siblings = new ArrayList<>();
                for (Object descriptor : domain.getNewChildDescriptors(null, selected)) {
                    siblings.add(new CreateChildAction(domain, parent, descriptor, selection.toList(), this::startRenaming));
                }
                fillNewMenu(newSibling, siblings);
            }
        }
        menu.add(newChild);
        menu.add(newSibling);
        menu.add(new Separator());
        menu.add(editor.actions().undo());
        menu.add(editor.actions().redo());
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new Separator());
        menu.add(delete);
        rename.setEnabled(selection.size() == 1 && selection.getFirstElement() instanceof EObject eObject
                && nameAttribute(eObject) != null);
        menu.add(rename);
        menu.add(new Separator());
        Action references = new Action(Messages.action_showReferences) {
            @Override
            public void run() {
                ShowReferences.open(getSite().getShell(), editor, (EObject) selection.getFirstElement());
            }
        };
        references.setEnabled(selection.size() == 1 && selection.getFirstElement() instanceof EObject);
        menu.add(references);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** A long list of kinds is grouped by concern (Direction, Delivery…) in sub-menus; a short one stays flat. */
    private static void fillNewMenu(MenuManager menu, List<CreateChildAction> actions) {
        if (actions.size() <= FLAT_MENU) {
            actions.forEach(menu::add);
            return;
        }
        Map<NewElements.Concern, MenuManager> groups = new EnumMap<>(NewElements.Concern.class);
        List<CreateChildAction> others = new ArrayList<>();
        for (CreateChildAction action : actions) {
            NewElements.Concern concern = action.created() == null ? null : NewElements.concern(action.created().eClass());
            if (concern == null) {
                others.add(action);
            } else {
                groups.computeIfAbsent(concern, c -> new MenuManager(c.label())).add(action);
            }
        }
        groups.values().forEach(menu::add);
        if (!groups.isEmpty() && !others.isEmpty()) {
            menu.add(new Separator());
        }
        others.forEach(menu::add);
    }

    /**
     * A new element is selected, with its name ready to type over; once the menu that made it has
     * closed and given the focus back to the tree, so that the name's editor keeps it.
     */
    private void startRenaming(EObject created) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setSelection(new StructuredSelection(created), true);
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!isDisposed() && created.eResource() != null && nameAttribute(created) != null) {
                viewer.getControl().setFocus();
                viewer.editElement(created, 0);
            }
        });
    }

    private void selectionChanged(ISelection selection) {
        for (CommandAction action : selectionActions) {
            action.selectionChanged(selection);
        }
        IStructuredSelection structured = (IStructuredSelection) selection;
        rename.setEnabled(structured.size() == 1 && structured.getFirstElement() instanceof EObject eObject
                && nameAttribute(eObject) != null);
    }

    private void showProperties() {
        try {
            getSite().getPage().showView("org.eclipse.ui.views.PropertySheet"); //$NON-NLS-1$
        } catch (PartInitException e) {
            // The Properties view is optional; nothing to show it in.
        }
    }

    @Override
    public void activateGlobalActions(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
    }

    @Override
    public boolean reveal(Collection<? extends EObject> elements) {
        select(elements);
        return true;
    }

    /** @param elements elements to select and reveal in the tree */
    public void select(Collection<? extends EObject> elements) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setSelection(new StructuredSelection(new ArrayList<>(elements)), true);
        viewer.getControl().setFocus();
    }

    /** @param affected the objects the last command changed: selected, as in EMF's editors, when they are in the tree */
    public void showAffected(Collection<?> affected) {
        if (viewer == null || viewer.getControl().isDisposed() || affected == null || affected.isEmpty()) {
            return;
        }
        List<Object> shown = affected.stream().filter(o -> o instanceof EObject e && e.eResource() != null).map(o -> (Object) o)
                .toList();
        if (!shown.isEmpty()) {
            viewer.setSelection(new StructuredSelection(shown), true);
        }
    }

    /** @return the tree viewer (for tests and for the editor) */
    public TreeViewer viewer() {
        return viewer;
    }

    /** @return whether the page's control is gone */
    public boolean isDisposed() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    /**
     * Marks the elements with problems (called on the UI thread after each validation run).
     *
     * @param result the latest findings
     */
    public void showFindings(org.throughline.validation.api.ValidationResult result) {
        if (isDisposed()) {
            return;
        }
        java.util.Set<EObject> changed = labels.setFindings(result);
        if (changed.isEmpty()) {
            return;
        }
        if (viewer.isCellEditorActive()) {
            // An update would cancel the name being typed (a new element is validated at once): after it.
            refreshPending = true;
        } else {
            // Only the items whose mark changed: one edit of a large model redraws a few labels, not the tree.
            viewer.update(changed.toArray(), null);
        }
    }

    /** Re-enables the actions after a command (a copy makes Paste possible without a new selection). */
    public void updateActions() {
        if (!isDisposed()) {
            selectionChanged(viewer.getSelection());
        }
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // The model editor saves the model.
    }

    @Override
    public void doSaveAs() {
        // not offered
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (labels != null) {
            labels.dispose();
        }
        super.dispose();
    }
}
