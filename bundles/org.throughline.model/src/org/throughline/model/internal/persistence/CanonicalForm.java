// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.model.api.AtomicFiles;

/**
 * The canonical form of a {@code .throughline} file, so that version control sees small,
 * reviewable changes: the same model is always the same bytes, whatever file it was read from.
 * <ul>
 * <li>Elements in the model's own order (folders, then elements, each list as the modeller
 * ordered it); the attributes of an element in the metamodel's order of its features, whatever
 * order a hand-written or foreign file used; namespace declarations in a fixed order with the
 * {@code throughline} prefix.</li>
 * <li>UTF-8, {@code \n} line ends (never the platform's), a line break at the end, two spaces of
 * indentation per level, never a wrapped line: an element's attributes are on its own line, and
 * line breaks inside values are written as {@code &#xA;}, so that an edit of one element changes
 * only that element's line (its start and end tag when it gains or loses children).</li>
 * <li>References as the ids of their targets, in the reference's order.</li>
 * </ul>
 * A file written otherwise (by hand, by an older release, with other line ends or prefixes) is
 * rewritten canonically the first time it is saved; everything the model holds is kept, while
 * XML comments and unused namespace declarations, which are not part of the model, are not.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    /** @return the save options that produce the canonical form */
    static Map<Object, Object> saveOptions() {
        return SaveOptions.defaults();
    }

    /**
     * Writes a resource in canonical form.
     *
     * @param resource a model resource
     * @param out      where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(Resource resource, OutputStream out) throws IOException {
        resource.save(out, saveOptions());
    }

    /**
     * @param resource a model resource
     * @return its canonical bytes
     * @throws IOException when the model cannot be written (a reference EMF cannot write)
     */
    public static byte[] bytes(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        write(resource, out);
        return out.toByteArray();
    }

    /**
     * Replaces a file with the canonical form of a resource, atomically, without keeping a
     * backup beside it (for tools that write into a version-controlled folder, such as Git's
     * merge driver, where a backup would be a stray file).
     *
     * @param resource a model resource
     * @param target   the file to write; its folder must exist
     * @throws IOException when the file could not be written; it is then unchanged
     */
    public static void replace(Resource resource, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(resource, out));
    }
}
