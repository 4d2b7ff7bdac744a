// SPDX-License-Identifier: EPL-2.0
package org.throughline.report.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.core.runtime.IProgressMonitor;
import org.throughline.analysis.internal.UnchangingModel;
import org.throughline.diagram.api.Typeface;
import org.throughline.model.Assessment;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.model.api.AsAt;
import org.throughline.model.api.AtomicFiles;
import org.throughline.report.api.ReportSummary;
import org.throughline.viewpoint.api.ViewpointRegistry;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Writes the PDF stocktake pack: a cover with the contents, then for each priority the parts of
 * every section that contributes to packs (ours: the five questions, weak links, risks), each
 * part isolated so that one failing section leaves a note and the rest of the pack. The pack is
 * made as XHTML, parsed, and laid out into PDF by openhtmltopdf, SVG drawn by Batik.
 */
public final class PackWriter {

    private final Model model;
    private final Priority only;
    private final Path pdf;
    private final IProgressMonitor monitor;
    private final SectionRegistry sections;
    private final ViewpointRegistry viewpoints;
    private final List<String> failed = new ArrayList<>();

    /**
     * @param model      the model
     * @param priority   the one priority, or {@code null} for all
     * @param pdf        the file to write
     * @param monitor    progress and cancellation, or {@code null}
     * @param sections   the sections
     * @param viewpoints where diagrams come from
     */
    public PackWriter(Model model, Priority priority, Path pdf, IProgressMonitor monitor, SectionRegistry sections,
            ViewpointRegistry viewpoints) {
        // The pack shows the model as it was known on its as-at date, nothing later.
        this.model = AsAt.view(model);
        this.only = priority == null || this.model == model ? priority
                : (Priority) org.throughline.analysis.api.Analyses.element(this.model, priority.getId());
        this.pdf = pdf;
        this.monitor = monitor;
        this.sections = sections;
        this.viewpoints = viewpoints;
    }

    /**
     * @return what was written
     * @throws IOException when the file cannot be written
     */
    public ReportSummary write() throws IOException {
        // The pack's model stays as it is while it is written: its analyses share one walk of it.
        return UnchangingModel.during(model, this::writePack);
    }

    private ReportSummary writePack() throws IOException {
        Catalogue catalogue = new Catalogue(model);
        Run run = new Run(catalogue, true);
        run.setViewpoints(viewpoints);
        List<Priority> priorities = only != null ? List.of(only)
                : catalogue.all(Priority.class).stream()
                        .sorted(java.util.Comparator.comparing(Priority::getRank, java.util.Comparator.nullsLast(java.util.Comparator
                                .naturalOrder())))
                        .toList();
        Steps steps = new Steps(monitor, Messages.bind(Messages.progress_report, pdf.getFileName()), priorities.size() + 1);
        StringWriter buffer = new StringWriter(1 << 16);
        PageMarkup html = new PageMarkup(buffer, run);
        html.trusted("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head><meta charset=\"utf-8\"/><title>"); //$NON-NLS-1$
        html.text(Messages.bind(Messages.pack_title, Labels.label(model)));
        html.trusted("</title><meta name=\"subject\" content=\""); //$NON-NLS-1$
        html.text(Messages.pack_subject);
        html.trusted("\"/><meta name=\"author\" content=\"Throughline\"/><style>").trusted(css()).trusted("</style></head><body>"); //$NON-NLS-1$ //$NON-NLS-2$
        cover(html, run, priorities);
        sections.problems().forEach(failed::add);
        for (Priority priority : priorities) {
            steps.next(Messages.bind(Messages.progress_pack, Labels.label(priority)));
            html.open("div", "class", "pack"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("p", Messages.pack_stocktakePack, "class", "kicker"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.element("h1", Labels.label(priority)); //$NON-NLS-1$
            boolean first = true;
            for (SectionRegistry.Contribution section : sections.sections()) {
                if (!section.pack()) {
                    continue;
                }
                html.open("div", "class", first ? "part first" : "part"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                first = false;
                html.trusted(part(run, section, priority));
                html.close();
            }
            html.close();
        }
        html.trusted("</body></html>"); //$NON-NLS-1$
        steps.next(Messages.progress_pdf);
        int pages = render(buffer.toString());
        steps.done();
        return new ReportSummary(pdf, pages, 0, List.copyOf(failed), List.of());
    }

    private String part(Run run, SectionRegistry.Contribution section, Priority priority) {
        StringWriter part = new StringWriter();
        PageMarkup html = new PageMarkup(part, run);
        String message = sections.write(section, instance -> instance.writePack(run, priority, html));
        if (message == null) {
            while (html.openElements() > 0) {
                html.close();
            }
            return part.toString();
        }
        if (!failed.contains(message)) {
            failed.add(message);
        }
        StringWriter note = new StringWriter();
        new PageMarkup(note, run).element("h2", section.title()).element("p", message, "class", "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return note.toString();
    }

    private void cover(PageMarkup html, Run run, List<Priority> priorities) {
        html.open("div", "class", "cover"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.element("p", Messages.pack_stocktakePack, "class", "kicker"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.element("h1", Labels.label(model)); //$NON-NLS-1$
        html.element("p", Messages.bind(Messages.overview_asAt, Labels.date(run.asAt()))); //$NON-NLS-1$
        if (model.getDescription() != null) {
            html.element("p", model.getDescription(), "class", "description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        html.element("h2", Messages.pack_contents); //$NON-NLS-1$
        if (priorities.isEmpty()) {
            html.element("p", Messages.stocktake_none); //$NON-NLS-1$
        }
        html.open("ol"); //$NON-NLS-1$
        for (Priority priority : priorities) {
            PriorityScope scope = PriorityScope.of(run.catalogue(), priority);
            Assessment latest = scope.assessments().isEmpty() ? null : scope.assessments().get(scope.assessments().size() - 1);
            html.open("li").text(Labels.label(priority)).text(" "); //$NON-NLS-1$ //$NON-NLS-2$
            html.element("span", latest == null ? Messages.overview_notAssessed : Labels.value(latest.getRating()), "class", //$NON-NLS-1$ //$NON-NLS-2$
                    "badge " + Labels.cssClass("rating", latest == null ? null : latest.getRating())); //$NON-NLS-1$ //$NON-NLS-2$
            html.close();
        }
        html.close();
        html.element("h2", org.throughline.report.internal.sections.StocktakeMessages.portfolio_cover); //$NON-NLS-1$
        org.throughline.report.internal.sections.PortfolioSection.leagueTable(run, html, priorities);
        html.close();
    }

    private static String css() throws IOException {
        try (InputStream in = PackWriter.class.getResourceAsStream("assets/pack.css")) { //$NON-NLS-1$
            if (in == null) {
                throw new IOException("missing asset pack.css"); //$NON-NLS-1$
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int render(String xhtml) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            factory.setExpandEntityReferences(false);
            factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", "0"); //$NON-NLS-1$ //$NON-NLS-2$
            DocumentBuilder builder = factory.newDocumentBuilder();
            document = builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (Exception e) {
            throw new IOException(Messages.bind(Messages.pack_notWellFormed, e.getMessage()), e);
        }
        Path parent = pdf.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int[] pages = new int[1];
        AtomicFiles.write(pdf, out -> {
            // The command line's standard error is for the user, not for the layout engine's diary.
            XRLog.setLoggingEnabled(false);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged (PDF/UA: structure, language, alternative text) and archivable (PDF/A-3a: every font embedded).
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.withProducer("Throughline"); //$NON-NLS-1$
            // The typeface for the pages and for Batik's layout of the charts' and diagrams' text.
            for (Typeface.Face face : Typeface.Face.values()) {
                builder.useFont(() -> font(face), Typeface.FAMILY, weight(face), style(face), true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
            }
            // Charts' and diagrams' labels as text in that font, extractable like the pages' text.
            PackSvg figures = new PackSvg();
            builder.useSVGDrawer(figures);
            // Right-to-left names in their reading order.
            PackBidi bidi = new PackBidi();
            builder.useUnicodeBidiSplitter(bidi);
            builder.useUnicodeBidiReorderer(bidi);
            builder.withW3cDocument(document, pdf.toAbsolutePath().toUri().toString());
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                PDDocument pdfDocument = renderer.createPDFKeepOpen();
                pages[0] = pdfDocument.getNumberOfPages();
                // Without object streams: qpdf and other checkers then count the objects as written.
                pdfDocument.save(out, CompressParameters.NO_COMPRESSION);
            }
            failed.addAll(figures.problems());
        });
        return pages[0];
    }

    private static Integer weight(Typeface.Face face) {
        return Integer.valueOf(face.bold() ? 700 : 400);
    }

    private static FontStyle style(Typeface.Face face) {
        return face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
    }

    /** The font's file, for the layout engine, which asks for it when it first sets text in that face. */
    private static InputStream font(Typeface.Face face) {
        try {
            InputStream in = Typeface.open(face);
            if (in == null) {
                throw new UncheckedIOException(new IOException(Messages.bind(Messages.pack_noFont, Typeface.FAMILY)));
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content area of an A4 page in CSS pixels (96 to the inch) with the pack's margins: upright, and turned. */
    static final double PAGE_WIDTH = 680;
    static final double PAGE_HEIGHT = 860;
    static final double WIDE_WIDTH = 1000;
    static final double WIDE_HEIGHT = 560;
    /**
     * The most a drawing's least scale may be: at 1 a CSS pixel prints as 0.75 pt, so text of 9 px
     * (the smallest the diagrams and charts use) prints at about 7 pt.
     */
    static final double MIN_SCALE = 1.0;
    /** The smallest text a drawing of the pack may print at, in points. */
    static final double MIN_TEXT_PT = 7.0;
    /** Points per CSS pixel (96 to the inch, 72 points to the inch). */
    private static final double PT_PER_PX = 0.75;
    private static final java.util.regex.Pattern FONT_SIZE = java.util.regex.Pattern.compile(" font-size=\"([0-9.]+)\""); //$NON-NLS-1$

    /**
     * @param svg an SVG element as text
     * @return the least it may be scaled so that its smallest text prints at 7 pt or more (a
     *         diagram whose smallest text is 10 px may shrink to 0.93, one of 11 px to 0.85),
     *         and never more than {@link #MIN_SCALE}
     */
    public static double leastScale(String svg) {
        double smallest = Double.MAX_VALUE;
        java.util.regex.Matcher sizes = FONT_SIZE.matcher(svg);
        while (sizes.find()) {
            try {
                double size = Double.parseDouble(sizes.group(1));
                if (size > 0) {
                    smallest = Math.min(smallest, size);
                }
            } catch (NumberFormatException e) {
                // not a size: leave it out
            }
        }
        return smallest == Double.MAX_VALUE ? MIN_SCALE : Math.min(MIN_SCALE, MIN_TEXT_PT / (PT_PER_PX * smallest));
    }

    /**
     * A diagram or chart as figures of the pack, legible on A4: scaled down to fit an upright
     * page when that keeps its text at 7 pt or more ({@link #leastScale}); else on a turned
     * (landscape) page; else cut into tiles, each on a turned page at the least scale, read left
     * to right and top to bottom.
     * Each figure carries its alternative text (openhtmltopdf tags it as the figure's /Alt).
     *
     * @param svg an SVG element as text
     * @param alt what the drawing shows, for those who cannot see it
     * @return the markup of one or more figures
     */
    public static String figures(String svg, String alt) {
        int end = svg.indexOf('>');
        double width = end < 0 ? -1 : attribute(svg.substring(0, end), "width"); //$NON-NLS-1$
        double height = end < 0 ? -1 : attribute(svg.substring(0, end), "height"); //$NON-NLS-1$
        double least = leastScale(svg);
        if (width <= 0 || height <= 0 || Math.min(PAGE_WIDTH / width, PAGE_HEIGHT / height) >= least) {
            return "<figure class=\"diagram\">" + titled(fit(svg, PAGE_WIDTH, PAGE_HEIGHT), alt) + "</figure>"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (Math.min(WIDE_WIDTH / width, WIDE_HEIGHT / height) >= least) {
            return "<figure class=\"diagram wide\">" + titled(fit(svg, WIDE_WIDTH, WIDE_HEIGHT), alt) + "</figure>"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        int across = (int) Math.ceil(width * least / WIDE_WIDTH);
        int down = (int) Math.ceil(height * least / WIDE_HEIGHT);
        double tileWidth = width / across;
        double tileHeight = height / down;
        StringBuilder tiles = new StringBuilder();
        int count = across * down;
        for (int row = 0; row < down; row++) {
            for (int column = 0; column < across; column++) {
                int number = row * across + column + 1;
                String head = svg.substring(0, end)
                        .replaceFirst(" width=\"[^\"]*\"", " width=\"" + num(tileWidth * least) + "\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .replaceFirst(" height=\"[^\"]*\"", " height=\"" + num(tileHeight * least) + "\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .replaceFirst(" viewBox=\"[^\"]*\"", " viewBox=\"" + num(column * tileWidth) + ' ' + num(row * tileHeight) + ' ' //$NON-NLS-1$ //$NON-NLS-2$
                                + num(tileWidth) + ' ' + num(tileHeight) + "\""); //$NON-NLS-1$
                String tile = head + " style=\"width: " + num(tileWidth * least) + "px; height: " + num(tileHeight * least) //$NON-NLS-1$ //$NON-NLS-2$
                        + "px\"" + svg.substring(end); //$NON-NLS-1$
                Object[] where = { Integer.valueOf(number), Integer.valueOf(count), Integer.valueOf(row + 1), Integer.valueOf(column + 1) };
                String part = Messages.bind(Messages.pack_tile, new Object[] { alt, where[0], where[1], where[2], where[3] });
                String caption = org.throughline.report.api.Markup.escape(Messages.bind(Messages.pack_tileCaption, where));
                tiles.append("<figure class=\"diagram wide tile\">").append(titled(tile, part)) //$NON-NLS-1$
                        .append("<figcaption>").append(caption).append("</figcaption></figure>"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return tiles.toString();
    }

    /** The SVG with its alternative text as the alt attribute, which openhtmltopdf makes the figure's /Alt. */
    private static String titled(String svg, String alt) {
        int end = svg.indexOf('>');
        if (end < 0 || !svg.startsWith("<svg")) { //$NON-NLS-1$
            return svg;
        }
        int close = svg.charAt(end - 1) == '/' ? end - 1 : end;
        return svg.substring(0, close) + " alt=\"" + org.throughline.report.api.Markup.escape(alt) + "\"" + svg.substring(close); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String num(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", Double.valueOf(value)); //$NON-NLS-1$
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text; //$NON-NLS-1$
    }

    /**
     * @param svg       an SVG element as text
     * @param maxWidth  the widest it may be
     * @param maxHeight the tallest it may be
     * @return it with its width and height scaled down to fit, keeping its view box
     */
    static String fit(String svg, double maxWidth, double maxHeight) {
        int end = svg.indexOf('>');
        if (end < 0) {
            return svg;
        }
        String head = svg.substring(0, end);
        double width = attribute(head, "width"); //$NON-NLS-1$
        double height = attribute(head, "height"); //$NON-NLS-1$
        if (width <= 0 || height <= 0 || width <= maxWidth && height <= maxHeight) {
            return svg;
        }
        double scale = Math.min(maxWidth / width, maxHeight / height);
        String fitted = head.replaceFirst(" width=\"[^\"]*\"", " width=\"" + Math.floor(width * scale) + "\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .replaceFirst(" height=\"[^\"]*\"", " height=\"" + Math.floor(height * scale) + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // openhtmltopdf sizes inline SVG by CSS when given, so say it there too (the pack has no CSP).
        return fitted + " style=\"width: " + (int) Math.floor(width * scale) + "px; height: " + (int) Math.floor(height * scale) //$NON-NLS-1$ //$NON-NLS-2$
                + "px\"" + svg.substring(end); //$NON-NLS-1$
    }

    private static double attribute(String head, String name) {
        int at = head.indexOf(" " + name + "=\""); //$NON-NLS-1$ //$NON-NLS-2$
        if (at < 0) {
            return -1;
        }
        int start = at + name.length() + 3;
        int end = head.indexOf('"', start);
        try {
            return Double.parseDouble(head.substring(start, end));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
    }
}
