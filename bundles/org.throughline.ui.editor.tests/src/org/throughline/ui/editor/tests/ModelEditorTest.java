// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.Action;
import org.throughline.model.Element;
import org.throughline.model.Folder;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.properties.ItemPropertySourceProvider;
import org.throughline.ui.editor.internal.provider.ConceptIcons;

/** The model editor as a modeller uses it: open an example, edit in the tree and the Properties view, undo, save, reopen. */
class ModelEditorTest {

    private static final String EXAMPLE = "emergency-care.throughline";

    private IFile file;
    private ModelEditor editor;

    @BeforeEach
    void openExample() throws Exception {
        EditorFixture.closeAll();
        file = EditorFixture.example(EXAMPLE);
        editor = EditorFixture.open(file);
    }

    @AfterEach
    void close() {
        EditorFixture.closeAll();
    }

    @Test
    void anExampleOpensAsATreeOfItsModel() {
        ModelEditorContext context = editor.getAdapter(ModelEditorContext.class);
        assertSame(editor, context, "the editor adapts to the page API");
        assertEquals("Emergency care: four hours in A&E", context.model().getName());
        TreeItem[] roots = editor.treePage().viewer().getTree().getItems();
        assertEquals(1, roots.length, "the model is the one root");
        assertEquals("Emergency care: four hours in A&E", roots[0].getText(), "named, its kind told by its icon");
        assertTrue(roots[0].getExpanded(), "the model is expanded");
        List<String> folders = new ArrayList<>();
        for (TreeItem child : roots[0].getItems()) {
            folders.add(child.getText());
        }
        List<String> names = context.model().getFolders().stream().map(folder -> folder.getName()).toList();
        assertTrue(folders.containsAll(names) && folders.stream().noneMatch(text -> text.startsWith("Folder ")),
                "the folders show by their names, not as EMF's \"Folder Purpose\": " + folders);
        assertNotNull(roots[0].getImage(), "tree items have the item providers' icons");
        assertFalse(editor.isDirty(), "a model just opened has no unsaved changes");
        assertEquals(EXAMPLE, editor.getPartName());
    }

    @Test
    void newChildFromTheContextMenuAddsANamedElementToItsFolderThatUndoTakesAway() throws Exception {
        Model model = editor.model();
        Organisation existing = first(Organisation.class);
        Folder home = (Folder) existing.eContainer();
        int before = home.getElements().size();
        int atRoot = model.getElements().size();
        editor.treePage().viewer().setSelection(new StructuredSelection(model), true);
        EditorFixture.flush();

        List<MenuItem> items = EditorFixture.showMenu(editor.treePage().viewer().getTree().getMenu());
        MenuItem newChild = EditorFixture.item(items, "New Child");
        List<MenuItem> concerns = EditorFixture.showMenu(newChild.getMenu());
        assertEquals(List.of("Direction", "Delivery", "Measurement", "Services and programmes", "Governance"),
                concerns.stream().filter(i -> i.getMenu() != null).map(i -> i.getText().replace("&", "")).toList(),
                "the kinds of element are grouped by concern");
        List<MenuItem> kinds = EditorFixture.showMenu(EditorFixture.item(concerns, "Delivery").getMenu());
        EditorFixture.click(EditorFixture.item(kinds, "Organisation"));

        assertEquals(atRoot, model.getElements().size(), "nothing lands at the model's root");
        assertEquals(before + 1, home.getElements().size(), "the organisation goes into the folder of organisations, " + home.getName());
        EObject created = home.getElements().get(home.getElements().size() - 1);
        assertTrue(created instanceof Organisation, "an organisation: " + created);
        assertEquals("New organisation", ((Element) created).getName(), "it has a name to type over");
        assertNotNull(((Element) created).getId(), "the new element has an id at once");
        assertTrue(editor.isDirty(), "the editor has unsaved changes");
        assertEquals(List.of(created), editor.treePage().viewer().getStructuredSelection().toList(),
                "the new element is selected in the tree");
        EditorFixture.awaitValidation();
        assertTrue(editor.treePage().viewer().isCellEditorActive(),
                "its name is open for typing at once, and stays so while validation runs");
        Text name = (Text) editor.treePage().viewer().getCellEditors()[0].getControl();
        assertEquals("New organisation", name.getSelectionText(), "the whole name is selected, so typing replaces it");
        name.setText("Ambulance trust");
        name.notifyListeners(SWT.DefaultSelection, new Event());
        EditorFixture.flush();
        assertEquals("Ambulance trust", ((Element) created).getName(), "Enter gives it the name typed");

        editor.actions().undo().run();
        editor.actions().undo().run();
        EditorFixture.flush();
        assertEquals(before, home.getElements().size(), "undo removes it");
        assertFalse(editor.isDirty(), "back at the saved state");
    }

    @Test
    void aPropertyEditedInThePropertiesViewIsOneUndoableCommand() throws Exception {
        Action action = first(Action.class);
        IPropertySource source = new ItemPropertySourceProvider(editor.editingDomain()).getPropertySource(action);
        IPropertyDescriptor name = descriptor(source, "Name");
        source.setPropertyValue(name.getId(), "Agree a discharge-to-assess pathway");
        assertEquals("Agree a discharge-to-assess pathway", action.getName());
        assertEquals("Agree a discharge-to-assess pathway", source.getPropertyValue(name.getId()));

        IPropertyDescriptor due = descriptor(source, "Due Date");
        Shell shell = editor.getSite().getShell();
        CellEditor dateEditor = due.createPropertyEditor(shell);
        assertNotNull(dateEditor, "dates are edited as text");
        assertNotNull(dateEditor.getValidator().isValid("31/12/2026"), "a date not written yyyy-MM-dd is refused");
        assertNull(dateEditor.getValidator().isValid("2026-12-31"), "yyyy-MM-dd is accepted");
        dateEditor.dispose();
        source.setPropertyValue(due.getId(), LocalDate.parse("2026-12-31"));
        assertEquals(LocalDate.parse("2026-12-31"), action.getDueDate());

        CommandStack stack = editor.editingDomain().getCommandStack();
        assertTrue(stack.canUndo());
        assertTrue(editor.actions().undo().getText().contains("Due Date"), "the Edit menu names the property: "
                + editor.actions().undo().getText());
        editor.actions().undo().run();
        editor.actions().undo().run();
        EditorFixture.flush();
        assertNotEquals("Agree a discharge-to-assess pathway", action.getName(), "undo gives back the old name");
        assertFalse(editor.isDirty());
    }

    @Test
    void organisationsLinksAndNewChildShowThroughlinesOwnIcons() throws Exception {
        Organisation organisation = first(Organisation.class);
        execute(SetCommand.create(editor.editingDomain(), organisation, ThroughlinePackage.Literals.ORGANISATION__KIND,
                org.throughline.model.OrganisationKind.LOCAL_AUTHORITY));
        assertEquals("local-authority", ConceptIcons.key(organisation), "a local authority has an icon of its own");
        var labels = new org.throughline.ui.editor.internal.provider.ItemLabelProvider(editor.adapterFactory());
        try {
            assertEquals(pixels(ConceptIcons.named("local-authority")), pixels(labels.getImage(organisation).getImageData()),
                    "the tree, the Properties view and the Analyses view draw it");
        } finally {
            labels.dispose();
        }
        for (var it = editor.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.throughline.model.Link link && link.getKind() != null) {
                assertNotNull(ConceptIcons.of(link), "a " + link.getKind() + " link has its icon");
            }
        }

        editor.treePage().viewer().setSelection(new StructuredSelection(editor.model()), true);
        EditorFixture.flush();
        List<MenuItem> items = EditorFixture.showMenu(editor.treePage().viewer().getTree().getMenu());
        List<MenuItem> concerns = EditorFixture.showMenu(EditorFixture.item(items, "New Child").getMenu());
        List<MenuItem> kinds = EditorFixture.showMenu(EditorFixture.item(concerns, "Services").getMenu());
        assertEquals(pixels(ConceptIcons.named("service").getImageData(100)),
                pixels(EditorFixture.item(kinds, "Service").getImage().getImageData()), "New Child shows the same icons");
    }

    private static String pixels(org.eclipse.jface.resource.ImageDescriptor descriptor) {
        return pixels(descriptor.getImageData(100));
    }

    private static String pixels(org.eclipse.swt.graphics.ImageData data) {
        StringBuilder text = new StringBuilder(data.width + "x" + data.height + ":");
        for (int y = 0; y < data.height; y++) {
            text.append('\n');
            for (int x = 0; x < data.width; x++) {
                // The icon's shape: which pixels are drawn (faint edges and colours differ with how the screen blends them).
                text.append(data.getAlpha(x, y) < 128 ? '~' : '#');
            }
        }
        return text.toString();
    }

    @Test
    void enumerationValuesReadAsWordsInThePropertiesView() throws Exception {
        Organisation organisation = first(Organisation.class);
        execute(SetCommand.create(editor.editingDomain(), organisation, ThroughlinePackage.Literals.ORGANISATION__KIND,
                org.throughline.model.OrganisationKind.LOCAL_AUTHORITY));
        IPropertySource source = new ItemPropertySourceProvider(editor.editingDomain()).getPropertySource(organisation);
        IPropertyDescriptor kind = descriptor(source, "Kind");
        assertEquals("Local authority", kind.getLabelProvider().getText(source.getPropertyValue(kind.getId())), "not LOCAL_AUTHORITY");
        CellEditor choices = kind.createPropertyEditor(editor.getSite().getShell());
        try {
            List<String> offered = List.of(((org.eclipse.swt.custom.CCombo) choices.getControl()).getItems());
            assertTrue(offered.containsAll(List.of("Central department", "Arms length body", "Local authority", "Voluntary sector")),
                    "the choices are in words too: " + offered);
        } finally {
            choices.dispose();
        }
    }

    @Test
    void undoingEveryEditGivesBackTheStartingModelByteForByte() throws Exception {
        String start = EditorFixture.serialised(editor.modelResource());
        AdapterFactoryEditingDomain domain = editor.editingDomain();
        Model model = editor.model();
        Organisation organisation = first(Organisation.class);
        execute(SetCommand.create(domain, organisation, ThroughlinePackage.Literals.ELEMENT__NAME, "Renamed trust"));
        execute(DeleteCommand.create(domain, List.of(first(Action.class))));
        execute(CopyToClipboardCommand.create(domain, List.of(organisation)));
        execute(PasteFromClipboardCommand.create(domain, model.getFolders().get(0), null));
        Object descriptor = domain.getNewChildDescriptors(model, null).iterator().next();
        execute(CreateChildCommand.create(domain, model, descriptor, List.of(model)));
        assertNotEquals(start, EditorFixture.serialised(editor.modelResource()));

        while (domain.getCommandStack().canUndo()) {
            editor.actions().undo().run();
        }
        EditorFixture.flush();
        assertEquals(start, EditorFixture.serialised(editor.modelResource()));
        assertFalse(editor.isDirty());
    }

    @Test
    void aSavedModelReopensTheSame() throws Exception {
        Organisation organisation = first(Organisation.class);
        String id = organisation.getId();
        execute(SetCommand.create(editor.editingDomain(), organisation, ThroughlinePackage.Literals.ELEMENT__NAME,
                "Northfield Hospitals Trust"));
        String saved = EditorFixture.serialised(editor.modelResource());
        editor.doSave(null);
        EditorFixture.flush();
        assertFalse(editor.isDirty(), "saved");
        String onDisk = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
        assertTrue(onDisk.contains("Northfield Hospitals Trust"), "the file holds the new name");

        EditorFixture.closeAll();
        editor = EditorFixture.open(file);
        EObject reopened = editor.modelResource().getEObject(id);
        assertEquals("Northfield Hospitals Trust", ((Element) reopened).getName(), "the element keeps its id and new name");
        assertEquals(saved, EditorFixture.serialised(editor.modelResource()), "the whole model is as saved");
    }

    @Test
    void aRandomSequenceOfCommandsUndoneGivesBackTheStart() throws Exception {
        String start = EditorFixture.serialised(editor.modelResource());
        AdapterFactoryEditingDomain domain = editor.editingDomain();
        Random random = new Random(20261123L);
        int executed = 0;
        for (int step = 0; step < 60; step++) {
            List<EObject> all = new ArrayList<>();
            editor.model().eAllContents().forEachRemaining(all::add);
            EObject target = all.get(random.nextInt(all.size()));
            Command command = switch (random.nextInt(5)) {
                case 0 -> SetCommand.create(domain, target, target.eClass().getEStructuralFeature("name"), "step " + step);
                case 1 -> DeleteCommand.create(domain, List.of(target));
                case 2 -> {
                    var descriptors = new ArrayList<>(domain.getNewChildDescriptors(target, null));
                    yield descriptors.isEmpty() ? null
                            : CreateChildCommand.create(domain, target, descriptors.get(random.nextInt(descriptors.size())),
                                    List.of(target));
                }
                case 3 -> {
                    Command copy = CopyToClipboardCommand.create(domain, List.of(target));
                    if (copy.canExecute()) {
                        domain.getCommandStack().execute(copy);
                    }
                    yield PasteFromClipboardCommand.create(domain, target.eContainer() == null ? target : target.eContainer(), null);
                }
                default -> SetCommand.create(domain, target, target.eClass().getEStructuralFeature("description"),
                        random.nextBoolean() ? null : "described at step " + step);
            };
            if (command != null && command.canExecute()) {
                domain.getCommandStack().execute(command);
                executed++;
            }
        }
        EditorFixture.flush();
        assertTrue(executed > 30, "most random commands ran: " + executed);
        assertNotEquals(start, EditorFixture.serialised(editor.modelResource()));
        while (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
        EditorFixture.flush();
        assertEquals(start, EditorFixture.serialised(editor.modelResource()));
        assertFalse(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
    }

    @Test
    void aModelDeletedOutsideTheEditorClosesIt() throws Exception {
        file.delete(true, null);
        EditorFixture.flush();
        assertNull(EditorFixture.page().findEditor(new org.eclipse.ui.part.FileEditorInput(file)),
                "the editor of a deleted model closes");
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), "command can run: " + command.getLabel());
        editor.editingDomain().getCommandStack().execute(command);
        EditorFixture.flush();
    }

    private <T> T first(Class<T> type) {
        var contents = editor.model().eAllContents();
        while (contents.hasNext()) {
            EObject next = contents.next();
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new AssertionError("the example has no " + type.getSimpleName());
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String displayName) {
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (displayName.equals(descriptor.getDisplayName())) {
                return descriptor;
            }
        }
        throw new AssertionError("no property " + displayName);
    }
}
