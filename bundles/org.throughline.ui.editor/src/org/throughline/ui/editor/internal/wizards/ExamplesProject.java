// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.throughline.diagram.api.RepresentationsFile;

/**
 * The Examples project: the example models of {@code org.throughline.examples}, each with its
 * diagrams (the representations file beside it), copied into the workspace.
 */
public final class ExamplesProject {

    /** The project's name. */
    public static final String NAME = "Examples"; //$NON-NLS-1$

    /** The example opened first: a real chain a new user understands at once. */
    public static final String FIRST = "emergency-care.throughline"; //$NON-NLS-1$

    /** The page of the first example shown first: its delivery chain, drawn. */
    public static final String FIRST_PAGE = "Delivery Chain"; //$NON-NLS-1$

    private static final String BUNDLE = "org.throughline.examples"; //$NON-NLS-1$

    private ExamplesProject() {
    }

    /**
     * Creates the Examples project with a copy of every example model, unless a project of that
     * name exists.
     *
     * @param workspace the workspace
     * @param monitor   progress, or {@code null}
     * @return the example to open first, or {@code null} when the project existed or no examples are installed
     * @throws CoreException when the project or a file cannot be created
     * @throws IOException   when an example cannot be read
     */
    public static IFile create(IWorkspace workspace, IProgressMonitor monitor) throws CoreException, IOException {
        IProject project = workspace.getRoot().getProject(NAME);
        Bundle bundle = Platform.getBundle(BUNDLE);
        if (project.exists() || bundle == null) {
            return null;
        }
        Enumeration<URL> found = bundle.findEntries("models", "*.throughline", false); //$NON-NLS-1$ //$NON-NLS-2$
        List<URL> examples = found == null ? List.of() : new ArrayList<>(Collections.list(found));
        Enumeration<URL> diagrams = bundle.findEntries("models", "*." + RepresentationsFile.FILE_EXTENSION, false); //$NON-NLS-1$ //$NON-NLS-2$
        if (examples.isEmpty()) {
            return null;
        }
        IProjectDescription description = workspace.newProjectDescription(NAME);
        project.create(description, monitor);
        project.open(monitor);
        IFile first = null;
        for (URL example : examples) {
            String name = example.getPath().substring(example.getPath().lastIndexOf('/') + 1);
            IFile file = project.getFile(name);
            try (InputStream in = example.openStream()) {
                file.create(in, true, monitor);
            }
            if (FIRST.equals(name) || first == null) {
                first = file;
            }
        }
        for (URL diagram : diagrams == null ? List.<URL>of() : Collections.list(diagrams)) {
            IFile file = project.getFile(diagram.getPath().substring(diagram.getPath().lastIndexOf('/') + 1));
            try (InputStream in = diagram.openStream()) {
                file.create(in, true, monitor);
            }
        }
        return first;
    }
}
