// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.model.internal.persistence.CanonicalForm;

/**
 * The canonical form in which every {@code .throughline} file is written, for tools that work
 * with models under version control (diff, merge, Git's merge driver).
 * <p>
 * The same model always gives the same bytes: elements in the model's order, each element's
 * attributes in the metamodel's order on one line, UTF-8, {@code \n} line ends and a final line
 * break, references as ids. One edit of an element changes only that element's line, so that
 * Git's own diffs and merges stay small. {@link ModelFiles#save(Resource)} writes this form too.
 */
public final class CanonicalFiles {

    private CanonicalFiles() {
    }

    /**
     * @param resource a model resource
     * @return its canonical bytes
     * @throws IOException when the model cannot be written
     */
    public static byte[] bytes(Resource resource) throws IOException {
        return CanonicalForm.bytes(resource);
    }

    /**
     * Writes a model in canonical form to a stream.
     *
     * @param resource a model resource
     * @param out      where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(Resource resource, OutputStream out) throws IOException {
        CanonicalForm.write(resource, out);
    }

    /**
     * Replaces a file with a model in canonical form, atomically (the file is the old content or
     * the whole new one, never a mixture) and without leaving a {@code .bak} beside it: for
     * files in a Git work tree.
     *
     * @param resource a model resource
     * @param target   the file to write; its folder must exist
     * @throws IOException when the file could not be written; it is then unchanged
     */
    public static void replace(Resource resource, Path target) throws IOException {
        CanonicalForm.replace(resource, target);
    }
}
