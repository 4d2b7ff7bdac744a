// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.report.api.Reports;
import org.throughline.testing.Examples;

/** The report and the pack tell a progress monitor each step, and stop when the user cancels. */
class CancelReportTest {

    @TempDir
    Path temp;

    /** Hears the steps, and cancels once it has heard a given number of them. */
    private static final class Cancelling extends NullProgressMonitor {
        private final int after;
        private final List<String> steps = new ArrayList<>();
        private int total;

        Cancelling(int after) {
            this.after = after;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public synchronized void subTask(String name) {
            steps.add(name);
            if (steps.size() >= after) {
                setCanceled(true);
            }
        }
    }

    private static Model model() throws Exception {
        return (Model) ModelFiles.load(Examples.file("emergency-care.throughline")).getContents().get(0);
    }

    @Test
    void theHtmlReportTellsEachStepAndStopsWhenCancelled() throws Exception {
        Cancelling all = new Cancelling(Integer.MAX_VALUE);
        Reports.writeHtml(model(), temp.resolve("whole"), all);
        assertTrue(all.steps.contains("Indexing the model") && all.steps.contains("Validating"), all.steps.toString());
        assertEquals(all.total, all.steps.size(), "one step told for each step counted: " + all.steps);

        Cancelling early = new Cancelling(1);
        assertThrows(OperationCanceledException.class, () -> Reports.writeHtml(model(), temp.resolve("cancelled"), early));
        assertTrue(early.steps.size() < all.steps.size(), "it stopped before the end: " + early.steps);
        assertTrue(Files.notExists(temp.resolve("cancelled/index.html")), "no overview of a report that was not finished");
    }

    @Test
    void aCancelledPackLeavesThePdfAsItWas() throws Exception {
        Path pdf = temp.resolve("pack.pdf");
        byte[] before = "an earlier pack".getBytes(StandardCharsets.UTF_8);
        Files.write(pdf, before);
        Cancelling early = new Cancelling(1);
        assertThrows(OperationCanceledException.class, () -> Reports.writePack(model(), null, pdf, early));
        assertArrayEquals(before, Files.readAllBytes(pdf), "the file is untouched");
    }
}
