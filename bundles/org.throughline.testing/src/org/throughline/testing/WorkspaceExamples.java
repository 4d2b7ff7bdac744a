// SPDX-License-Identifier: EPL-2.0
package org.throughline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Example models in the workspace of a workbench test: each test starts from a fresh copy of an
 * example in a project of its own. Needs {@code org.eclipse.core.resources}, which headless tests
 * do not load (the dependency is optional).
 */
public final class WorkspaceExamples {

    private WorkspaceExamples() {
    }

    /**
     * Copies an example into a project of the workspace (created and opened when needed),
     * replacing an earlier copy.
     *
     * @param project the project's name
     * @param name    the example's file name, such as {@code emergency-care.throughline}
     * @return the copy
     */
    public static IFile copy(String project, String name) throws IOException, CoreException {
        IProject target = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
        if (!target.exists()) {
            target.create(null);
        }
        if (!target.isOpen()) {
            target.open(null);
        }
        IFile file = target.getFile(name);
        try (InputStream in = Files.newInputStream(Examples.file(name))) {
            if (file.exists()) {
                file.setContents(in, IResource.FORCE, null);
            } else {
                file.create(in, true, null);
            }
        }
        return file;
    }
}
