// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The real SWT widgets of the Throughline window, as a user sees them. */
class WindowWidgetsTest {

    private static Shell windowShell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @Test
    void theWindowIsTitledThroughlineAndShowsItsIcon() {
        Shell shell = windowShell();
        assertTrue(shell.isVisible());
        assertTrue(shell.getText().startsWith("Throughline"), shell.getText());
        assertTrue(shell.getImages().length >= 2, "window icons from the product branding");
    }

    @Test
    void theMenuBarHasTheEclipseMenusInOrder() {
        Menu bar = windowShell().getMenuBar();
        assertNotNull(bar);
        List<String> labels = Arrays.stream(bar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        assertEquals(List.of("File", "Edit", "Window", "Help"), labels.stream()
                .filter(l -> List.of("File", "Edit", "Window", "Help").contains(l)).toList());
    }

    @Test
    void aPlainShellLaysOutItsChildren() {
        Shell shell = new Shell(windowShell().getDisplay());
        try {
            shell.setLayout(new org.eclipse.swt.layout.FillLayout());
            org.eclipse.swt.widgets.Label label = new org.eclipse.swt.widgets.Label(shell, 0);
            label.setText("Delivery chain");
            shell.setSize(300, 100);
            shell.layout();
            assertEquals(shell.getClientArea().width, label.getBounds().width, "the label fills the shell");
            assertTrue(label.computeSize(-1, -1).x > 0, "the text has a width on screen");
        } finally {
            shell.dispose();
        }
    }
}
