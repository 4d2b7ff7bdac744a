// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Folder;
import org.throughline.model.Link;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.model.api.ModelLoadException;

/**
 * A model kept in a main file and fragments loads as one model, references across the files by
 * id; a fragment that cannot be read is named in one sentence and the rest loads, read-only.
 */
class FragmentsTest {

    private static final ThroughlineFactory F = ThroughlineFactory.eINSTANCE;

    @TempDir
    Path dir;

    private Path main;
    private Path dwp;
    private Path moj;

    /** A model of two departments and a link between them: each department in its own fragment. */
    @BeforeEach
    void writeFragmentedModel() throws IOException {
        main = dir.resolve("claims.throughline"); //$NON-NLS-1$
        dwp = dir.resolve("claims-fragments/dwp.throughline"); //$NON-NLS-1$
        moj = dir.resolve("claims-fragments/moj.throughline"); //$NON-NLS-1$
        Files.createDirectories(dwp.getParent());
        ResourceSet set = ModelFiles.newResourceSet();
        Resource resource = ModelFiles.create(set, main);
        Model model = F.createModel();
        model.setId("m"); //$NON-NLS-1$
        Folder organisations = folder(model, "f-orgs"); //$NON-NLS-1$
        Folder links = folder(model, "f-links"); //$NON-NLS-1$
        Organisation work = organisation(organisations, "org-dwp", "Department for Work and Pensions"); //$NON-NLS-1$ //$NON-NLS-2$
        Organisation justice = organisation(organisations, "org-moj", "Ministry of Justice"); //$NON-NLS-1$ //$NON-NLS-2$
        Organisation centre = organisation(organisations, "org-centre", "Cabinet Office"); //$NON-NLS-1$ //$NON-NLS-2$
        Link link = F.createLink();
        link.setId("link-1"); //$NON-NLS-1$
        link.setName("DWP informs MoJ"); //$NON-NLS-1$
        link.setSource(work);
        link.setTarget(justice);
        links.getElements().add(link);
        Link central = F.createLink();
        central.setId("link-2"); //$NON-NLS-1$
        central.setSource(centre);
        central.setTarget(work);
        links.getElements().add(central);
        resource.getContents().add(model);
        ModelFragments.moveTo(work, ModelFiles.create(set, dwp));
        ModelFragments.moveTo(link, work.eResource());
        ModelFragments.moveTo(justice, ModelFiles.create(set, moj));
        ModelFragments.writeAll(resource);
    }

    private static Folder folder(Model model, String id) {
        Folder folder = F.createFolder();
        folder.setId(id);
        folder.setName(id);
        model.getFolders().add(folder);
        return folder;
    }

    private static Organisation organisation(Folder folder, String id, String name) {
        Organisation organisation = F.createOrganisation();
        organisation.setId(id);
        organisation.setName(name);
        folder.getElements().add(organisation);
        return organisation;
    }

    private static <T> T element(Model model, String id) {
        @SuppressWarnings("unchecked")
        T element = (T) model.eResource().getEObject(id);
        return element;
    }

    @Test
    void theFilesReferToEachOtherByFileAndId() throws IOException {
        String mainText = Files.readString(main, StandardCharsets.UTF_8);
        assertTrue(mainText.contains("href=\"claims-fragments/dwp.throughline#org-dwp\""), mainText); //$NON-NLS-1$
        assertTrue(mainText.contains("href=\"claims-fragments/dwp.throughline#link-1\""), mainText); //$NON-NLS-1$
        assertTrue(mainText.contains("href=\"claims-fragments/moj.throughline#org-moj\""), mainText); //$NON-NLS-1$
        assertTrue(mainText.contains("id=\"org-centre\""), "the organisation left in the main file is written there"); //$NON-NLS-1$
        String dwpText = Files.readString(dwp, StandardCharsets.UTF_8);
        assertTrue(dwpText.contains("id=\"org-dwp\"") && dwpText.contains("id=\"link-1\""), dwpText); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(dwpText.contains("moj.throughline#org-moj"), "the link's target is in the other fragment: " + dwpText); //$NON-NLS-1$
        assertFalse(dwpText.contains("org-centre"), dwpText); //$NON-NLS-1$
    }

    @Test
    void theMainFileLoadsTheWholeModelAsOneTree() throws IOException {
        Resource resource = ModelFiles.load(main);
        Model model = (Model) resource.getContents().get(0);
        assertEquals(List.of(), ModelFragments.problems(resource.getResourceSet()));
        List<String> names = new ArrayList<>();
        model.getFolders().get(0).getElements().forEach(e -> names.add(e.getName()));
        assertEquals(List.of("Department for Work and Pensions", "Ministry of Justice", "Cabinet Office"), names); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Link link = element(model, "link-1"); //$NON-NLS-1$
        assertEquals("Ministry of Justice", link.getTarget().getName(), "a reference across fragments is resolved"); //$NON-NLS-1$
        Link central = element(model, "link-2"); //$NON-NLS-1$
        assertSame(link.getSource(), central.getTarget(), "one element, whichever file refers to it");
        assertTrue(link.getSource().eResource().getURI().toFileString().endsWith("dwp.throughline")); //$NON-NLS-1$
        assertSame(model, org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(link),
                "the fragment's elements sit in the model's folders");
        assertEquals(3, ModelFragments.files(resource).size());
        assertFalse(resource.isModified(), "loading changes nothing to save");
    }

    @Test
    void aMissingFragmentIsNamedAndTheRestLoadsReadOnly() throws IOException {
        byte[] mainBefore = Files.readAllBytes(main);
        Files.delete(moj);
        Resource resource = ModelFiles.load(main);
        List<String> problems = ModelFragments.problems(resource.getResourceSet());
        assertEquals(1, problems.size(), problems.toString());
        String sentence = problems.get(0);
        assertTrue(sentence.contains(moj.toString()) && sentence.contains(main.toString()),
                "names the fragment and its model: " + sentence);
        assertTrue(sentence.contains("does not exist") && sentence.contains("read-only"), sentence); //$NON-NLS-1$ //$NON-NLS-2$
        Model model = (Model) resource.getContents().get(0);
        List<String> ids = new ArrayList<>();
        model.getFolders().get(0).getElements().forEach(e -> ids.add(e.getId()));
        assertEquals(List.of("org-dwp", "org-centre"), ids, "the rest of the model is there"); //$NON-NLS-1$ //$NON-NLS-2$
        Link link = element(model, "link-1"); //$NON-NLS-1$
        assertNull(link.getTarget(), "a reference into the missing fragment is left out");
        assertEquals("Department for Work and Pensions", link.getSource().getName()); //$NON-NLS-1$
        assertTrue(ModelFragments.isPartial(resource.getResourceSet()));
        IOException refused = assertThrows(IOException.class, () -> ModelFiles.save(resource));
        assertTrue(refused.getMessage().contains(moj.toString()), refused.getMessage());
        IOException fragmentRefused = assertThrows(IOException.class, () -> ModelFiles.save(link.eResource()));
        assertTrue(fragmentRefused.getMessage().contains("read-only"), //$NON-NLS-1$
                fragmentRefused.getMessage());
        assertArrayEquals(mainBefore, Files.readAllBytes(main), "nothing on disk changes");
        assertFalse(Files.exists(moj), "no empty fragment is written in its place");
    }

    @Test
    void aDamagedFragmentIsNamedWithWhatIsWrong() throws IOException {
        Files.writeString(moj, "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"", StandardCharsets.UTF_8); //$NON-NLS-1$
        Resource resource = ModelFiles.load(main);
        List<String> problems = ModelFragments.problems(resource.getResourceSet());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains(moj.toString()), problems.get(0));
        assertEquals(2, ((Model) resource.getContents().get(0)).getFolders().get(0).getElements().size());
    }

    @Test
    void aFragmentWithoutAnElementTheModelKeepsThereIsNamed() throws IOException {
        String text = Files.readString(moj, StandardCharsets.UTF_8).replace("id=\"org-moj\"", "id=\"org-elsewhere\""); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(moj, text, StandardCharsets.UTF_8);
        Resource resource = ModelFiles.load(main);
        List<String> problems = ModelFragments.problems(resource.getResourceSet());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("org-moj") && problems.get(0).contains(moj.toString()), problems.get(0)); //$NON-NLS-1$
    }

    @Test
    void aFragmentAloneIsRefusedAsAModelAndReadAloneOnRequest() throws IOException {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(dwp));
        assertTrue(e.getMessage().contains("fragment"), e.getMessage()); //$NON-NLS-1$
        Resource alone = ModelFragments.loadFile(ModelFiles.newResourceSet(), dwp);
        assertTrue(ModelFragments.isFragment(alone));
        Link link = (Link) alone.getEObject("link-1"); //$NON-NLS-1$
        assertTrue(link.getTarget().eIsProxy(), "a reference into another file stays a proxy when the file is read alone");
    }

    @Test
    void anElementMovedBetweenFragmentsKeepsItsIdAndEveryReference() throws IOException {
        Resource resource = ModelFiles.load(main);
        Model model = (Model) resource.getContents().get(0);
        Link link = element(model, "link-1"); //$NON-NLS-1$
        Resource justice = ((Organisation) element(model, "org-moj")).eResource(); //$NON-NLS-1$
        ModelFragments.moveTo(link, justice);
        link.setName("DWP informs the tribunal service"); //$NON-NLS-1$
        for (Resource file : ModelFragments.files(resource)) {
            ModelFiles.save(file);
        }
        assertFalse(Files.readString(dwp, StandardCharsets.UTF_8).contains("link-1")); //$NON-NLS-1$
        assertTrue(Files.readString(moj, StandardCharsets.UTF_8).contains("id=\"link-1\"")); //$NON-NLS-1$
        Model again = (Model) ModelFiles.load(main).getContents().get(0);
        Link moved = element(again, "link-1"); //$NON-NLS-1$
        assertEquals("DWP informs the tribunal service", moved.getName()); //$NON-NLS-1$
        assertEquals("org-dwp", moved.getSource().getId()); //$NON-NLS-1$
        assertEquals("org-moj", moved.getTarget().getId()); //$NON-NLS-1$
        assertSame(again.getFolders().get(1), moved.eContainer(), "still in its folder");
        ModelFragments.moveTo(moved, again.eResource());
        assertSame(again.eResource(), moved.eResource(), "moved back into the main file");
    }

    @Test
    void joiningBringsEveryElementIntoTheMainFile() throws IOException {
        Resource resource = ModelFiles.load(main);
        ModelFragments.join(resource);
        Path joined = dir.resolve("joined.throughline"); //$NON-NLS-1$
        resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(joined.toString()));
        ModelFiles.save(resource);
        String text = Files.readString(joined, StandardCharsets.UTF_8);
        assertFalse(text.contains("href"), text); //$NON-NLS-1$
        Model model = (Model) ModelFiles.load(joined).getContents().get(0);
        assertEquals("Ministry of Justice", ((Link) element(model, "link-1")).getTarget().getName()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
