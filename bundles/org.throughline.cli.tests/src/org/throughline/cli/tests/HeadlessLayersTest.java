// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Nothing below the workbench layer may reach SWT, JFace or the workbench: checked on the real
 * OSGi wiring of every Throughline bundle that is meant to be headless.
 */
class HeadlessLayersTest {

    private static boolean isUserInterface(String symbolicName) {
        return symbolicName.startsWith("org.eclipse.swt") || symbolicName.startsWith("org.eclipse.jface")
                || symbolicName.startsWith("org.eclipse.ui") || symbolicName.startsWith("org.eclipse.e4.ui");
    }

    static boolean isHeadlessThroughlineBundle(String symbolicName) {
        return symbolicName.startsWith("org.throughline.") && !symbolicName.endsWith(".tests")
                && !symbolicName.equals("org.throughline.app") && !symbolicName.equals("org.throughline.ui")
                && !symbolicName.startsWith("org.throughline.ui.") && !symbolicName.contains(".examples");
    }

    @Test
    void headlessBundlesDoNotReachTheUserInterface() {
        Bundle self = FrameworkUtil.getBundle(HeadlessLayersTest.class);
        List<String> checked = new ArrayList<>();
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (!isHeadlessThroughlineBundle(bundle.getSymbolicName())) {
                continue;
            }
            checked.add(bundle.getSymbolicName());
            String path = pathToUserInterface(bundle);
            assertFalse(path != null, bundle.getSymbolicName() + " reaches the UI layer: " + path);
        }
        assertTrue(checked.contains("org.throughline.cli"), "the command line is checked: " + checked);
        assertTrue(checked.contains("org.throughline.diagram.edit"), "the diagram editing runtime is checked: " + checked);
    }

    /** @return a dependency path from the bundle to a UI bundle, or null when there is none */
    private static String pathToUserInterface(Bundle start) {
        Deque<List<Bundle>> queue = new ArrayDeque<>();
        Set<Bundle> seen = new HashSet<>();
        queue.add(List.of(start));
        while (!queue.isEmpty()) {
            List<Bundle> path = queue.poll();
            Bundle last = path.get(path.size() - 1);
            if (!seen.add(last)) {
                continue;
            }
            if (isUserInterface(last.getSymbolicName())) {
                return path.stream().map(Bundle::getSymbolicName).toList().toString();
            }
            BundleWiring wiring = last.adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                List<Bundle> next = new ArrayList<>(path);
                next.add(wire.getProvider().getBundle());
                queue.add(next);
            }
        }
        return null;
    }
}
