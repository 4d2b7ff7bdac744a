// SPDX-License-Identifier: EPL-2.0
package org.throughline.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The product a user starts is branded Throughline, with its version and build id in About. */
class ProductBrandingTest {

    @Test
    void theRunningProductIsThroughline() {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "a product is running");
        assertEquals("org.throughline.app.product", product.getId());
        assertEquals("Throughline", product.getName());
        assertEquals("org.throughline.app.application", product.getApplication());
    }

    @Test
    void theAboutTextNamesTheVersionAndTheBuildId() throws IOException {
        IProduct product = Platform.getProduct();
        String about = product.getProperty("aboutText");
        assertTrue(about.contains("Version: {0}") && about.contains("Build id: {1}"), about);
        URL mappings = FileLocator.find(product.getDefiningBundle(), new Path("about.mappings"));
        assertNotNull(mappings, "about.mappings is packaged");
        Properties values = new Properties();
        try (InputStream in = mappings.openStream()) {
            values.load(in);
        }
        assertEquals("0.1.0", values.getProperty("0"));
        String build = values.getProperty("1");
        assertFalse(build.contains("$"), "the build id is filled in: " + build);
        assertEquals(product.getDefiningBundle().getVersion().getQualifier(), build);
    }

    @Test
    void theWindowIsTitledThroughline() {
        assertEquals("Throughline", PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
    }

    @Test
    void theFileMenuOffersImportAndExport() {
        org.eclipse.swt.widgets.Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        org.eclipse.swt.widgets.MenuItem file = java.util.Arrays.stream(bar.getItems())
                .filter(item -> item.getText().replace("&", "").equals("File")).findFirst().orElseThrow();
        org.eclipse.swt.widgets.Menu menu = file.getMenu();
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        java.util.List<String> items = java.util.Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "")).toList();
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Export")), "File > Export: " + items);
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Import")), "File > Import: " + items);
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
    }
}
