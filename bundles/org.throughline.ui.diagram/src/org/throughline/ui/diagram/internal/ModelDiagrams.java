// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.throughline.diagram.edit.api.DiagramSession;
import org.throughline.diagram.edit.internal.Filing;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramException;
import org.throughline.diagram.api.DiagramInterpreter;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.layout.api.DiagramLayout;
import org.throughline.model.Concept;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.viewpoint.DiagramDescription;
import org.throughline.viewpoint.api.ViewpointRegistry;

/**
 * The diagrams of one open model: read from the representations file beside the model
 * ({@link RepresentationsFile}) when the model editor opens, one editor page each, written back
 * when the model is saved. A page opens its diagram (interprets and draws it) when it is first
 * shown; until then its saved state is written back as it was read. A diagram that cannot be
 * opened (its viewpoint is not installed, its root element is gone) is reported, kept as it was
 * and written back unchanged, so that nothing is lost.
 */
public final class ModelDiagrams {

    private static final Map<ModelEditorContext, ModelDiagrams> OPEN = new WeakHashMap<>();

    private final ModelEditorContext context;
    private final Path file;
    private final List<DiagramEditor> pages = new ArrayList<>();
    private final List<DiagramState> unopened = new ArrayList<>();
    private List<DiagramState> saved = List.of();

    private ModelDiagrams(ModelEditorContext context) {
        this.context = context;
        this.file = RepresentationsFile.besideModel(context.modelPath());
    }

    /**
     * @param context an open model editor
     * @return its diagrams; made (without opening any) on first use
     */
    public static synchronized ModelDiagrams of(ModelEditorContext context) {
        return OPEN.computeIfAbsent(context, ModelDiagrams::new);
    }

    /** @return the representations file */
    public Path file() {
        return file;
    }

    /** @return the diagram pages open, in order */
    public List<DiagramEditor> pages() {
        return List.copyOf(pages);
    }

    /**
     * Adds a page for every diagram of the representations file, each opened when first shown;
     * problems are reported one by one.
     */
    void openAll() {
        List<DiagramState> states;
        try {
            states = RepresentationsFile.read(file);
        } catch (IOException e) {
            report(NLS.bind(Messages.page_cannotRead, e.getMessage()), e);
            return;
        }
        saved = List.copyOf(states);
        for (DiagramState state : states) {
            try {
                addPage(new DiagramEditor(this, state), false);
            } catch (PartInitException e) {
                unopened.add(state);
                report(e.getMessage(), e);
            }
        }
    }

    /** Logs a diagram that could not be read, opened or written. */
    void report(String message, Throwable e) {
        ILog.of(ModelDiagrams.class).log(Status.warning(message, e));
    }

    /**
     * Opens a saved diagram: interprets it on the model as it is now.
     *
     * @param state its saved state
     * @return the session
     * @throws DiagramException when its viewpoint or root is missing, or it cannot be interpreted
     */
    DiagramSession openSession(DiagramState state) throws DiagramException {
        DiagramDescription description = ViewpointRegistry.getDefault().diagram(state.descriptionId()).orElse(null);
        if (description == null) {
            throw new DiagramException(NLS.bind(Messages.page_unknownDescription, state.name(), state.descriptionId()), null);
        }
        EObject root = context.modelResource().getEObject(state.rootId());
        if (root == null) {
            throw new DiagramException(NLS.bind(Messages.page_missingRoot, state.name(), state.rootId()), null);
        }
        return DiagramSession.open(context.editingDomain(), description, root, state);
    }

    private DiagramEditor addPage(DiagramEditor page, boolean show) throws PartInitException {
        // A tab title takes '&' for a mnemonic: double it so that "A&E" reads as written.
        context.addPage(page.diagramName().replace("&", "&&"), page); //$NON-NLS-1$ //$NON-NLS-2$
        pages.add(page);
        if (show) {
            context.showPage(page);
        }
        return page;
    }

    /**
     * Makes a new diagram, laid out afresh, in a new page that becomes active.
     *
     * @param description the kind of diagram
     * @param root        the element it is drawn for
     * @param name        its name, or {@code null} for the default
     * @return the page
     * @throws DiagramException when the viewpoint cannot be interpreted on this root
     * @throws PartInitException when the page cannot be made
     */
    public DiagramEditor create(DiagramDescription description, EObject root, String name) throws DiagramException, PartInitException {
        DiagramState state = null;
        if (name != null && !name.isBlank()) {
            Diagram probe = DiagramInterpreter.create(description, root);
            DiagramState defaults = probe.state();
            state = new DiagramState(name.trim(), defaults.descriptionId(), defaults.rootId(), defaults.layers(), defaults.filters(),
                    Map.of(), java.util.Set.of(), Map.of());
        }
        Diagram diagram = DiagramInterpreter.create(description, root, state);
        DiagramLayout.layout(diagram, DiagramLayout.Scope.ALL);
        DiagramEditor page = addPage(new DiagramEditor(this, new DiagramSession(context.editingDomain(), diagram)), true);
        page.changed();
        return page;
    }

    /** Asks the user for the kind of diagram and its root, and opens it. */
    public void newDiagram() {
        Shell shell = context.editor().getSite().getShell();
        NewDiagramDialog dialog = new NewDiagramDialog(shell, context.model(), ViewpointRegistry.getDefault());
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            EObject root = dialog.root() != null ? dialog.root() : newRoot(dialog.newRootType());
            create(dialog.description(), root, dialog.name());
        } catch (DiagramException | PartInitException e) {
            MessageDialog.openError(shell, Messages.page_newDiagramTitle,
                    NLS.bind(Messages.page_cannotOpen, dialog.name(), e.getMessage()));
        }
    }

    /**
     * Makes the element a new diagram is drawn for, as one undoable command: named for its kind,
     * kept in the folder that holds most of its kind (else at the model's top level).
     *
     * @param type a concrete concept class
     * @return the new element, in the model
     */
    public EObject newRoot(EClass type) {
        Concept element = (Concept) EcoreUtil.create(type);
        element.setId(UUID.randomUUID().toString());
        element.setName(NewDiagramDialog.newName(type));
        Model model = context.model();
        Folder folder = Filing.folderFor(model, type);
        Command add = folder != null
                ? AddCommand.create(context.editingDomain(), folder, ThroughlinePackage.Literals.FOLDER__ELEMENTS, element)
                : AddCommand.create(context.editingDomain(), model, ThroughlinePackage.Literals.MODEL__ELEMENTS, element);
        context.editingDomain().getCommandStack().execute(add);
        return element;
    }

    /**
     * @return the states of every diagram of the model: of each page (as it is now once opened,
     *         else as read), then of the ones that had no page
     */
    public List<DiagramState> states() {
        List<DiagramState> states = new ArrayList<>();
        for (DiagramEditor page : pages) {
            states.add(page.state());
        }
        states.addAll(unopened);
        return states;
    }

    /** @return whether the diagrams differ from the representations file */
    public boolean isDirty() {
        return !states().equals(saved);
    }

    /**
     * Writes the representations file (atomically), unless there is nothing to write.
     *
     * @return whether it was written without problem
     */
    public boolean save() {
        List<DiagramState> states = states();
        if (states.isEmpty() && !Files.exists(file)) {
            saved = states;
            return true;
        }
        try {
            RepresentationsFile.write(file, states);
        } catch (IOException e) {
            report(NLS.bind(Messages.page_cannotSave, file, e.getMessage()), e);
            MessageDialog.openError(context.editor().getSite().getShell(), Messages.page_newDiagramTitle,
                    NLS.bind(Messages.page_cannotSave, file, e.getMessage()));
            return false;
        }
        saved = states;
        pages.forEach(DiagramEditor::changed);
        if (context.modelFile() != null) {
            try {
                context.modelFile().getParent().refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                report(e.getMessage(), e);
            }
        }
        return true;
    }

    /** @param page a page being closed */
    void closed(DiagramEditor page) {
        pages.remove(page);
    }
}
