// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a file through a temporary file beside it and a rename, so readers never see half a file. */
public final class AtomicOutput {

    /** What writes the content to a file of its own. */
    @FunctionalInterface
    public interface FileContent {
        /**
         * @param temporary the new, empty file to write, beside the target
         * @throws IOException when writing fails
         */
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * @param target  the file to create or replace
     * @param content writes a temporary file, which then replaces the target
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    public static void write(Path target, FileContent content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(Messages.bind(Messages.output_noFolder, absolute));
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(Messages.bind(Messages.output_isFolder, absolute));
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        boolean moved = false;
        try {
            permissions(temporary, absolute);
            content.writeTo(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * A temporary file is private to its owner; the file it becomes keeps the permissions of the
     * file it replaces, or is readable by others like any new document.
     */
    private static void permissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"); //$NON-NLS-1$
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
