// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Element;
import org.throughline.model.Link;
import org.throughline.model.Model;
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
        NewModelWizard.create(file, ModelTemplates.DELIVERY_CHAIN);
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
        assertFalse(editor.isDirty());
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
        ModelEditor editor = EditorFixture.open(first);
        assertTrue(editor.model().getName().startsWith("Emergency care"));
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
