// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The typeface of diagrams, charts and the PDF pack: DejaVu Sans, an open font (from the
 * {@code net.sf.jasperreports.fonts} bundle on Maven Central) that covers Latin, Greek, Cyrillic,
 * Hebrew and Arabic. The PDF pack embeds it; SVG declares it first with fallbacks that are no
 * wider, so text measured with its real advance widths fits wherever it is drawn. Measuring
 * reads the font's own tables (fontbox): no display, no system fonts, the same answer everywhere.
 */
public final class Typeface {

    /** The family name under which the font is registered and declared. */
    public static final String FAMILY = "DejaVu Sans"; //$NON-NLS-1$
    /** The CSS font-family list for SVG and HTML: the font first, then narrower sans-serif fonts. */
    public static final String CSS_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif"; //$NON-NLS-1$

    private static final String BUNDLE = "net.sf.jasperreports.fonts"; //$NON-NLS-1$
    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/"; //$NON-NLS-1$

    /** The four faces, by bold and italic. */
    public enum Face {
        /** Upright, normal weight. */
        REGULAR("DejaVuSans.ttf", false, false), //$NON-NLS-1$
        /** Upright, bold. */
        BOLD("DejaVuSans-Bold.ttf", true, false), //$NON-NLS-1$
        /** Slanted, normal weight. */
        ITALIC("DejaVuSans-Oblique.ttf", false, true), //$NON-NLS-1$
        /** Slanted, bold. */
        BOLD_ITALIC("DejaVuSans-BoldOblique.ttf", true, true); //$NON-NLS-1$

        private final String file;
        private final boolean bold;
        private final boolean italic;

        Face(String file, boolean bold, boolean italic) {
            this.file = file;
            this.bold = bold;
            this.italic = italic;
        }

        /** @return whether the face is bold */
        public boolean bold() {
            return bold;
        }

        /** @return whether the face is slanted */
        public boolean italic() {
            return italic;
        }
    }

    /** Advance widths of one face, in thousandths of an em, for the characters of the Basic Multilingual Plane. */
    private static final class Widths {
        final short[] perMille = new short[0x10000];
        final short missing;

        Widths(TrueTypeFont font) throws IOException {
            float unitsPerEm = font.getUnitsPerEm();
            CmapLookup cmap = font.getUnicodeCmapLookup();
            short notDef = (short) Math.round(font.getAdvanceWidth(0) * 1000 / unitsPerEm);
            missing = notDef;
            for (int c = 0; c < perMille.length; c++) {
                int glyph = cmap.getGlyphId(c);
                perMille[c] = glyph == 0 ? -1 : (short) Math.round(font.getAdvanceWidth(glyph) * 1000 / unitsPerEm);
            }
        }
    }

    private static volatile Widths regular;
    private static volatile Widths bold;
    private static volatile boolean unavailable;

    private Typeface() {
    }

    /**
     * @param face a face
     * @return the face's TrueType file, or {@code null} when the font bundle is not installed
     * @throws IOException when it cannot be read
     */
    public static InputStream open(Face face) throws IOException {
        URL entry = entry(face);
        return entry == null ? null : entry.openStream();
    }

    private static URL entry(Face face) {
        Bundle bundle = Platform.getBundle(BUNDLE);
        return bundle == null ? null : bundle.getEntry(FOLDER + face.file);
    }

    /**
     * @param text a line of text
     * @param size the font size
     * @param isBold whether bold
     * @return its width when set in the typeface, or a negative number when the font is not
     *         installed (the caller then estimates)
     */
    static double width(String text, double size, boolean isBold) {
        Widths widths = widths(isBold);
        if (widths == null) {
            return -1;
        }
        long perMille = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue; // a pair counts once, as one missing glyph
            }
            short w = widths.perMille[c];
            perMille += w < 0 ? widths.missing : w;
        }
        return perMille * size / 1000.0;
    }

    private static Widths widths(boolean isBold) {
        Widths widths = isBold ? bold : regular;
        if (widths != null || unavailable) {
            return widths;
        }
        synchronized (Typeface.class) {
            widths = isBold ? bold : regular;
            if (widths != null || unavailable) {
                return widths;
            }
            try (InputStream in = open(isBold ? Face.BOLD : Face.REGULAR)) {
                if (in == null) {
                    unavailable = true;
                    return null;
                }
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    widths = new Widths(font);
                }
            } catch (IOException | RuntimeException e) {
                unavailable = true;
                return null;
            }
            if (isBold) {
                bold = widths;
            } else {
                regular = widths;
            }
            return widths;
        }
    }
}
