// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.validation;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.throughline.model.api.ModelFiles;
import org.throughline.ui.editor.internal.Messages;

/**
 * Models opened from outside the workspace (File &gt; Open File…) get validation markers in the
 * Problems view like any other: a marker belongs to a workspace resource, so each such model is
 * given one, a <em>link</em> to the file in the workspace project "External models" (Eclipse's
 * way to show a file that lives elsewhere). The link exists while the model is open; removing it
 * removes its markers and never touches the file itself.
 */
public final class ExternalModels {

    private ExternalModels() {
    }

    /** @return the project that holds the links (it may not exist yet) */
    public static IProject project() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(Messages.externalModels_project);
    }

    /**
     * @param file a model file outside the workspace
     * @return the link to it in the project of external models, made if there was none
     * @throws CoreException when the workspace refuses the project or the link
     */
    public static IFile link(Path file) throws CoreException {
        IProject project = openProject();
        IPath location = IPath.fromOSString(file.toAbsolutePath().toString());
        for (IResource member : project.members()) {
            if (member instanceof IFile linked && linked.isLinked() && location.equals(linked.getLocation())) {
                return linked;
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ""; //$NON-NLS-1$
        IFile link = project.getFile(name);
        for (int n = 2; link.exists(); n++) {
            link = project.getFile(stem + " (" + n + ")" + extension); //$NON-NLS-1$ //$NON-NLS-2$
        }
        link.createLink(location, IResource.NONE, null);
        return link;
    }

    /**
     * A folder of models from disk, opened where it is (File &gt; Open Folder of Models): the
     * workspace's own project or folder for it when there is one, else a link to it in the project
     * of external models, under the folder's name. Unlike a file's link, it stays until the user
     * deletes it; nothing (no {@code .project} file) is written into the folder.
     *
     * @param folder a folder on disk
     * @return the folder in the workspace
     * @throws CoreException when the workspace refuses the project or the link
     */
    public static IContainer linkFolder(Path folder) throws CoreException {
        Path real = folder.toAbsolutePath().normalize();
        URI location = real.toUri();
        Optional<IContainer> known = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(location))
                .filter(container -> container.getType() != IResource.ROOT && container.isAccessible())
                .min(Comparator.comparingInt(container -> container.getFullPath().segmentCount()));
        if (known.isPresent()) {
            known.get().refreshLocal(IResource.DEPTH_INFINITE, null);
            return known.get();
        }
        IProject project = openProject();
        String name = real.getFileName() == null ? real.toString() : real.getFileName().toString();
        IFolder link = project.getFolder(name);
        for (int n = 2; link.exists(); n++) {
            link = project.getFolder(name + " (" + n + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        link.createLink(location, IResource.NONE, null);
        return link;
    }

    /**
     * @param folder a folder of the workspace
     * @return its first model file by name (not in subfolders), to open when the folder is opened
     * @throws CoreException when the folder cannot be read
     */
    public static Optional<IFile> firstModel(IContainer folder) throws CoreException {
        return Stream.of(folder.members()).filter(IFile.class::isInstance).map(IFile.class::cast)
                .filter(file -> ModelFiles.FILE_EXTENSION.equals(file.getFileExtension()))
                .min(Comparator.comparing(IResource::getName));
    }

    private static IProject openProject() throws CoreException {
        IProject project = project();
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }

    /**
     * @param file a workspace file
     * @return whether it is a link of the project of external models
     */
    public static boolean isLink(IFile file) {
        return file != null && file.isLinked() && file.getProject().equals(project());
    }

    /**
     * Removes a link made by {@link #link(Path)}, and with it its markers; the file it points at is
     * left as it is (deleting a link deletes only the link).
     *
     * @param link the link
     * @throws CoreException when the workspace refuses
     */
    public static void unlink(IFile link) throws CoreException {
        if (isLink(link) && link.exists()) {
            link.delete(IResource.NONE, null);
        }
    }
}
