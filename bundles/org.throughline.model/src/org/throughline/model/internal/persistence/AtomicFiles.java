// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that, whatever happens (an exception, a crash, the power going), the file on
 * disk is either the old version or the complete new one, never a mixture: the content goes to
 * a temporary file beside the target, is forced to disk, and is then moved over the target in
 * one atomic rename. The previous version is kept as {@code NAME.bak}.
 */
public final class AtomicFiles {

    /** Writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream to write to; not to be closed by the content
         * @throws IOException when writing fails: the target is then left untouched
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** The suffix of the backup of the previous version. */
    public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

    private AtomicFiles() {
    }

    /**
     * @param target a file
     * @return where the previous version of the file is kept
     */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Replaces the target with new content, atomically.
     *
     * @param target  the file to write; its folder must exist
     * @param content writes the new content
     * @throws IOException when the content could not be written; the target is unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * Replaces the target with new content, atomically.
     *
     * @param target     the file to write; its folder must exist
     * @param content    writes the new content
     * @param keepBackup whether the previous version is kept as {@code NAME.bak}
     * @throws IOException when the content could not be written; the target is unchanged
     */
    public static void write(Path target, Content content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            boolean replacing = Files.exists(absolute);
            keepPermissions(replacing ? absolute : null, temporary);
            if (replacing && keepBackup) {
                keepBackup(absolute);
            }
            move(temporary, absolute);
            moved = true;
            forceFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * A temporary file is private to its owner; the saved file gets the permissions of the file
     * it replaces, or those of an ordinary new file (rw-r--r--).
     */
    private static void keepPermissions(Path replaced, Path temporary) {
        try {
            Set<PosixFilePermission> permissions = replaced == null ? PosixFilePermissions.fromString("rw-r--r--") //$NON-NLS-1$
                    : Files.getPosixFilePermissions(replaced);
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Not a POSIX file system: the platform's defaults apply.
        }
    }

    private static void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path fresh = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".bak.tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            // A hard link costs nothing; copying is the fallback on file systems without links.
            Files.delete(fresh);
            try {
                Files.createLink(fresh, target);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.copy(target, fresh, StandardCopyOption.REPLACE_EXISTING);
            }
            move(fresh, backup);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceFolder(Path folder) {
        // Makes the rename itself durable where the platform allows opening a folder.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Not every file system lets a folder be synced; the rename is still atomic.
        }
    }
}
