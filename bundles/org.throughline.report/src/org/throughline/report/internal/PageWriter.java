// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the files of the HTML report, one after another, through buffers of fixed size that one
 * thread reuses: the characters are collected, encoded as UTF-8 and written in one call when a
 * file is small, as most pages are, or part by part when it is not (a section of a large model,
 * the page of an actor every chain refers to). No strings, stream buffers or file-sized arrays
 * are allocated per file, and every page of the report goes through the same kind of writer.
 * One thread writes at a time; another may only {@link #abandon()} the file.
 */
final class PageWriter {

    /** What a page holds between its frame's head and foot. */
    interface Content {
        /**
         * @param html where to write
         * @throws Exception when it cannot be written
         */
        void write(PageMarkup html) throws Exception;
    }

    /** What a file that is not a page holds. */
    interface Text {
        /**
         * @param out where to write
         * @throws IOException when it cannot be written
         */
        void write(Writer out) throws IOException;
    }

    /** Below the size at which the garbage collector treats an array as huge, and costly. */
    private static final int CHARS = 1 << 16;
    private final char[] chars = new char[CHARS];
    private int length;
    /** At most three bytes of UTF-8 per character (a pair of surrogates takes four bytes for two). */
    private final byte[] bytes = new byte[CHARS * 3];
    private Path file;
    /** The file, once part of a long one has been written. Guarded by this writer, as is {@link #abandoned}. */
    private OutputStream out;
    /** Set when whoever waited for the file gave up: nothing more may reach it. */
    private boolean abandoned;
    private final Writer writer = new Writer() {
        @Override
        public void write(char[] text, int offset, int count) throws IOException {
            for (int done = 0; done < count;) {
                int part = room(count - done);
                System.arraycopy(text, offset + done, chars, length, part);
                length += part;
                done += part;
            }
        }

        @Override
        public Writer append(CharSequence text) throws IOException {
            write(text.toString());
            return this;
        }

        @Override
        public void write(String text) throws IOException {
            int count = text.length();
            if (count <= CHARS - length) {
                // Most writes are a tag or a few words, and there is room for them.
                text.getChars(0, count, chars, length);
                length += count;
                return;
            }
            for (int done = 0; done < count;) {
                int part = room(count - done);
                text.getChars(done, done + part, chars, length);
                length += part;
                done += part;
            }
        }

        @Override
        public void flush() {
            // Written when the file is complete.
        }

        @Override
        public void close() {
            // Written when the file is complete.
        }
    };

    /**
     * Writes a page of the report: the frame's head, the content, the frame's foot.
     *
     * @param target  the page's file
     * @param frame   the frame around every page
     * @param run     the report run
     * @param prefix  the way from the page to the report's folder, "" or "../"
     * @param title   the page's title
     * @param content what the page holds
     * @throws UncheckedIOException when the file cannot be written, as {@link PageMarkup} says it
     * @throws Exception            what the content threw
     */
    void page(Path target, Frame frame, Run run, String prefix, String title, Content content) throws Exception {
        start(target);
        try {
            run.setPrefix(prefix);
            PageMarkup html = new PageMarkup(writer, run);
            frame.begin(html, title, prefix);
            content.write(html);
            frame.end(html);
            complete();
        } finally {
            close();
        }
    }

    /**
     * Writes a file that is not a page, such as the search index.
     *
     * @param target  the file
     * @param content what it holds
     * @throws UncheckedIOException when the file cannot be written
     * @throws IOException          what the content threw
     */
    void file(Path target, Text content) throws IOException {
        start(target);
        try {
            content.write(writer);
            complete();
        } finally {
            close();
        }
    }

    private void start(Path target) {
        file = target;
        length = 0;
    }

    private void complete() {
        try {
            encode(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        try {
            finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void finish() throws IOException {
        if (out != null) {
            OutputStream written = out;
            out = null;
            written.close();
        }
    }

    /**
     * Gives up on the file being written by another thread (a section cut off for taking too
     * long): what that thread writes from now on is refused, so the file can be written anew.
     *
     * @throws IOException when the file cannot be closed
     */
    synchronized void abandon() throws IOException {
        abandoned = true;
        finish();
    }

    /** @return how many of the characters wanted fit now (at least one), after writing out a full buffer */
    private int room(int wanted) throws IOException {
        if (length == CHARS) {
            encode(false);
        }
        return Math.min(wanted, CHARS - length);
    }

    /**
     * Encodes the characters collected as UTF-8 and writes them; a surrogate whose pair has not
     * come yet stays, and one without a pair becomes '?', as String.getBytes makes it. Written
     * out here rather than by a CharsetEncoder, whose fast loop stops at the first character that
     * is not ASCII: every page has one (in its frame), so every page took the slow loop.
     */
    private void encode(boolean end) throws IOException {
        int in = 0;
        int size = 0;
        while (in < length) {
            char c = chars[in];
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xc0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xe0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && in + 1 == length && !end) {
                break;
            } else if (Character.isHighSurrogate(c) && in + 1 < length && Character.isLowSurrogate(chars[in + 1])) {
                int code = Character.toCodePoint(c, chars[++in]);
                bytes[size++] = (byte) (0xf0 | code >> 18);
                bytes[size++] = (byte) (0x80 | code >> 12 & 0x3f);
                bytes[size++] = (byte) (0x80 | code >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | code & 0x3f);
            } else {
                bytes[size++] = '?';
            }
            in++;
        }
        synchronized (this) {
            if (abandoned) {
                throw new IOException("abandoned: " + file); //$NON-NLS-1$
            }
            if (out == null) {
                out = Files.newOutputStream(file);
            }
            out.write(bytes, 0, size);
        }
        length -= in;
        System.arraycopy(chars, in, chars, 0, length);
    }
}
