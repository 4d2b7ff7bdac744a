// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * The Unicode bidirectional algorithm for the pack's pages, from ICU4J: without it the layout
 * engine sets right-to-left text (a Hebrew or Arabic name) left to right, so that it prints
 * backwards and comes out of the PDF backwards. Runs of one direction are found and put in visual
 * order, right-to-left runs reversed with their brackets mirrored, Arabic letters given their
 * joined forms.
 */
final class PackBidi implements BidiSplitterFactory, BidiReorderer {

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        return shape(text, ArabicShaping.LETTERS_SHAPE);
    }

    @Override
    public String deshapeText(String text) {
        return shape(text, ArabicShaping.LETTERS_UNSHAPE);
    }

    private static String shape(String text, int options) {
        try {
            return new ArabicShaping(options).shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** One paragraph's runs, in visual order. */
    private static final class Splitter implements BidiSplitter {
        private Bidi bidi;

        @Override
        public void setParagraph(String paragraph, byte direction) {
            int flags = switch (direction) {
                case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
                case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
                default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            };
            bidi = new Bidi(paragraph, flags);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            return switch (Bidi.getBaseDirection(paragraph)) {
                case Bidi.RTL -> RTL;
                case Bidi.LTR -> LTR;
                default -> NEUTRAL;
            };
        }
    }
}
