// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Indicator;
import org.throughline.model.api.ModelFiles;
import org.throughline.ui.editor.api.ModelEditorContext;

/** File > Import > Throughline > Data into a Model, with the built-in observations importer. */
class DataImportWizardTest {

    private static final String NEW_OBSERVATION = "indicator id,date,value,source\nec-ind-cat2,2025-04-30,31.5,NHS England\n";

    @TempDir
    Path temp;

    private IFile file;
    private DataImportWizard wizard;
    private WizardDialog dialog;

    @BeforeEach
    void example() throws Exception {
        Workbench.closeEditors();
        file = Workbench.example("emergency-care.throughline");
    }

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        Workbench.closeEditors();
    }

    private DataImportPage openWizard() throws Exception {
        var descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(DataImportWizard.ID);
        assertNotNull(descriptor, "File > Import lists the Throughline data import");
        wizard = (DataImportWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.flush();
        return wizard.page();
    }

    @Test
    void aGoodFileIsImportedIntoTheOpenEditorAsOneUndoableStep() throws Exception {
        ModelEditorContext editor = Workbench.open(file);
        Indicator indicator = (Indicator) editor.modelResource().getEObject("ec-ind-cat2");
        int before = indicator.getObservations().size();
        Path csv = Files.writeString(temp.resolve("new.csv"), NEW_OBSERVATION);

        DataImportPage page = openWizard();
        assertEquals("observations", page.importerId(), "the built-in importer is offered");
        page.setData(csv);
        assertTrue(wizard.canFinish(), String.valueOf(page.getErrorMessage()));
        assertEquals(0, page.listedRejections());
        assertTrue(page.summary().contains("1"), page.summary());

        assertTrue(wizard.performFinish());
        assertEquals(before + 1, indicator.getObservations().size(), "the observation is in the model");
        assertTrue(editor.editor().isDirty(), "the editor holds the import, to save");
        editor.editingDomain().getCommandStack().undo();
        assertEquals(before, indicator.getObservations().size(), "one undo takes the import back");
    }

    @Test
    void aFileWithABadRowListsItAndChangesNothing() throws Exception {
        byte[] onDisk = Files.readAllBytes(file.getLocation().toFile().toPath());
        Path csv = Files.writeString(temp.resolve("bad.csv"), NEW_OBSERVATION + "ec-ind-cat2,2025-05-31,about 30,NHS England\n");

        DataImportPage page = openWizard();
        page.setData(csv);
        assertFalse(wizard.canFinish(), "nothing is imported while a row is rejected");
        assertEquals(1, page.listedRejections(), "the bad row is listed");
        assertTrue(page.getErrorMessage().contains("1 row is rejected"), page.getErrorMessage());
        assertArrayEquals(onDisk, Files.readAllBytes(file.getLocation().toFile().toPath()), "the model file is untouched");
    }

    @Test
    void aModelThatIsNotOpenIsChangedAndSaved() throws Exception {
        Path csv = Files.writeString(temp.resolve("new.csv"), NEW_OBSERVATION);
        Path model = file.getLocation().toFile().toPath();
        int before = ((Indicator) ModelFiles.load(model).getEObject("ec-ind-cat2")).getObservations().size();

        DataImportPage page = openWizard();
        page.setData(csv);
        assertTrue(wizard.canFinish(), String.valueOf(page.getErrorMessage()));
        assertTrue(wizard.performFinish(), String.valueOf(page.getErrorMessage()));

        assertEquals(before + 1, ((Indicator) ModelFiles.load(model).getEObject("ec-ind-cat2")).getObservations().size(),
                "the saved file has the new observation");
    }

    @Test
    void aMissingFileIsSaidInOneSentence() throws Exception {
        DataImportPage page = openWizard();
        assertNull(page.getErrorMessage(), "no error before the user has chosen a file");
        assertFalse(wizard.canFinish());
        page.setData(temp.resolve("nowhere.csv"));
        assertFalse(wizard.canFinish());
        assertTrue(page.getErrorMessage().endsWith("nowhere.csv is not a file."), page.getErrorMessage());
    }
}
