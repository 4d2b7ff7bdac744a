// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.ModelExporter;
import org.throughline.exchange.api.ModelImporter;
import org.throughline.model.Model;

/** Contributions (see plugin.xml) that misbehave as a careless plugin might. */
public final class MisbehavingContributions {

    private MisbehavingContributions() {
    }

    /** Throws while reading. */
    public static final class ThrowingImporter implements ModelImporter {
        @Override
        public ImportPlan check(Model model, Path data, IProgressMonitor monitor) {
            throw new IllegalStateException("boom");
        }
    }

    /** Never answers (until interrupted). */
    public static final class HangingImporter implements ModelImporter {
        @Override
        public ImportPlan check(Model model, Path data, IProgressMonitor monitor) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }

    /** Writes half a file, then throws. */
    public static final class ThrowingExporter implements ModelExporter {
        @Override
        public void write(Model model, Path target, IProgressMonitor monitor) throws IOException {
            Files.writeString(target, "half a fi", StandardCharsets.UTF_8);
            throw new IllegalStateException("disk gremlin");
        }
    }
}
