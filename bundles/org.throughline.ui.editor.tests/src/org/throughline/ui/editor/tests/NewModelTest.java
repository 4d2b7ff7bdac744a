// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.diagram.api.DiagramState;
import org.throughline.diagram.api.RepresentationsFile;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Link;
import org.throughline.model.Model;
import org.throughline.model.Tier;
import org.throughline.model.api.ModelFiles;
import org.throughline.ui.editor.internal.ModelEditor;
import org.throughline.ui.editor.internal.wizards.ExamplesProject;
import org.throughline.ui.editor.internal.wizards.ModelTemplates;
import org.throughline.ui.editor.internal.wizards.NewModelWizard;

/** New models from the wizard's templates, and the Examples project a new user starts with. */
class NewModelTest {

    @AfterEach
    void close() {
        EditorFixture.closeAll();
    }

    @Test
    void theDeliveryChainSkeletonIsARealChainFromTheCentreToThePeopleServed() throws Exception {
        IFile file = project().getFile("skeleton.throughline");
        if (file.exists()) {
            file.delete(true, null);
        }
        // The wizard's file page creates the file empty first.
        file.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
        NewModelWizard.create(file, ModelTemplates.STARTER_CHAIN);
        assertTrue(file.exists(), "the file is in the workspace");
        assertFalse(file.getParent().getFile(new org.eclipse.core.runtime.Path("skeleton.throughline.bak")).exists(),
                "no backup of the empty file is left beside it");

        Resource saved = ModelFiles.load(file.getLocation().toFile().toPath());
        Model model = (Model) saved.getContents().get(0);
        assertEquals("skeleton", model.getName(), "the model is named after its file");
        DeliveryChain chain = null;
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Element element) {
                assertNotNull(element.getId(), "every element has an id: " + element.getName());
            }
            if (next instanceof DeliveryChain found) {
                chain = found;
            }
        }
        assertNotNull(chain, "the skeleton has a delivery chain");
        assertNotNull(chain.getPriority().getOwner(), "its priority has an SRO");
        List<Link> links = chain.getLinks();
        assertEquals(2, links.size());
        assertEquals(links.get(0).getTarget(), links.get(1).getSource(), "the links form one chain");
        assertTrue(chain.getActors().contains(links.get(1).getTarget()), "the chain reaches the people served");

        ModelEditor editor = EditorFixture.open(file);
        assertEquals(3, editor.treePage().viewer().getTree().getItem(0).getItemCount(), "three folders show in the tree");
        assertEquals(2, diagramPages(editor), "it comes with its Delivery Chain and Outcome Map diagrams");
        assertFalse(editor.isDirty());
    }

    @Test
    void theNewModelWizardOpensADeliveryChainDiagramReadyToDrawIn() throws Exception {
        IProject project = project();
        for (String name : List.of("first-chain.throughline", "first-chain.throughline-diagrams")) {
            if (project.getFile(name).exists()) {
                project.getFile(name).delete(true, null);
            }
        }
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(EditorFixture.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Text fileName = widgets(dialog.getShell(), Text.class).stream().filter(t -> t.getText().endsWith(".throughline"))
                    .findFirst().orElseThrow();
            fileName.setText("first-chain.throughline");
            press(dialog.getShell(), "Next");
            List<String> templates = widgets(dialog.getShell(), Button.class).stream().filter(b -> (b.getStyle() & SWT.RADIO) != 0)
                    .map(Button::getText).toList();
            assertEquals(List.of("Delivery chain", "Service flow", "Portfolio", "Delivery chain to adapt", "Empty model"), templates,
                    "the templates on offer, a delivery chain to draw first");
            press(dialog.getShell(), "Finish");
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        EditorFixture.flush();

        IFile file = project.getFile("first-chain.throughline");
        assertTrue(file.exists(), "the model is written");
        assertTrue(project.getFile("first-chain.throughline-diagrams").exists(), "its diagrams are written beside it");
        List<DiagramState> diagrams = RepresentationsFile.read(RepresentationsFile.besideModel(file.getLocation().toFile().toPath()));
        assertEquals(List.of("delivery-chain", "outcome-map"), diagrams.stream().map(DiagramState::descriptionId).toList());
        Model model = (Model) ModelFiles.load(file.getLocation().toFile().toPath()).getContents().get(0);
        List<Tier> tiers = new ArrayList<>();
        model.eAllContents().forEachRemaining(e -> {
            if (e instanceof Tier tier) {
                tiers.add(tier);
            }
        });
        assertEquals(3, tiers.size(), "centre, delivery, people served");
        for (Tier tier : tiers) {
            assertTrue(diagrams.get(0).nodes().keySet().stream().anyMatch(key -> key.contains(tier.getId())),
                    "the empty chain shows a lane for " + tier.getName() + " to draw into: " + diagrams.get(0).nodes().keySet());
        }

        ModelEditor editor = (ModelEditor) EditorFixture.page().getActiveEditor();
        assertEquals(file, editor.modelFile(), "the new model is open");
        assertNotSame(editor.treePage(), editor.activePage(), "not on the tree");
        assertEquals("Delivery Chain", editor.activePageTitle(), "on its Delivery Chain diagram");
        assertEquals("org.throughline.ui.diagram.internal", editor.activePage().getClass().getPackageName(), "a diagram page");
        assertFalse(editor.isDirty(), "nothing to save yet");
    }

    @Test
    void theServiceFlowAndPortfolioTemplatesComeWithTheirDiagrams() throws Exception {
        for (ModelTemplates template : List.of(ModelTemplates.SERVICE_FLOW, ModelTemplates.PORTFOLIO)) {
            IFile file = project().getFile(template.name().toLowerCase(java.util.Locale.ROOT) + ".throughline");
            if (file.exists()) {
                file.delete(true, null);
            }
            NewModelWizard.create(file, template);
            List<DiagramState> diagrams = RepresentationsFile.read(RepresentationsFile.besideModel(file.getLocation().toFile().toPath()));
            String expected = template == ModelTemplates.SERVICE_FLOW ? "service-flow" : "dependencies";
            assertEquals(expected, diagrams.get(0).descriptionId(), template + " opens on its diagram");
            assertFalse(diagrams.get(0).nodes().isEmpty(), template + ": its first elements are drawn");
            ModelEditor editor = EditorFixture.open(file);
            assertEquals(diagrams.size(), diagramPages(editor), template + ": a page per diagram");
            assertFalse(editor.isDirty());
        }
    }

    /** @return how many diagram pages the editor has (a test plugin adds a page of its own) */
    private static long diagramPages(ModelEditor editor) {
        return editor.contributedPages().stream().filter(p -> p.getClass().getPackageName().startsWith("org.throughline.ui.diagram"))
                .count();
    }

    private static <T extends Widget> List<T> widgets(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && child.isVisible()) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(widgets(composite, type));
            }
        }
        return found;
    }

    private static void press(Composite shell, String label) {
        Button button = widgets(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").startsWith(label)
                && (b.getStyle() & SWT.PUSH) != 0).findFirst().orElseThrow(() -> new AssertionError("no button " + label));
        assertTrue(button.isEnabled(), label + " can be pressed");
        button.notifyListeners(SWT.Selection, new Event());
        EditorFixture.flush();
    }

    @Test
    void anEmptyModelHasNothingButItsName() throws Exception {
        IFile file = project().getFile("empty.throughline");
        if (file.exists()) {
            file.delete(true, null);
        }
        NewModelWizard.create(file, ModelTemplates.EMPTY);
        Model model = (Model) ModelFiles.load(file.getLocation().toFile().toPath()).getContents().get(0);
        assertEquals("empty", model.getName());
        assertTrue(model.eContents().isEmpty(), "nothing in it");
    }

    @Test
    void theExamplesProjectHoldsEveryExampleAndIsNeverOverwritten() throws Exception {
        IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesProject.NAME);
        if (examples.exists()) {
            examples.delete(true, true, null);
        }
        IFile first = ExamplesProject.create(ResourcesPlugin.getWorkspace(), null);
        assertNotNull(first);
        assertEquals(ExamplesProject.FIRST, first.getName(), "the emergency care chain opens first");
        for (String name : List.of("emergency-care.throughline", "school-literacy.throughline", "benefit-claims.throughline")) {
            assertTrue(examples.getFile(name).exists(), name + " is in the Examples project");
        }
        for (String name : List.of("emergency-care.throughline-diagrams", "school-literacy.throughline-diagrams",
                "benefit-claims.throughline-diagrams")) {
            assertTrue(examples.getFile(name).exists(), name + ": the example's diagrams come with it");
        }
        ModelEditor editor = EditorFixture.open(first);
        assertTrue(editor.model().getName().startsWith("Emergency care"));
        assertEquals(6, diagramPages(editor), "a page for each of the six built-in diagrams, laid out");
        for (IEditorPart page : editor.contributedPages()) {
            editor.showPage(page);
            EditorFixture.flush();
        }
        EditorFixture.flush();
        assertFalse(editor.isDirty(), "opening an example and looking at its diagrams changes nothing");
        long stamp = examples.getFile("emergency-care.throughline-diagrams").getModificationStamp();
        EditorFixture.closeAll();
        assertEquals(stamp, examples.getFile("emergency-care.throughline-diagrams").getModificationStamp(), "nor is anything written");
        assertNull(ExamplesProject.create(ResourcesPlugin.getWorkspace(), null), "an existing Examples project is left alone");
    }

    private static IProject project() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EditorFixture.PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }
}
