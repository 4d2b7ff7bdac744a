// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Mends two things fastexcel leaves out of the package it streams, so that every reader reads
 * the workbook alike: each sheet's {@code <dimension>} (fastexcel always writes {@code A1}, and
 * streaming readers such as openpyxl's read-only mode then see one row), and the default
 * {@code Normal} cell style that the styles part should name. The package is copied entry by
 * entry; only the head of each sheet and the styles part are rewritten, so memory stays small
 * whatever the number of rows.
 */
final class WorkbookFinisher {

    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml"); //$NON-NLS-1$
    private static final String STYLES = "xl/styles.xml"; //$NON-NLS-1$
    private static final String WRITTEN_DIMENSION = "<dimension ref=\"A1\"/>"; //$NON-NLS-1$
    private static final String NORMAL_STYLE = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"; //$NON-NLS-1$
    /** The dimension is among the first elements of a sheet: within this many bytes of its start. */
    private static final int HEAD = 4096;

    private WorkbookFinisher() {
    }

    /**
     * @param raw        the package as fastexcel wrote it
     * @param out        where the mended package goes; not closed
     * @param dimensions each sheet's used range ({@code A1:F120}), in the order the sheets were created
     * @throws IOException when reading or writing fails
     */
    static void finish(Path raw, OutputStream out, List<String> dimensions) throws IOException {
        // Read through the central directory: fastexcel's entries carry their sizes after their data.
        try (ZipFile source = new ZipFile(raw.toFile())) {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (ZipEntry entry : source.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    copy(entry.getName(), in, zip, dimensions);
                }
                zip.closeEntry();
            }
            zip.finish();
        }
    }

    private static int indexOf(byte[] data, byte[] wanted) {
        for (int i = 0; i + wanted.length <= data.length; i++) {
            if (java.util.Arrays.equals(data, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    private static void copy(String name, InputStream in, ZipOutputStream zip, List<String> dimensions) throws IOException {
        Matcher sheet = SHEET.matcher(name);
        if (sheet.matches()) {
            int index = Integer.parseInt(sheet.group(1)) - 1;
            byte[] head = in.readNBytes(HEAD);
            String dimension = index < dimensions.size() ? dimensions.get(index) : null;
            int at = dimension == null ? -1 : indexOf(head, WRITTEN_DIMENSION.getBytes(StandardCharsets.US_ASCII));
            if (at < 0) {
                zip.write(head);
            } else {
                zip.write(head, 0, at);
                zip.write(("<dimension ref=\"" + dimension + "\"/>").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
                int after = at + WRITTEN_DIMENSION.length();
                zip.write(head, after, head.length - after);
            }
            in.transferTo(zip);
        } else if (STYLES.equals(name)) {
            String styles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!styles.contains("<cellStyles")) { //$NON-NLS-1$
                styles = styles.replace("<dxfs", NORMAL_STYLE + "<dxfs"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            zip.write(styles.getBytes(StandardCharsets.UTF_8));
        } else {
            in.transferTo(zip);
        }
    }

    /**
     * @param rows    the number of rows used, at least 1
     * @param columns the number of columns used, at least 1
     * @return the range from A1 to the last used cell, such as {@code A1:F120}
     */
    static String range(int rows, int columns) {
        return "A1:" + column(Math.max(columns, 1) - 1) + Math.max(rows, 1); //$NON-NLS-1$
    }

    /** The spreadsheet letters of a 0-based column: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
