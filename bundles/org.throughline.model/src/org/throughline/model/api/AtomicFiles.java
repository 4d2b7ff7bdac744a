// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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

import org.eclipse.osgi.util.NLS;
import org.throughline.model.internal.persistence.Messages;

/**
 * The one way Throughline writes a file: whatever happens (an exception, a crash, the power going),
 * the file on disk is either the old version or the complete new one, never a mixture. The content
 * goes to a temporary file in the target's own folder, is forced to disk, takes the permissions of
 * the file it replaces (or rw-r--r-- for a new one), and is moved over the target in one atomic
 * rename; then the folder itself is synced, so that the rename survives a crash too. Every writer
 * of the product uses it: models, representations files, report pages and packs, workbooks,
 * exports and recovery copies.
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

    /** Writes the whole content of a file to a file of its own (for libraries that write to a path). */
    @FunctionalInterface
    public interface FileContent {
        /**
         * @param temporary the new, empty file to write, beside the target
         * @throws IOException when writing fails: the target is then left untouched
         */
        void writeTo(Path temporary) throws IOException;
    }

    /** The suffix of the backup of a model's previous version. */
    public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

    private AtomicFiles() {
    }

    /**
     * @param target a file
     * @return where {@link #writeKeepingBackup(Path, Content)} keeps its previous version
     */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Creates or replaces a file with new content, atomically.
     *
     * @param target  the file to write; its folder must exist
     * @param content writes the new content
     * @throws IOException when the content could not be written (the message says which file and
     *                     why); the target is unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        replace(target, false, streamed(content));
    }

    /**
     * Creates or replaces a file with the given bytes, atomically.
     *
     * @param target the file to write; its folder must exist
     * @param bytes  its new content
     * @throws IOException when the file could not be written; the target is unchanged
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Creates or replaces a file, atomically, with what a library writes to a path of its own.
     *
     * @param target  the file to write; its folder must exist
     * @param content writes the temporary file, which is then forced to disk and renamed over the target
     * @throws IOException when the content could not be written; the target is unchanged
     */
    public static void writeFile(Path target, FileContent content) throws IOException {
        replace(target, false, temporary -> {
            content.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        });
    }

    /**
     * Replaces a file with new content, atomically, keeping its previous version as
     * {@code NAME.bak} (what a model save does).
     *
     * @param target  the file to write; its folder must exist
     * @param content writes the new content
     * @throws IOException when the content could not be written; the target is unchanged
     */
    public static void writeKeepingBackup(Path target, Content content) throws IOException {
        replace(target, true, streamed(content));
    }

    /** Writes the content to the temporary file through a buffer, and forces it to disk. */
    private static FileContent streamed(Content content) {
        return temporary -> {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
        };
    }

    private static void replace(Path target, boolean backup, FileContent writeAndForce) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(NLS.bind(Messages.write_noFolder, absolute));
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(NLS.bind(Messages.write_isFolder, absolute));
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        boolean moved = false;
        try {
            writeAndForce.writeTo(temporary);
            boolean replacing = Files.exists(absolute);
            keepPermissions(replacing ? absolute : null, temporary);
            if (replacing && backup) {
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
