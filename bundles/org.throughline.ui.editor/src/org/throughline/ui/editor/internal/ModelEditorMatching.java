// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * One model editor per model file, however the file was reached: a model opened from outside the
 * workspace and the link to it that carries its markers (see ExternalModels) are the same model,
 * so opening a marker of the Problems view shows it in the editor already open.
 */
public final class ModelEditorMatching implements IEditorMatchingStrategy {

    @Override
    public boolean matches(IEditorReference editorRef, IEditorInput input) {
        Path wanted = location(input);
        if (wanted == null) {
            return false;
        }
        try {
            return wanted.equals(location(editorRef.getEditorInput()));
        } catch (PartInitException e) {
            return false;
        }
    }

    /**
     * @param input an editor input
     * @return the file in the file system it stands for, or {@code null}
     */
    static Path location(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            IPath location = fileInput.getFile().getLocation();
            return location == null ? null : location.toFile().toPath().toAbsolutePath().normalize();
        }
        if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri).toAbsolutePath().normalize() : null; //$NON-NLS-1$
        }
        return null;
    }
}
