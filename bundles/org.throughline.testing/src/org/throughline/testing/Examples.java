// SPDX-License-Identifier: EPL-2.0
package org.throughline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The example models shipped in {@code org.throughline.examples}, for tests. */
public final class Examples {

    private static final String BUNDLE = "org.throughline.examples";

    private Examples() {
    }

    private static Path folder;

    /**
     * @return a folder holding copies of the example {@code .throughline} files (the bundle
     *         may be a jar), made once per test run
     * @throws IOException when the examples bundle is not installed or cannot be read
     */
    public static synchronized Path folder() throws IOException {
        if (folder != null) {
            return folder;
        }
        Bundle bundle = Platform.getBundle(BUNDLE);
        if (bundle == null) {
            throw new IOException(BUNDLE + " is not installed in the test runtime");
        }
        Path copies = Files.createTempDirectory("throughline-examples");
        Enumeration<URL> entries = bundle.findEntries("models", "*.throughline", false);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                Files.copy(in, copies.resolve(name));
            }
        }
        folder = copies;
        return folder;
    }

    /**
     * @param name a file name such as {@code emergency-care.throughline}
     * @return the path of that example, which exists
     * @throws IOException when there is no such example
     */
    public static Path file(String name) throws IOException {
        Path file = folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no example model " + file);
        }
        return file;
    }

    /**
     * @return every example model file, sorted by name
     * @throws IOException when the folder cannot be listed
     */
    public static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".throughline")).sorted().toList();
        }
    }
}
