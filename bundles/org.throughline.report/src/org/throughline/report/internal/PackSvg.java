// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.List;
import java.util.Set;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.StrokingTextPainter;
import org.apache.batik.bridge.TextSpanLayout;
import org.apache.batik.gvt.font.GVTGlyphVector;
import org.apache.batik.gvt.text.TextPaintInfo;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscodingHints;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.throughline.diagram.api.Typeface;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Draws the pack's charts and diagrams (inline SVG) with Batik, as openhtmltopdf does, except
 * their text: Batik lays each text out (anchors, lines, right-to-left runs put in visual order),
 * and then, instead of filling the glyphs' outlines, the text is written as text in the pack's
 * embedded font through pdfbox-graphics2d's font text drawer. The labels of charts and diagrams
 * can then be extracted, searched and read aloud like the rest of the pack, and a right-to-left
 * name reads in its own order. A run Batik cannot hand over as plain horizontal text in that font
 * (outlined, on a path, vertical, a character the font lacks) is drawn as shapes, as before.
 */
final class PackSvg extends BatikSVGDrawer {

    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private UserAgentCallback userAgent;
    private Font regular;
    private Font bold;

    /** @return why a chart or diagram could not be drawn (it is left blank), one sentence each */
    List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void withUserAgent(UserAgentCallback callback) {
        super.withUserAgent(callback);
        userAgent = callback;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
        // The library's image decides the size (and writes it into the element); we only draw.
        SVGImage sized = super.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
        Transcoder transcoder = new Transcoder(box, dotsPerPixel, cssWidth, cssHeight);
        hint(transcoder, SVGAbstractTranscoder.KEY_WIDTH, cssWidth, dotsPerPixel);
        hint(transcoder, SVGAbstractTranscoder.KEY_HEIGHT, cssHeight, dotsPerPixel);
        hint(transcoder, SVGAbstractTranscoder.KEY_MAX_WIDTH, CalculatedStyle.getCSSMaxWidth(css, box), dotsPerPixel);
        hint(transcoder, SVGAbstractTranscoder.KEY_MAX_HEIGHT, CalculatedStyle.getCSSMaxHeight(css, box), dotsPerPixel);
        transcoder.setImageSize((float) (sized.getIntrinsicWidth() / dotsPerPixel), (float) (sized.getIntrinsicHeight() / dotsPerPixel));
        // No scripts, no external resources: what the library's default drawer allows.
        transcoder.setSecurityOptions(false, false, Set.of());
        return new Image(sized, svg, transcoder);
    }

    private static void hint(Transcoder transcoder, TranscodingHints.Key key, double value, double dotsPerPixel) {
        if (value >= 0) {
            transcoder.addTranscodingHint(key, Float.valueOf((float) (value / dotsPerPixel)));
        }
    }

    /** The pack's typeface as an AWT font of the given size: what Batik measured with, what the PDF embeds. */
    private synchronized Font font(boolean isBold, float size) {
        if (regular == null) {
            regular = load(Typeface.Face.REGULAR);
            bold = load(Typeface.Face.BOLD);
        }
        return (isBold ? bold : regular).deriveFont(isBold ? Font.BOLD : Font.PLAIN, size);
    }

    private static Font load(Typeface.Face face) {
        try (InputStream in = Typeface.open(face)) {
            if (in == null) {
                throw new IOException(Messages.bind(Messages.pack_noFont, Typeface.FAMILY));
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new UncheckedIOException(new IOException(Messages.bind(Messages.pack_noFont, Typeface.FAMILY), e));
        }
    }

    /** One inline SVG: sized by the library, drawn by our transcoder. */
    private final class Image implements SVGImage {
        private final SVGImage sized;
        private final Element svg;
        private final Transcoder transcoder;

        Image(SVGImage sized, Element svg, Transcoder transcoder) {
            this.sized = sized;
            this.svg = svg;
            this.transcoder = transcoder;
        }

        @Override
        public int getIntrinsicWidth() {
            return sized.getIntrinsicWidth();
        }

        @Override
        public int getIntrinsicHeight() {
            return sized.getIntrinsicHeight();
        }

        @Override
        public boolean hasIntrinsicSize() {
            return sized.hasIntrinsicSize();
        }

        @Override
        public float getIntrinsicRatio() {
            return sized.getIntrinsicRatio();
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            transcoder.setRenderingParameters(device, context, x, y, fontResolver, userAgent);
            transcoder.shared = device instanceof PdfBoxOutputDevice pdf ? pdf.getSharedContext() : null;
            // A standalone SVG document with the element's attributes, content and the CSS that applies to it.
            Document document = SVGDOMImplementation.getDOMImplementation().createDocument(SVGDOMImplementation.SVG_NAMESPACE_URI,
                    "svg", null); //$NON-NLS-1$
            Element root = document.getDocumentElement();
            String css = context.getCss() == null ? null : context.getCss().getCSSForAllDescendants(svg);
            if (css != null && !css.isEmpty()) {
                Element style = document.createElementNS(SVGDOMImplementation.SVG_NAMESPACE_URI, "style"); //$NON-NLS-1$
                style.appendChild(document.createTextNode(css));
                root.appendChild(style);
            }
            NodeList children = svg.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                root.appendChild(document.importNode(children.item(i), true));
            }
            for (int i = 0; i < svg.getAttributes().getLength(); i++) {
                Node attribute = svg.getAttributes().item(i);
                root.setAttribute(attribute.getNodeName(), attribute.getNodeValue());
            }
            try {
                transcoder.transcode(new TranscoderInput(document), null);
            } catch (TranscoderException e) {
                // As the library does: the figure stays blank and the rest of the pack is written; the user is told.
                String problem = Messages.bind(Messages.pack_svgFailed, e.getMessage());
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
    }

    /** openhtmltopdf's transcoder with our text painter in its bridge context. */
    private final class Transcoder extends PDFTranscoder {
        SharedContext shared;

        Transcoder(Box box, double dotsPerPixel, double width, double height) {
            super(box, dotsPerPixel, width, height);
        }

        @Override
        protected BridgeContext createBridgeContext(String version) {
            BridgeContext context = super.createBridgeContext(version);
            context.setTextPainter(new Painter(this));
            return context;
        }
    }

    /** Batik's own text layout; each laid-out run written as text instead of filled outlines. */
    private final class Painter extends StrokingTextPainter {
        private final Transcoder transcoder;
        private EmbeddedFont drawer;

        Painter(Transcoder transcoder) {
            this.transcoder = transcoder;
        }

        @Override
        protected void paintTextRuns(@SuppressWarnings("rawtypes") List textRuns, Graphics2D g2d) {
            for (Object each : textRuns) {
                TextRun run = (TextRun) each;
                if (!(g2d instanceof PdfBoxGraphics2D pdf) || transcoder.shared == null || !asText(run, pdf)) {
                    super.paintTextRuns(List.of(run), g2d);
                }
            }
        }

        /** @return whether the run was drawn (or had nothing to draw) as text */
        private boolean asText(TextRun run, PdfBoxGraphics2D g2d) {
            TextSpanLayout layout = run.getLayout();
            if (layout.isVertical() || layout.isOnATextPath()) {
                return false;
            }
            AttributedCharacterIterator characters = run.getACI();
            characters.first();
            TextPaintInfo paint = (TextPaintInfo) characters.getAttribute(PAINT_INFO);
            if (paint != null && paint.strokePaint != null && paint.strokeStroke != null) {
                return false;
            }
            if (paint == null || !paint.visible || paint.fillPaint == null) {
                return true;
            }
            Float weight = (Float) characters.getAttribute(TextAttribute.WEIGHT);
            Float size = (Float) characters.getAttribute(TextAttribute.SIZE);
            Font font = font(weight != null && weight.floatValue() >= TextAttribute.WEIGHT_BOLD.floatValue(),
                    size == null ? 12f : size.floatValue());
            // Batik has put the characters of the run in visual order (right-to-left text reversed, mirrored).
            StringBuilder visual = new StringBuilder();
            for (char c = characters.first(); c != CharacterIterator.DONE; c = characters.next()) {
                visual.append(c);
            }
            // Bidi controls and other invisible format characters have done their work in that order; no font draws them.
            String shown = visual.codePoints().filter(c -> Character.getType(c) != Character.FORMAT)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (shown.isBlank()) {
                return true;
            }
            if (drawer == null) {
                drawer = new EmbeddedFont(transcoder.shared);
            }
            if (font.canDisplayUpTo(shown) != -1 || !drawer.canEncode(font, shown)) {
                return false;
            }
            // Where Batik placed the run: its leftmost glyph, on the baseline.
            GVTGlyphVector glyphs = layout.getGlyphVector();
            double left = Double.MAX_VALUE;
            double baseline = 0;
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                Point2D position = glyphs.getGlyphPosition(i);
                left = Math.min(left, position.getX());
                baseline = position.getY();
            }
            if (left == Double.MAX_VALUE) {
                return false;
            }
            g2d.setFontTextDrawer(drawer);
            g2d.setPaint(paint.fillPaint);
            g2d.setFont(font);
            g2d.drawString(shown, (float) left, (float) baseline);
            return true;
        }
    }

    /**
     * Writes text in the font the layout engine embeds for the pack's typeface (the same subset
     * as the pages' text). The text arrives in visual order, so right-to-left letters are written
     * as they come.
     */
    private static final class EmbeddedFont extends PdfBoxGraphics2DFontTextDrawer {
        private final SharedContext shared;

        EmbeddedFont(SharedContext shared) {
            this.shared = shared;
        }

        @Override
        protected boolean hasDynamicFontMapping() {
            return true;
        }

        @Override
        public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException, FontFormatException {
            Font font = env.getFont();
            if (mapFont(font, env) == null) {
                return false;
            }
            for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
                if (!font.canDisplay(c)) {
                    return false;
                }
            }
            return true;
        }

        /** @return whether the embedded font has a glyph for every character of the text */
        boolean canEncode(Font font, String text) {
            try {
                PDFont pdf = mapFont(font, null);
                return pdf != null && pdf.encode(text).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
            FontSpecification wanted = new FontSpecification();
            wanted.size = font.getSize2D();
            wanted.families = new String[] { Typeface.FAMILY };
            wanted.fontStyle = IdentValue.NORMAL;
            wanted.fontWeight = font.isBold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.NORMAL;
            wanted.variant = IdentValue.NORMAL;
            PdfBoxFSFont resolved = (PdfBoxFSFont) shared.getFontResolver().resolveFont(shared, wanted);
            return resolved.getFontDescriptions().isEmpty() ? null : resolved.getFontDescriptions().get(0).getFont();
        }
    }
}
