// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.ThroughlinePackage;
import org.throughline.ui.editor.api.ModelEditorContext;

/** File > Export > Throughline Report, as a modeller fills it in. */
class ReportExportWizardTest {

    @TempDir
    Path temp;

    private IFile file;
    private ReportExportWizard wizard;
    private WizardDialog dialog;

    @BeforeEach
    void example() throws Exception {
        Workbench.closeEditors();
        file = Workbench.example("school-literacy.throughline");
    }

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        Workbench.closeEditors();
    }

    private ReportExportPage openWizard() {
        wizard = (ReportExportWizard) assertDoesNotThrowCreate();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.flush();
        ReportExportPage page = wizard.page();
        page.setOpen(false);
        return page;
    }

    /** The wizard as File > Export finds it: through the workbench's export wizard registry. */
    private static Object assertDoesNotThrowCreate() {
        var descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ReportExportWizard.ID);
        assertNotNull(descriptor, "File > Export lists the Throughline report");
        try {
            return descriptor.createWizard();
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void writesTheHtmlReportOfTheSelectedModel() throws Exception {
        ReportExportPage page = openWizard();
        page.choose("html");
        assertTrue(page.choice().target().getFileName().toString().endsWith("-report"), "a report folder beside the model by default");
        Path folder = temp.resolve("report");
        page.setTarget(folder);
        assertTrue(wizard.canFinish(), page.getErrorMessage());

        assertTrue(wizard.performFinish());
        String index = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("School literacy: reading at age 11"), "the report is of the school literacy model");
        assertTrue(wizard.written().diagrams() > 0, "with its diagrams");
    }

    @Test
    void refusesAFolderHoldingOtherFilesAndLosesNothing() throws Exception {
        ReportExportPage page = openWizard();
        page.choose("html");
        Path folder = Files.createDirectories(temp.resolve("documents"));
        Path precious = Files.writeString(folder.resolve("minutes.txt"), "board minutes");
        page.setTarget(folder);
        Workbench.flush();

        assertFalse(wizard.canFinish(), "Finish is disabled");
        assertTrue(page.getErrorMessage().contains("holding other files"), page.getErrorMessage());
        assertEquals("board minutes", Files.readString(precious));
        assertEquals(List.of(precious), Files.list(folder).toList());

        page.choose("pdf");
        page.setTarget(folder);
        assertTrue(page.getErrorMessage().contains("is a folder"), "a PDF needs a file: " + page.getErrorMessage());
    }

    @Test
    void writesTheStocktakePackOfOnePriority() throws Exception {
        ReportExportPage page = openWizard();
        page.choose("pdf");
        List<String> choices = page.priorityChoices();
        assertEquals("Every priority", choices.get(0));
        assertTrue(choices.size() >= 2, "the model's priorities are offered: " + choices);
        page.choosePriority(1);
        Path pdf = temp.resolve("pack.pdf");
        page.setTarget(pdf);
        assertNotNull(page.choice().priorityId(), "one priority is chosen");

        assertTrue(wizard.performFinish());
        try (InputStream in = Files.newInputStream(pdf)) {
            assertEquals("%PDF", new String(in.readNBytes(4), StandardCharsets.US_ASCII));
        }
        assertTrue(wizard.written().pages() >= 1);
    }

    @Test
    void writesTheWorkbook() throws Exception {
        ReportExportPage page = openWizard();
        page.choose("workbook");
        assertNull(page.choice().priorityId(), "no priority for a workbook");
        Path xlsx = temp.resolve("model.xlsx");
        page.setTarget(xlsx);

        assertTrue(wizard.performFinish());
        try (InputStream in = Files.newInputStream(xlsx)) {
            assertEquals("PK", new String(in.readNBytes(2), StandardCharsets.US_ASCII), "an XLSX (zip) file");
        }
    }

    @Test
    void aModelOpenInAnEditorIsReportedAsTheEditorShowsIt() throws Exception {
        ModelEditorContext editor = Workbench.open(file);
        editor.editingDomain().getCommandStack().execute(SetCommand.create(editor.editingDomain(), editor.model(),
                ThroughlinePackage.Literals.ELEMENT__NAME, "Every child reading well by eleven"));
        Workbench.flush();

        ReportExportPage page = openWizard();
        page.choose("html");
        assertTrue(page.getMessage() != null && page.getMessage().contains("unsaved changes"), String.valueOf(page.getMessage()));
        Path folder = temp.resolve("edited");
        page.setTarget(folder);
        assertTrue(wizard.performFinish());
        String index = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("Every child reading well by eleven"), "the unsaved name is in the report");
        assertTrue(editor.editor().isDirty(), "the editor's changes are still unsaved, not written behind its back");
    }
}
